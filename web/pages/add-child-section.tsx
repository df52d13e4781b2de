import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FamilySummary } from '../../core/schemas/student';
import { ApiError } from '../api/client';
import { useAddStudent } from '../api/students';
import { studentFormIssues } from '../case/student-form-issues';
import {
  emptyStudentForm,
  studentInputFromForm,
  type StudentFormRows,
  type StudentFormValues,
} from '../case/student-form-values';
import { NO_PROBLEMS } from '../case/form-problems';
import { StudentForm } from '../components/forms/student-form';

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly rows: StudentFormRows;
  readonly attempt: number;
}
const NEW_FAMILY = '';

/** "Add a child": the form, the API's per-field errors, and the child's page once added. */
export function AddChildSection({ families }: { families: readonly FamilySummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const addStudent = useAddStudent();
  const [values, setValues] = useState<StudentFormValues>(emptyStudentForm);
  const [familyId, setFamilyId] = useState(NEW_FAMILY);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = () => {
    const { input, rows } = studentInputFromForm(values);
    setFailure(null);
    addStudent.mutate(
      { ...input, ...(familyId === NEW_FAMILY ? {} : { familyId }) },
      {
        onSuccess: (student) => {
          setRejection(null);
          setValues(emptyStudentForm());
          void navigate(`/students/${student.id}`);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            setRejection({ issues: error.issues, rows, attempt: (rejection?.attempt ?? 0) + 1 });
          } else {
            setRejection(null);
            setFailure(t('student.addFailed', { message: error.message }));
          }
        },
      },
    );
  };
  // Worked out on every render, so the messages follow a change of language.
  const errors = rejection === null ? NO_PROBLEMS : studentFormIssues(rejection.issues, rejection.rows, t);
  return (
    <section className="card" aria-labelledby="add-child-title">
      <h2 id="add-child-title" tabIndex={-1}>
        {t('student.addTitle')}
      </h2>
      <p>{t('student.addIntro')}</p>
      <div role="status" aria-live="polite">
        {addStudent.isPending ? <p>{t('student.adding')}</p> : null}
        {failure === null ? null : <p className="error">{failure}</p>}
      </div>
      <StudentForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        submitLabel={t('student.addSubmit')}
        isSubmitting={addStudent.isPending}
        problems={errors}
        problemKey={rejection?.attempt ?? 0}
        familyOptions={[
          { value: NEW_FAMILY, label: t('student.newFamily') },
          ...families.map((family) => ({ value: family.id, label: family.name })),
        ]}
        familyId={familyId}
        onFamilyChange={setFamilyId}
      />
    </section>
  );
}
