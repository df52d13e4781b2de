import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunicationInput } from '../../core/schemas/communication';
import { ApiError } from '../api/client';
import { useCommunications, useRecordCommunication } from '../api/communications';
import { useSchoolPeople } from '../api/school-people';
import { formIssues } from '../case/api-issues';
import { NO_PROBLEMS } from '../case/form-problems';
import { CommunicationForm } from '../components/communication/communication-form';
import { CommunicationList } from '../components/communication/communication-list';
import { SectionTitle } from '../components/app/section-title';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

const EMPTY: CommunicationInput = {
  date: '',
  channel: 'email',
  direction: 'to-school',
  counterpart: '',
  subject: '',
  summary: '',
};

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/**
 * Communication log: every call, email and letter with the school, and a form to log one.
 * The family and their advocate see it; school staff do not (the gate keeps its requests from running).
 */
export function StudentCommunicationsTab() {
  return (
    <StudentSectionGate tab="communications" need="canSeeCase">
      <StudentCommunicationsTabContent />
    </StudentSectionGate>
  );
}

function StudentCommunicationsTabContent() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const { abilities } = useStudentAccess();
  const log = useCommunications(studentId);
  const record = useRecordCommunication(studentId);
  const schoolPeople = useSchoolPeople(studentId);
  const counterparts = (schoolPeople.data ?? []).map(
    (person) => `${person.name}, ${person.title === '' ? t(`schoolPeople.roles.${person.role}`) : person.title}`,
  );
  const [values, setValues] = useState<CommunicationInput>(EMPTY);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fields = {
    date: t('communication.date'),
    channel: t('communication.channelLabel'),
    direction: t('communication.directionLabel'),
    counterpart: t('communication.counterpart'),
    subject: t('communication.subject'),
    summary: t('communication.summary'),
  };
  const errors = rejection === null ? NO_PROBLEMS : formIssues(rejection.issues, 'communication', fields, 'date', t);
  const submit = () => {
    setMessage(null);
    record.mutate(values, {
      onSuccess: (entry) => {
        setRejection(null);
        setValues(EMPTY);
        setMessage(t('communication.saved', { subject: entry.subject }));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setRejection({ issues: error.issues, attempt: (rejection?.attempt ?? 0) + 1 });
        } else {
          setMessage(t('communication.saveFailed', { message: error.message }));
        }
      },
    });
  };
  return (
    <section aria-labelledby="communications-title">
      <SectionTitle id="communications-title">{t('student.tabs.communications')}</SectionTitle>
      <p>{t('communication.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
      </div>
      <section aria-labelledby="log-title">
        <h3 id="log-title">{t('communication.listTitle')}</h3>
        {log.data === undefined ? <p>{t('children.loading')}</p> : <CommunicationList entries={log.data} />}
      </section>
      {abilities.canEditRecord ? (
        <section className="card" aria-labelledby="log-form-title">
          <h3 id="log-form-title">{t('communication.formTitle')}</h3>
          <CommunicationForm
            values={values}
            onChange={setValues}
            onSubmit={submit}
            isSubmitting={record.isPending}
            problems={errors}
            problemKey={rejection?.attempt ?? 0}
            counterparts={counterparts}
          />
        </section>
      ) : null}
    </section>
  );
}
