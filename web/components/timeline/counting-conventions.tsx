import { useTranslation } from 'react-i18next';
import type { Convention } from '../../../core/timeline/timeline-result';
import { localized } from '../../i18n/localized';

/** "How we count": the counting conventions the deadlines above rely on, in the UI language. */
export function CountingConventions({ conventions }: { conventions: readonly Convention[] }) {
  const { t, i18n } = useTranslation();
  if (conventions.length === 0) return null;
  return (
    <section aria-labelledby="how-we-count" className="card">
      <h3 id="how-we-count">{t('timeline.howWeCount')}</h3>
      <ul>
        {conventions.map((convention) => (
          <li key={convention.id}>{localized(convention, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
