import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { impliedEventOf } from '../../../core/letters/compose-letter';
import { jurisdictionFacts } from '../../../core/law/jurisdiction-facts';
import type { SavedLetter } from '../../../core/schemas/letter-content';
import { useEvents } from '../../api/events';
import { useChosenTimeline } from '../../api/understand';
import { formatDate } from '../../i18n/format-date';
import { localized } from '../../i18n/localized';
import { CitedSource } from '../app/cited-source';
import { DeadlineItem } from '../timeline/deadline-item';
import { ReminderItem } from '../timeline/reminder-item';
import { LetterTranslationReader } from './letter-translation-reader';

/**
 * After a letter is recorded as sent: what Binder recorded, and what the school now owes because of it —
 * the deadlines and no-day-count duties the new event starts, each with its law, from the child's timeline.
 * For an evaluation request it also says when the evaluation clock starts (consent, in most states).
 */
export function LetterSentSummary({
  saved,
  student,
}: {
  saved: SavedLetter;
  student: { id: string; givenName: string; jurisdiction: string };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const timeline = useChosenTimeline(student.id);
  const events = useEvents(student.id, saved.eventId !== null);
  const letter = saved.letter;
  // The event is dated the day the school received the letter, which may be after the letter's date.
  const eventDate = events.data?.find((stored) => stored.id === saved.eventId)?.event.date ?? letter.date;
  // The type of the event sending this kind records (core/letters/compose-letter.ts), if any.
  const eventType = impliedEventOf({ kind: letter.kind, date: letter.date })?.type ?? null;
  const isFromThisLetter = (trigger: { type: string; date: string }) =>
    eventType !== null && trigger.type === eventType && trigger.date === eventDate;
  const deadlines = timeline.data?.deadlines.filter((deadline) => isFromThisLetter(deadline.trigger)) ?? [];
  const reminders = timeline.data?.reminders.filter((reminder) => isFromThisLetter(reminder.trigger)) ?? [];
  const evaluation =
    eventType === 'evaluation-requested' ? jurisdictionFacts(student.jurisdiction).initialEvaluation : null;
  const childPath = `/students/${encodeURIComponent(student.id)}`;
  return (
    <section className="letter-sent card" aria-labelledby="letter-sent-title">
      <h2 id="letter-sent-title" tabIndex={-1}>
        {t('letters.sent.title', { name: student.givenName })}
      </h2>
      <p>
        {saved.eventId === null || eventType === null
          ? t('letters.sent.recordedLogOnly', { date: formatDate(letter.date, language) })
          : t('letters.sent.recorded', {
              event: t(`letters.sent.events.${eventType}`),
              date: formatDate(eventDate, language),
            })}
      </p>

      <h3 id="letter-owes-title">{t('letters.sent.owesTitle')}</h3>
      <div role="status" aria-live="polite">
        {timeline.isPending || timeline.isFetching ? <p>{t('letters.sent.loading')}</p> : null}
        {timeline.isError ? (
          <p className="error">{t('letters.sent.failed', { message: timeline.error.message })}</p>
        ) : null}
      </div>
      {timeline.data === undefined ? null : (
        <>
          {deadlines.length === 0 && reminders.length === 0 ? (
            <p>{eventType === null ? t('letters.sent.nothingStarts') : t('letters.sent.noDeadline')}</p>
          ) : null}
          {deadlines.length === 0 ? null : (
            <ul className="item-list" aria-labelledby="letter-owes-title">
              {deadlines.map((deadline) => (
                <li key={`${deadline.rule}-${deadline.trigger.date}`}>
                  <DeadlineItem deadline={deadline} />
                </li>
              ))}
            </ul>
          )}
          {reminders.length === 0 ? null : (
            <>
              <h4>{t('letters.sent.remindersTitle')}</h4>
              <ul className="item-list">
                {reminders.map((reminder) => (
                  <li key={`${reminder.rule}-${reminder.trigger.date}`}>
                    <ReminderItem reminder={reminder} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {evaluation === null ? null : (
        <div className="notice evaluation-clock">
          <h4>{t('letters.sent.clockTitle')}</h4>
          <p>
            {evaluation.clockStart === 'consent' ? t('letters.sent.clockConsent') : t('letters.sent.clockReferral')}
          </p>
          <p>{localized(evaluation.summary, language)}</p>
          <CitedSource citation={evaluation.citation} status={evaluation.status} />
        </div>
      )}
      <LetterTranslationReader
        letter={letter}
        source={{ kind: 'sent', studentId: student.id, letterId: saved.id }}
        idPrefix="sent-translation"
      />
      <ul className="compact-list">
        <li>
          <Link to={childPath}>{t('letters.sent.toChild', { name: student.givenName })}</Link>
        </li>
        <li>
          <Link to={`${childPath}/timeline`}>{t('letters.sent.toTimeline', { name: student.givenName })}</Link>
        </li>
      </ul>
    </section>
  );
}
