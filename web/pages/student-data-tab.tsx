import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useStudent } from '../api/students';
import { exportUrls, useDeleteStudent } from '../api/whole-record';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { BinderPrint } from '../components/records/binder-print';
import { DeleteRecordForm } from '../components/records/delete-record-form';
import { SectionTitle } from '../components/app/section-title';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

/** Your data: download the whole record (JSON, or ZIP with the PDFs); the owner can delete it. The family only. */
export function StudentDataTab() {
  return (
    <StudentSectionGate tab="data" need="canExport">
      <DataContent />
    </StudentSectionGate>
  );
}

function DataContent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const { abilities } = useStudentAccess();
  const deletion = useDeleteStudent(studentId);
  const [typedName, setTypedName] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [problemKey, setProblemKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const givenName = student.data?.givenName ?? '';
  const urls = exportUrls(studentId);
  const label = t('yourData.confirmLabel', { name: givenName });

  const submitDelete = () => {
    setFailure(null);
    if (typedName.trim() !== givenName) {
      setProblems(fieldProblem('delete-confirm', label, t('yourData.mismatch', { name: givenName })));
      setProblemKey((n) => n + 1);
      return;
    }
    deletion.mutate(typedName.trim(), {
      onSuccess: () => {
        void navigate('/', { state: { notice: t('yourData.deleted', { name: givenName }) } });
        deletion.forget();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setProblems(fieldProblem('delete-confirm', label, t('yourData.mismatch', { name: givenName })));
          setProblemKey((n) => n + 1);
        } else {
          setFailure(t('yourData.deleteFailed', { message: error.message }));
        }
      },
    });
  };

  return (
    <section aria-labelledby="data-title">
      <SectionTitle id="data-title">{t('student.tabs.data')}</SectionTitle>
      <p>{t('yourData.intro', { name: givenName })}</p>
      <section aria-labelledby="download-title">
        <h3 id="download-title">{t('yourData.downloadTitle')}</h3>
        <ul className="download-list">
          <li>
            <a className="button-link secondary-link" href={urls.json} download aria-describedby="download-json-hint">
              {t('yourData.downloadJson')}
            </a>
            <p id="download-json-hint" className="hint">
              {t('yourData.jsonHint')}
            </p>
          </li>
          <li>
            <a className="button-link secondary-link" href={urls.zip} download aria-describedby="download-zip-hint">
              {t('yourData.downloadZip')}
            </a>
            <p id="download-zip-hint" className="hint">
              {t('yourData.zipHint')}
            </p>
          </li>
        </ul>
      </section>
      <BinderPrint studentId={studentId} givenName={givenName} />
      <section className="card danger-zone" aria-labelledby="delete-title">
        <h3 id="delete-title">{t('yourData.deleteTitle')}</h3>
        {abilities.canDelete ? (
          <DeleteRecordForm
            givenName={givenName}
            typedName={typedName}
            onTypedNameChange={setTypedName}
            onSubmit={submitDelete}
            isSubmitting={deletion.isPending}
            problems={problems}
            problemKey={problemKey}
          />
        ) : (
          <p>{t('yourData.ownerOnly', { name: givenName })}</p>
        )}
        <div role="status" aria-live="polite">
          {failure === null ? null : <p className="error">{failure}</p>}
        </div>
      </section>
    </section>
  );
}
