import { useTranslation } from 'react-i18next';
import type { DeadlineStatus } from '../../../core/timeline/timeline-result';

const SYMBOLS: Readonly<Record<DeadlineStatus, string>> = {
  met: '✓',
  late: '!',
  overdue: '⚠',
  open: '○',
  unknown: '?',
};

/** A deadline's status in words, with a symbol and colour that only repeat them. */
export function DeadlineStatusLabel({ status, isWindow }: { status: DeadlineStatus; isWindow: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {t(isWindow ? `deadline.windowStatus.${status}` : `deadline.status.${status}`)}
    </span>
  );
}
