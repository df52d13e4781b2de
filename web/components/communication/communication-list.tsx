import { useTranslation } from 'react-i18next';
import type { Communication } from '../../../core/schemas/communication';
import { formatDate } from '../../i18n/format-date';

/** The communication log, newest first: when, how, which way, with whom, about what. */
export function CommunicationList({ entries }: { entries: readonly Communication[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p>{t('communication.none')}</p>;
  return (
    <ul className="item-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card">
          <h4>{entry.subject}</h4>
          <p>
            {formatDate(entry.date, i18n.language)} · {t(`communication.channel.${entry.channel}`)} ·{' '}
            {t(`communication.direction.${entry.direction}`)}
            {entry.counterpart === '' ? '' : ` · ${entry.counterpart}`}
          </p>
          {entry.summary === '' ? null : <p className="summary-text">{entry.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
