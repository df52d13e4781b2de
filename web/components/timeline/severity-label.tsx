import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../core/timeline/timeline-result';

const SYMBOLS: Readonly<Record<Severity, string>> = { info: 'ℹ', warning: '⚠', violation: '✖' };

/** A finding's severity in words, with a symbol and colour that only repeat them. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true">{SYMBOLS[severity]} </span>
      {t(`finding.severity.${severity}`)}
    </span>
  );
}
