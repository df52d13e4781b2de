import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StoredEvent } from '../../../core/schemas/case-event';
import { formatDate } from '../../i18n/format-date';

/** The fields an event has beyond its type and date, in words. */
function details(event: Readonly<Record<string, unknown>>, language: string, t: TFunction): string[] {
  const parts: string[] = [];
  if (event.by === 'parent' || event.by === 'school') parts.push(t(`event.detail.by.${event.by}`));
  if (event.oral === true) parts.push(t('event.detail.oral'));
  if (event.kind === 'initial' || event.kind === 'reevaluation') parts.push(t(`event.field.${event.kind}`));
  if (event.type === 'eligibility-determined') {
    parts.push(event.framework === '504' ? t('event.field.section504') : t('event.field.idea'));
    parts.push(event.eligible === true ? t('event.field.eligibleYes') : t('event.field.eligibleNo'));
  } else if (event.framework === 'iep' || event.framework === '504') {
    parts.push(t(`plan.framework.${event.framework}`));
  }
  if (typeof event.purpose === 'string') parts.push(t(`meeting.purpose.${event.purpose}`));
  if (event.transition === true) parts.push(t('event.detail.transition'));
  if (Array.isArray(event.attendees)) {
    parts.push(
      t('event.detail.attendees', {
        roles: event.attendees.map((role) => t(`meeting.role.${String(role)}`)).join(', '),
      }),
    );
  }
  if (Array.isArray(event.excused) && event.excused.length > 0) {
    parts.push(
      t('event.detail.excused', { roles: event.excused.map((role) => t(`meeting.role.${String(role)}`)).join(', ') }),
    );
  }
  if (typeof event.meetingDate === 'string') {
    parts.push(t('event.detail.meetingOn', { date: formatDate(event.meetingDate, language) }));
  }
  return parts;
}

/** The case events in date order, each in plain words, saying which came from a meeting or a plan. */
export function EventList({ events }: { events: readonly StoredEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p>{t('event.none')}</p>;
  return (
    <ol className="event-list">
      {events.map((stored) => {
        const event = stored.event as Readonly<Record<string, unknown>> & { type: string; date: string };
        const extra = details(event, i18n.language, t);
        const source = stored.source?.split(':')[0];
        return (
          <li key={stored.id}>
            <strong>{formatDate(event.date, i18n.language)}</strong>: {t(`event.type.${event.type}`)}
            {extra.length === 0 ? '' : ` (${extra.join('; ')})`}
            {source === 'meeting' || source === 'plan' ? (
              <span className="muted"> — {t(`event.source.${source}`)}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
