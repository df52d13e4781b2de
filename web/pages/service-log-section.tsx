import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../core/schemas/plan';
import type { Student } from '../../core/schemas/student';
import { ApiError } from '../api/client';
import { useLogService, useServiceLog } from '../api/service-logs';
import { accountFormProblems } from '../case/account-issues';
import { NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { latestFinalVersion, latestPlanOf } from '../case/plan-versions';
import {
  EMPTY_SERVICE_LOG_FORM,
  serviceLogInputFromForm,
  type ServiceLogFormValues,
} from '../case/service-log-form-values';
import { ServiceLogForm } from '../components/services/service-log-form';
import { ServiceLogCsvImport } from '../components/services/service-log-csv-import';
import { issuesInLanguage } from '../components/progress/progress-issues';
import { ServiceLogTable, ServiceSummaryTable } from '../components/services/service-log-tables';
import { formatDate } from '../i18n/format-date';

/** The services of the IEP in effect, by name, with their minutes per session. */
function servicesInEffect(student: Student, plans: readonly Plan[]): { name: string; minutes: number | null }[] {
  if (student.planInEffect !== 'iep') return [];
  const plan = latestPlanOf(plans, 'iep');
  const version = plan === undefined ? undefined : latestFinalVersion(plan);
  if (version?.framework !== 'iep') return [];
  const seen = new Set<string>();
  return version.content.services
    .filter((service) => service.name.trim() !== '' && !seen.has(service.name) && seen.add(service.name))
    .map((service) => ({ name: service.name, minutes: service.minutesPerSession }));
}

/**
 * The service log on the Services tab: the form (school staff and the family log sessions), the minutes
 * per service delivered and missed, and every session. A save is announced in a status message.
 */
export function ServiceLogSection({ student, plans }: { student: Student; plans: readonly Plan[] }) {
  const { t, i18n } = useTranslation();
  const log = useServiceLog(student.id);
  const logService = useLogService(student.id);
  const [values, setValues] = useState<ServiceLogFormValues>(EMPTY_SERVICE_LOG_FORM);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [problemKey, setProblemKey] = useState(0);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const labels = { service: t('serviceLog.service'), date: t('serviceLog.date'), minutes: t('serviceLog.minutes') };

  const submit = () => {
    setMessage(null);
    const checked = serviceLogInputFromForm(values, labels, t);
    if ('problems' in checked) {
      const byField: Record<string, string> = {};
      for (const item of checked.problems) byField[item.fieldId] ??= item.message;
      setProblems({ items: checked.problems, byField });
      setProblemKey((n) => n + 1);
      return;
    }
    logService.mutate(checked.input, {
      onSuccess: (entry) => {
        setProblems(NO_PROBLEMS);
        setValues({ ...EMPTY_SERVICE_LOG_FORM, service: entry.service });
        setMessage({
          text: t('serviceLog.saved', {
            service: entry.service,
            date: formatDate(entry.date, i18n.language),
            minutes: entry.minutes,
            status: t(`serviceLog.status.${entry.status}`).toLocaleLowerCase(i18n.language),
          }),
          isError: false,
        });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          const fieldLabels = { ...labels, status: t('serviceLog.statusLegend'), note: t('serviceLog.note') };
          // The IEP checks come with a code: said in the page's language (the schema's messages as before).
          const issues = issuesInLanguage(error.issues, t, i18n.language);
          setProblems(accountFormProblems(issues, 'service-log', fieldLabels, 'service', t));
          setProblemKey((n) => n + 1);
        } else {
          setMessage({ text: t('serviceLog.failed', { message: error.message }), isError: true });
        }
      },
    });
  };

  return (
    <section aria-labelledby="service-log-title">
      <h3 id="service-log-title">{t('serviceLog.title')}</h3>
      <p>{t('serviceLog.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
        {log.isError ? <p className="error">{t('serviceLog.loadFailed', { message: log.error.message })}</p> : null}
      </div>
      <section className="card" aria-labelledby="service-log-form-title">
        <h4 id="service-log-form-title">{t('serviceLog.formTitle')}</h4>
        <ServiceLogForm
          values={values}
          onChange={setValues}
          services={servicesInEffect(student, plans)}
          onSubmit={submit}
          isSubmitting={logService.isPending}
          problems={problems}
          problemKey={problemKey}
        />
      </section>
      <ServiceLogCsvImport studentId={student.id} />
      {log.data === undefined ? null : (
        <>
          <h4>{t('serviceLog.summaryTitle')}</h4>
          {log.data.summary.length === 0 ? null : <ServiceSummaryTable summary={log.data.summary} />}
          <h4>{t('serviceLog.listTitle')}</h4>
          {log.data.entries.length === 0 ? (
            <p>{t('serviceLog.none')}</p>
          ) : (
            <ServiceLogTable entries={log.data.entries} />
          )}
        </>
      )}
    </section>
  );
}
