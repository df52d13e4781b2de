import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useStudent, useUpdateStudent } from '../api/students';
import { useRecordEvent } from '../api/events';
import { useNextSteps } from '../api/next-steps';
import { usePlans } from '../api/plans';
import { useTimeline } from '../api/timeline';
import { nextDeadlines } from '../case/next-deadlines';
import { PlanAtAGlance } from '../components/plans/plan-at-a-glance';
import type { Student } from '../../core/schemas/student';
import { NextStepsPanel } from '../components/timeline/next-steps-panel';
import { useFocusHash } from '../components/app/use-focus-hash';
import { studentFormIssues } from '../case/student-form-issues';
import {
  studentFormFromStudent,
  studentInputFromForm,
  type StudentFormRows,
  type StudentFormValues,
} from '../case/student-form-values';
import { NO_PROBLEMS } from '../case/form-problems';
import { SectionTitle } from '../components/app/section-title';
import { StudentDetails } from '../components/children/student-details';
import { StudentForm } from '../components/forms/student-form';
import { SchoolPeopleSection } from '../components/school-people/school-people-section';
import { useStudentAccess, useStudentId } from './student-page';

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly rows: StudentFormRows;
  readonly attempt: number;
}

/**
 * Overview: what to do next, the plan in effect at a glance (the IEP-and-504 comparison is its own tab), the
 * child's details, and a form to correct them; the school's people.
 */
export function StudentOverviewTab() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const update = useUpdateStudent(studentId);
  const { abilities } = useStudentAccess();
  const [editing, setEditing] = useState<StudentFormValues | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (student.data === undefined) return null;
  const submit = (values: StudentFormValues) => {
    const { input, rows } = studentInputFromForm(values);
    setMessage(null);
    update.mutate(input, {
      onSuccess: () => {
        setEditing(null);
        setRejection(null);
        setMessage(t('student.updated'));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setRejection({ issues: error.issues, rows, attempt: (rejection?.attempt ?? 0) + 1 });
        } else {
          setMessage(t('student.updateFailed', { message: error.message }));
        }
      },
    });
  };
  const errors = rejection === null ? NO_PROBLEMS : studentFormIssues(rejection.issues, rejection.rows, t);
  return (
    <section aria-labelledby="overview-title">
      <SectionTitle id="overview-title">{t('student.tabs.overview')}</SectionTitle>
      <div role="status" aria-live="polite">
        {message === null ? null : <p>{message}</p>}
      </div>
      {abilities.canSeeCase ? (
        <StudentNextSteps studentId={studentId} jurisdiction={student.data.jurisdiction} />
      ) : null}
      {abilities.canSeeCase ? (
        <PlanWithReviewDate student={student.data} />
      ) : (
        <PlanWithoutTimeline student={student.data} />
      )}
      {editing === null ? (
        <>
          <StudentDetails student={student.data} />
          {abilities.canEditRecord ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setMessage(null);
                setEditing(studentFormFromStudent(student.data));
              }}
            >
              {t('student.edit')}
            </button>
          ) : null}
        </>
      ) : (
        <StudentForm
          values={editing}
          onChange={setEditing}
          onSubmit={() => {
            submit(editing);
          }}
          submitLabel={t('student.saveDetails')}
          isSubmitting={update.isPending}
          problems={errors}
          problemKey={rejection?.attempt ?? 0}
          onCancel={() => {
            setEditing(null);
            setRejection(null);
          }}
        />
      )}
      <SchoolPeopleSection
        studentId={studentId}
        canEdit={abilities.canEditRecord}
        canEditOwn={abilities.canEditOwnSchoolEntry}
      />
    </section>
  );
}

/** The next-steps panel with its data: loaded here, recorded here, shown by the component. */
function StudentNextSteps({ studentId, jurisdiction }: { studentId: string; jurisdiction: string }) {
  const { t } = useTranslation();
  const { abilities } = useStudentAccess();
  const steps = useNextSteps(studentId);
  const record = useRecordEvent(studentId);
  // The children page's cards link to one step (`#next-step-…`) or to the panel.
  useFocusHash(!steps.isPending);
  if (steps.isPending) return <p>{t('nextSteps.loading')}</p>;
  if (steps.isError) return <p className="error">{t('nextSteps.failed', { message: steps.error.message })}</p>;
  return (
    <NextStepsPanel
      studentId={studentId}
      steps={steps.data.steps}
      today={steps.data.asOf}
      canRecord={abilities.canEditRecord}
      canWriteLetters={abilities.canWriteLetters}
      jurisdiction={jurisdiction}
      onRecord={async (event) => {
        await record.mutateAsync(event);
      }}
    />
  );
}

/** The plan at a glance, with the annual review's due date as the timeline counts it. */
function PlanWithReviewDate({ student }: { student: Student }) {
  const plans = usePlans(student.id);
  const timeline = useTimeline(student.id);
  const review = nextDeadlines(
    (timeline.data?.deadlines ?? []).filter((deadline) => deadline.kind === 'annual-review'),
    1,
  )[0];
  return (
    <PlanAtAGlance
      studentId={student.id}
      planInEffect={student.planInEffect}
      plans={plans.data}
      annualReviewDue={review?.due ?? null}
    />
  );
}

/** The plan at a glance for a role that does not see the timeline (school staff): the plan's own dates. */
function PlanWithoutTimeline({ student }: { student: Student }) {
  const plans = usePlans(student.id);
  return (
    <PlanAtAGlance
      studentId={student.id}
      planInEffect={student.planInEffect}
      plans={plans.data}
      annualReviewDue={null}
    />
  );
}
