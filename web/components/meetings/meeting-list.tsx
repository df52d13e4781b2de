import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../core/schemas/meeting';
import { meetingCalendarUrl } from '../../api/calendar-feeds';
import { formatDate } from '../../i18n/format-date';

/** Recorded meetings, newest first: when, what for, who came, who was excused, and what was decided. */
export function MeetingList({ meetings }: { meetings: readonly Meeting[] }) {
  const { t, i18n } = useTranslation();
  if (meetings.length === 0) return <p>{t('meeting.none')}</p>;
  const people = (list: Meeting['attendees']) =>
    list.length === 0
      ? t('meeting.nobody')
      : list
          .map((a) => (a.name === '' ? t(`meeting.role.${a.role}`) : `${a.name} (${t(`meeting.role.${a.role}`)})`))
          .join(', ');
  return (
    <ul className="item-list">
      {meetings.map((meeting) => {
        const came = meeting.attendees.filter((a) => a.attended);
        const excused = meeting.attendees.filter((a) => !a.attended && a.excusal !== null);
        const absent = meeting.attendees.filter((a) => !a.attended && a.excusal === null);
        return (
          <li key={meeting.id} className="card">
            <h4>
              {formatDate(meeting.date, i18n.language)} — {t(`meeting.purpose.${meeting.purpose}`)} (
              {t(`plan.framework.${meeting.framework}`)})
            </h4>
            <p className="add-to-calendar">
              <a
                href={meetingCalendarUrl(meeting.id, i18n.language)}
                download
                aria-label={t('feeds.addMeetingLabel', { date: formatDate(meeting.date, i18n.language) })}
              >
                {t('feeds.addMeeting')}
              </a>
            </p>
            <dl className="facts">
              <div>
                <dt>{t('meeting.came')}</dt>
                <dd>{people(came)}</dd>
              </div>
              {excused.length > 0 ? (
                <div>
                  <dt>{t('meeting.wereExcused')}</dt>
                  <dd>
                    {excused
                      .map(
                        (a) =>
                          `${t(`meeting.role.${a.role}`)}: ${t(
                            a.excusal?.parentAgreedInWriting === true
                              ? 'meeting.agreedInWriting'
                              : 'meeting.noWrittenAgreement',
                          )}`,
                      )
                      .join('; ')}
                  </dd>
                </div>
              ) : null}
              {absent.length > 0 ? (
                <div>
                  <dt>{t('meeting.didNotCome')}</dt>
                  <dd>{people(absent)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('meeting.transitionDiscussedShort')}</dt>
                <dd>{t(meeting.isTransitionDiscussed ? 'form.yes' : 'form.no')}</dd>
              </div>
              {meeting.parentConcerns === '' ? null : (
                <div>
                  <dt>{t('meeting.parentConcerns')}</dt>
                  <dd>{meeting.parentConcerns}</dd>
                </div>
              )}
              {meeting.decisions === '' ? null : (
                <div>
                  <dt>{t('meeting.decisions')}</dt>
                  <dd>{meeting.decisions}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
