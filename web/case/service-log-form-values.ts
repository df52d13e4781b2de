import type { TFunction } from 'i18next';
import type { MissedReason, ServiceLogInput, ServiceLogStatus } from '../../core/schemas/service-log';
import type { ErrorSummaryItem } from '../components/forms/error-summary';

/** The service log form as typed (minutes stay text until saved, so a mistyped number is kept on screen). */
export interface ServiceLogFormValues {
  readonly service: string;
  readonly date: string;
  readonly minutes: string;
  readonly status: ServiceLogStatus;
  /** A missed session's reason ('' until chosen); sent only when the session was missed. */
  readonly reason: MissedReason | '';
  /** A delivered session that made up missed minutes; sent only when the session was delivered. */
  readonly makeUp: boolean;
  readonly note: string;
}

export const EMPTY_SERVICE_LOG_FORM: ServiceLogFormValues = {
  service: '',
  date: '',
  minutes: '',
  status: 'delivered',
  reason: '',
  makeUp: false,
  note: '',
};

/** The form's values as the API takes them, or the fields to fix first. */
export function serviceLogInputFromForm(
  values: ServiceLogFormValues,
  labels: Readonly<Record<'service' | 'date' | 'minutes', string>>,
  t: TFunction,
): { input: ServiceLogInput } | { problems: ErrorSummaryItem[] } {
  const problems: ErrorSummaryItem[] = [];
  const service = values.service.trim();
  const minutes = Number(values.minutes.trim());
  if (service === '') {
    problems.push({ fieldId: 'service-log-service', label: labels.service, message: t('serviceLog.serviceRequired') });
  }
  if (values.date === '') {
    problems.push({ fieldId: 'service-log-date', label: labels.date, message: t('serviceLog.dateRequired') });
  }
  if (!/^\d+$/.test(values.minutes.trim()) || minutes < 0 || minutes > 1440) {
    problems.push({ fieldId: 'service-log-minutes', label: labels.minutes, message: t('serviceLog.minutesRequired') });
  }
  if (problems.length > 0) return { problems };
  const note = values.note.trim();
  return {
    input: {
      service,
      date: values.date,
      minutes,
      status: values.status,
      ...(values.status === 'missed' && values.reason !== '' ? { reason: values.reason } : {}),
      ...(values.status === 'delivered' && values.makeUp ? { makeUp: true } : {}),
      ...(note === '' ? {} : { note }),
    },
  };
}
