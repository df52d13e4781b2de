import { useTranslation } from 'react-i18next';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { Reminder } from '../../../core/timeline/timeline-result';
import { formatDate } from '../../i18n/format-date';
import { localized } from '../../i18n/localized';

/** A rule without a day count ("within a reasonable time"), and whether the case shows it answered. */
export function ReminderItem({ reminder }: { reminder: Reminder }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className={`reminder${reminder.resolvedOn === null ? ' reminder-open' : ''}`}>
      <p>{localized(reminder.summary, language)}</p>
      <details className="rule-details">
        <summary>{t('deadline.ruleDetails')}</summary>
        <dl className="facts">
          <div>
            <dt>{t('reminder.timing')}</dt>
            <dd>{localized(reminder.timing, language)}</dd>
          </div>
          {reminder.due === undefined ? null : (
            <div>
              <dt>{t('reminder.date')}</dt>
              <dd>
                {formatDate(reminder.due, language)} ({t('reminder.dateNote')})
              </dd>
            </div>
          )}
          <div>
            <dt>{t('reminder.since')}</dt>
            <dd>{formatDate(reminder.trigger.date, language)}</dd>
          </div>
          <div>
            <dt>{t('reminder.answered')}</dt>
            <dd>
              {reminder.resolvedOn === null
                ? t('reminder.notAnswered')
                : t('reminder.answeredOn', { date: formatDate(reminder.resolvedOn, language) })}
            </dd>
          </div>
          <div>
            <dt>{t('deadline.citation')}</dt>
            <dd className="citation">{reminder.citation}</dd>
          </div>
          <div>
            <dt>{t('deadline.ruleStatus')}</dt>
            <dd>{localized(ruleStatusLabel(reminder.ruleStatus), language)}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
