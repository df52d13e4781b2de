import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_NAMES, isJurisdictionCode } from '../../core/law/jurisdiction-names';
import { ApiError } from '../api/client';
import { useEvents, useRecordEvent } from '../api/events';
import { useStudent } from '../api/students';
import { useTimeline } from '../api/timeline';
import { formIssues } from '../case/api-issues';
import { EMPTY_EVENT_FORM, eventInputFromForm, type EventFormValues } from '../case/event-form-values';
import { deadlinesByUrgency, findingsBySeverity } from '../case/next-deadlines';
import { NO_PROBLEMS } from '../case/form-problems';
import { CountingConventions } from '../components/timeline/counting-conventions';
import { DeadlineItem } from '../components/timeline/deadline-item';
import { EventForm } from '../components/timeline/event-form';
import { EventList } from '../components/timeline/event-list';
import { FindingItem } from '../components/timeline/finding-item';
import { ReminderItem } from '../components/timeline/reminder-item';
import { SectionTitle } from '../components/app/section-title';
import { useFocusHash } from '../components/app/use-focus-hash';
import type { Deadline, TimelineResult } from '../../core/timeline/timeline-result';
import { formatDate } from '../i18n/format-date';
import { localized } from '../i18n/localized';
import { SchoolCalendarSection, SCHOOL_CALENDAR_TITLE_ID } from './school-calendar-section';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/** The findings a school calendar answers: they link to the calendar section. */
const CALENDAR_FINDINGS: ReadonlySet<string> = new Set(['calendar-needed', 'calendar-incomplete']);

/**
 * Timeline: deadlines with their law, findings, reminders, how we count; the school calendar; the events,
 * and a form to add one.
 * The family and their advocate see it; school staff do not (the gate keeps its requests from running).
 */
export function StudentTimelineTab() {
  return (
    <StudentSectionGate tab="timeline" need="canSeeCase">
      <StudentTimelineTabContent />
    </StudentSectionGate>
  );
}

function StudentTimelineTabContent() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const { abilities } = useStudentAccess();
  const student = useStudent(studentId);
  const timeline = useTimeline(studentId);
  const events = useEvents(studentId);
  const record = useRecordEvent(studentId);
  const [values, setValues] = useState<EventFormValues>(EMPTY_EVENT_FORM);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A link to one event's button or a section (the letters page's "correct the existing event") lands there.
  useFocusHash(student.data !== undefined && events.data !== undefined && !timeline.isPending);
  if (student.data === undefined) return <p role="status">{t('children.loading')}</p>;
  const language = i18n.language;
  const code = student.data.jurisdiction;
  const placeName = isJurisdictionCode(code) ? localized(JURISDICTION_NAMES[code], language) : code;

  const fields = {
    type: t('event.typeLabel'),
    date: t('event.date'),
    meetingDate: t('event.field.meetingDate'),
  };
  const errors = rejection === null ? NO_PROBLEMS : formIssues(rejection.issues, 'event', fields, 'type', t);
  const submit = () => {
    setMessage(null);
    if (values.type === '') {
      setRejection({
        issues: [{ field: 'type', message: t('event.chooseTypeError') }],
        attempt: (rejection?.attempt ?? 0) + 1,
      });
      return;
    }
    record.mutate(eventInputFromForm(values), {
      onSuccess: (stored) => {
        setRejection(null);
        setValues(EMPTY_EVENT_FORM);
        setMessage(
          t('event.saved', {
            type: t(`event.type.${stored.event.type}`),
            date: formatDate(stored.event.date, language),
          }),
        );
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setRejection({ issues: error.issues, attempt: (rejection?.attempt ?? 0) + 1 });
        } else {
          setMessage(t('event.saveFailed', { message: error.message }));
        }
      },
    });
  };

  const result = timeline.data;
  return (
    <section aria-labelledby="timeline-title">
      <SectionTitle id="timeline-title">{t('student.tabs.timeline')}</SectionTitle>
      {abilities.canEditRecord ? (
        <p>
          <a href="#event-form-title">{t('timeline.jumpToForm')}</a>
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
        {timeline.isError ? <p className="error">{t('timeline.failed', { message: timeline.error.message })}</p> : null}
      </div>
      {result === undefined ? (
        <p>{t('children.loading')}</p>
      ) : (
        <>
          <p>{t('timeline.asOf', { date: formatDate(result.asOf, language), place: placeName })}</p>
          <section aria-labelledby="deadlines-title">
            <h3 id="deadlines-title">{t('timeline.deadlines')}</h3>
            {result.deadlines.length === 0 ? (
              <p>{t('timeline.noDeadlines')}</p>
            ) : (
              <DeadlineGroups result={result} studentId={studentId} />
            )}
          </section>
          <section aria-labelledby="findings-title">
            <h3 id="findings-title">{t('timeline.findings')}</h3>
            {result.findings.length === 0 ? <p>{t('timeline.noFindings')}</p> : null}
            {findingsBySeverity(result.findings).map((finding, index) => (
              <FindingItem
                key={`${finding.code}-${String(index)}`}
                finding={finding}
                jurisdiction={result.jurisdiction}
                action={
                  CALENDAR_FINDINGS.has(finding.code) ? (
                    <a href={`#${SCHOOL_CALENDAR_TITLE_ID}`}>
                      {abilities.canEditRecord ? t('calendar.enterLink') : t('calendar.seeLink')}
                    </a>
                  ) : undefined
                }
              />
            ))}
          </section>
          <section aria-labelledby="reminders-title">
            <h3 id="reminders-title">{t('timeline.reminders')}</h3>
            <p className="hint">{t('timeline.remindersIntro')}</p>
            {result.reminders.length === 0 ? <p>{t('timeline.noReminders')}</p> : null}
            {result.reminders.map((reminder) => (
              <ReminderItem key={`${reminder.rule}-${reminder.trigger.date}`} reminder={reminder} />
            ))}
          </section>
          <CountingConventions conventions={result.conventions} />
        </>
      )}
      <SchoolCalendarSection
        studentId={studentId}
        canEdit={abilities.canEditRecord}
        isNeeded={timeline.isError ? true : result?.findings.some((finding) => CALENDAR_FINDINGS.has(finding.code))}
      />
      <section aria-labelledby="events-title">
        <h3 id="events-title">{t('timeline.events')}</h3>
        {events.data === undefined ? (
          <p>{t('children.loading')}</p>
        ) : (
          <EventList
            events={events.data}
            studentId={studentId}
            canEdit={abilities.canEditRecord}
            jurisdiction={code}
            placeName={placeName}
          />
        )}
      </section>
      {abilities.canEditRecord ? (
        <section className="card" aria-labelledby="event-form-title">
          <h3 id="event-form-title" tabIndex={-1}>
            {t('event.formTitle')}
          </h3>
          <EventForm
            values={values}
            onChange={setValues}
            onSubmit={submit}
            isSubmitting={record.isPending}
            problems={errors}
            problemKey={rejection?.attempt ?? 0}
            jurisdiction={code}
            placeName={placeName}
          />
        </section>
      ) : null}
    </section>
  );
}

/** The deadlines top-down by urgency: overdue, then coming up, then the past ones behind "show past". */
function DeadlineGroups({ result, studentId }: { result: TimelineResult; studentId: string }) {
  const { t } = useTranslation();
  const { overdue, upcoming, past } = deadlinesByUrgency(result.deadlines);
  const list = (deadlines: readonly Deadline[]) => (
    <div className="deadline-list">
      {deadlines.map((deadline) => (
        <DeadlineItem
          key={`${deadline.rule}-${deadline.trigger.date}-${deadline.due ?? ''}`}
          deadline={deadline}
          headingLevel={5}
          jurisdiction={result.jurisdiction}
          studentId={studentId}
        />
      ))}
    </div>
  );
  return (
    <>
      {overdue.length === 0 ? null : (
        <section aria-labelledby="deadlines-overdue-title">
          <h4 id="deadlines-overdue-title">{t('timelineGroups.overdue', { count: overdue.length })}</h4>
          {list(overdue)}
        </section>
      )}
      <section aria-labelledby="deadlines-upcoming-title">
        <h4 id="deadlines-upcoming-title">{t('timelineGroups.upcoming')}</h4>
        {upcoming.length === 0 ? <p>{t('timelineGroups.noUpcoming')}</p> : list(upcoming)}
      </section>
      {past.length === 0 ? null : (
        <details className="past-deadlines">
          <summary>{t('timelineGroups.showPast', { count: past.length })}</summary>
          {list(past)}
        </details>
      )}
    </>
  );
}
