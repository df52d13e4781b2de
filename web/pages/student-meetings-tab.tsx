import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { birthdayAtAge } from '../../core/calendar/birthday-at-age';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { ApiError } from '../api/client';
import { useMeetings, useRecordMeeting } from '../api/meetings';
import { useStudent } from '../api/students';
import { formIssues } from '../case/api-issues';
import {
  emptyMeetingForm,
  emptyScheduleForm,
  meetingInputFromForm,
  scheduleInputFromForm,
  type MeetingFormValues,
  type ScheduleFormValues,
} from '../case/meeting-form-values';
import { NO_PROBLEMS } from '../case/form-problems';
import { MeetingForm } from '../components/meetings/meeting-form';
import { MeetingList, type StudentRule } from '../components/meetings/meeting-list';
import { NoticeCheckText } from '../components/meetings/notice-check-text';
import { ScheduleForm } from '../components/meetings/schedule-form';
import { SectionTitle } from '../components/app/section-title';
import { formatDate } from '../i18n/format-date';
import { todayIso } from '../understand/letter-form-values';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';
import type { NoticeCheckAnswer } from '../../core/schemas/meeting';
import { leftToRightIn } from '../i18n/languages';

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/**
 * Meetings: each with its life (scheduled, held, cancelled) and what to do next — prepare, record what happened,
 * move, cancel, write the follow-up letter —, the form to schedule one, and the form to record one already held.
 * The family and their advocate see it; school staff do not (the gate keeps its requests from running).
 */
export function StudentMeetingsTab() {
  return (
    <StudentSectionGate tab="meetings" need="canSeeCase">
      <StudentMeetingsTabContent />
    </StudentSectionGate>
  );
}

function StudentMeetingsTabContent() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const { abilities } = useStudentAccess();
  const student = useStudent(studentId);
  const meetings = useMeetings(studentId);
  const record = useRecordMeeting(studentId);
  const schedule = useRecordMeeting(studentId);
  const today = todayIso();
  const framework = student.data?.planInEffect === '504' ? '504' : 'iep';
  const [values, setValues] = useState<MeetingFormValues>(() => emptyMeetingForm(framework));
  const [scheduled, setScheduled] = useState<ScheduleFormValues>(() => emptyScheduleForm(framework, today));
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [scheduleRejection, setScheduleRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeCheckAnswer | null>(null);
  if (student.data === undefined) return <p role="status">{t('children.loading')}</p>;

  const child = student.data;
  const facts = jurisdictionFacts(child.jurisdiction);
  const transitionAge = facts.transitionAge.age;
  const transitionBirthday = child.birthDate === null ? null : birthdayAtAge(child.birthDate, transitionAge);
  const studentRule: StudentRule = (form) => {
    const isOfTransitionAge = transitionBirthday !== null && form.date !== '' && transitionBirthday <= form.date;
    return {
      isStudentRequired: form.framework === 'iep' && (form.isTransitionDiscussed || isOfTransitionAge),
      studentNote:
        transitionBirthday === null
          ? t('meeting.studentNote', {
              age: transitionAge,
              citation: leftToRightIn(i18n.language, facts.transitionAge.citation),
            })
          : t('meeting.studentNoteDated', {
              age: transitionAge,
              name: child.givenName,
              date: formatDate(transitionBirthday, i18n.language),
              citation: leftToRightIn(i18n.language, facts.transitionAge.citation),
            }),
    };
  };
  const rule = studentRule(values);

  const fields = {
    date: t('meeting.date'),
    purpose: t('meeting.purposeLabel'),
    framework: t('meeting.frameworkLabel'),
    parentConcerns: t('meeting.parentConcerns'),
    decisions: t('meeting.decisions'),
    notes: t('meetingLife.notes'),
    followUps: t('meetingLife.actionItems'),
    refusals: t('meetingLife.refusals'),
    attendees: t('meeting.checklistIep'),
  };
  const errors = rejection === null ? NO_PROBLEMS : formIssues(rejection.issues, 'meeting', fields, 'date', t);
  const scheduleFields = {
    date: t('meeting.date'),
    time: t('meetingLife.time'),
    noticeDate: t('meetingLife.noticeDate'),
    place: t('meetingLife.place'),
    purpose: t('meeting.purposeLabel'),
  };
  const scheduleErrors =
    scheduleRejection === null
      ? NO_PROBLEMS
      : formIssues(scheduleRejection.issues, 'schedule', scheduleFields, 'date', t);

  const submit = () => {
    setMessage(null);
    setNotice(null);
    record.mutate(meetingInputFromForm(values), {
      onSuccess: (meeting) => {
        setRejection(null);
        setValues(emptyMeetingForm(values.framework));
        setMessage(
          t(
            meeting.framework === 'iep' && meeting.purpose !== 'eligibility' && meeting.purpose !== 'other'
              ? 'meeting.savedWithEvent'
              : 'meeting.saved',
            { date: formatDate(meeting.date, i18n.language) },
          ),
        );
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setRejection({ issues: error.issues, attempt: (rejection?.attempt ?? 0) + 1 });
        } else {
          setMessage(t('meeting.saveFailed', { message: error.message }));
        }
      },
    });
  };

  const submitSchedule = () => {
    setMessage(null);
    setNotice(null);
    schedule.mutate(scheduleInputFromForm(scheduled), {
      onSuccess: (meeting) => {
        setScheduleRejection(null);
        setScheduled(emptyScheduleForm(scheduled.framework, today));
        setNotice(meeting.notice);
        setMessage(t('meetingLife.scheduled', { date: formatDate(meeting.date, i18n.language) }));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setScheduleRejection({ issues: error.issues, attempt: (scheduleRejection?.attempt ?? 0) + 1 });
        } else {
          setMessage(t('meeting.saveFailed', { message: error.message }));
        }
      },
    });
  };

  return (
    <section aria-labelledby="meetings-title">
      <SectionTitle id="meetings-title">{t('student.tabs.meetings')}</SectionTitle>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
        {notice === null ? null : <NoticeCheckText check={notice} />}
      </div>
      <section aria-labelledby="meeting-list-title">
        <h3 id="meeting-list-title">{t('meeting.listTitle')}</h3>
        {meetings.isPending ? <p>{t('children.loading')}</p> : null}
        {meetings.data === undefined ? null : (
          <MeetingList
            meetings={meetings.data}
            canEdit={abilities.canEditRecord}
            jurisdiction={child.jurisdiction}
            today={today}
            studentRule={studentRule}
            onMessage={setMessage}
          />
        )}
      </section>
      {abilities.canEditRecord ? (
        <>
          <section className="card" aria-labelledby="schedule-form-title">
            <h3 id="schedule-form-title">{t('meetingLife.scheduleTitle')}</h3>
            <p className="hint">{t('meetingLife.scheduleIntro')}</p>
            <ScheduleForm
              values={scheduled}
              onChange={setScheduled}
              onSubmit={submitSchedule}
              isSubmitting={schedule.isPending}
              problems={scheduleErrors}
              problemKey={scheduleRejection?.attempt ?? 0}
              jurisdiction={child.jurisdiction}
              today={today}
              submitLabel={t('meetingLife.saveSchedule')}
              idPrefix="schedule"
              studentId={studentId}
            />
          </section>
          <section className="card" aria-labelledby="meeting-form-title">
            <h3 id="meeting-form-title">{t('meeting.formTitle')}</h3>
            <p className="hint">{t('meetingLife.recordHeldIntro')}</p>
            <MeetingForm
              values={values}
              onChange={setValues}
              onSubmit={submit}
              isSubmitting={record.isPending}
              problems={errors}
              problemKey={rejection?.attempt ?? 0}
              isStudentRequired={rule.isStudentRequired}
              studentNote={rule.studentNote}
            />
          </section>
        </>
      ) : null}
    </section>
  );
}
