import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { birthdayAtAge } from '../../core/calendar/birthday-at-age';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { ApiError } from '../api/client';
import { useMeetings, useRecordMeeting } from '../api/meetings';
import { useStudent } from '../api/students';
import { formIssues } from '../case/api-issues';
import { emptyMeetingForm, meetingInputFromForm, type MeetingFormValues } from '../case/meeting-form-values';
import { NO_PROBLEMS } from '../case/form-problems';
import { MeetingForm } from '../components/meetings/meeting-form';
import { MeetingList } from '../components/meetings/meeting-list';
import { SectionTitle } from '../components/app/section-title';
import { formatDate } from '../i18n/format-date';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/**
 * Meetings: the list, and the form with the required-member checklist.
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
  const [values, setValues] = useState<MeetingFormValues>(() =>
    emptyMeetingForm(student.data?.planInEffect === '504' ? '504' : 'iep'),
  );
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (student.data === undefined) return <p role="status">{t('children.loading')}</p>;

  const facts = jurisdictionFacts(student.data.jurisdiction);
  const transitionAge = facts.transitionAge.age;
  const transitionBirthday =
    student.data.birthDate === null ? null : birthdayAtAge(student.data.birthDate, transitionAge);
  const isOfTransitionAge = transitionBirthday !== null && values.date !== '' && transitionBirthday <= values.date;
  const isStudentRequired = values.framework === 'iep' && (values.isTransitionDiscussed || isOfTransitionAge);
  const studentNote =
    transitionBirthday === null
      ? t('meeting.studentNote', { age: transitionAge, citation: facts.transitionAge.citation })
      : t('meeting.studentNoteDated', {
          age: transitionAge,
          name: student.data.givenName,
          date: formatDate(transitionBirthday, i18n.language),
          citation: facts.transitionAge.citation,
        });

  const fields = {
    date: t('meeting.date'),
    purpose: t('meeting.purposeLabel'),
    framework: t('meeting.frameworkLabel'),
    parentConcerns: t('meeting.parentConcerns'),
    decisions: t('meeting.decisions'),
    attendees: t('meeting.checklistIep'),
  };
  const errors = rejection === null ? NO_PROBLEMS : formIssues(rejection.issues, 'meeting', fields, 'date', t);

  const submit = () => {
    setMessage(null);
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

  return (
    <section aria-labelledby="meetings-title">
      <SectionTitle id="meetings-title">{t('student.tabs.meetings')}</SectionTitle>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
      </div>
      <section aria-labelledby="meeting-list-title">
        <h3 id="meeting-list-title">{t('meeting.listTitle')}</h3>
        {meetings.isPending ? <p>{t('children.loading')}</p> : null}
        {meetings.data === undefined ? null : <MeetingList meetings={meetings.data} />}
      </section>
      {abilities.canEditRecord ? (
        <section className="card" aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">{t('meeting.formTitle')}</h3>
          <MeetingForm
            values={values}
            onChange={setValues}
            onSubmit={submit}
            isSubmitting={record.isPending}
            problems={errors}
            problemKey={rejection?.attempt ?? 0}
            isStudentRequired={isStudentRequired}
            studentNote={studentNote}
          />
        </section>
      ) : null}
    </section>
  );
}
