import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServicesLedgerAsOf } from '../../api/service-logs';
import type { LetterFormValues, OwedServiceValue } from '../../understand/letter-form-values';

/**
 * The minutes owed per service on the letter's date, from the child's services ledger (docs/decisions/0033), shown
 * as the compensatory services letter will state them and kept in the form's values.
 */
export function OwedServicesFromLedger({
  studentId,
  values,
  onChange,
}: {
  studentId: string;
  values: LetterFormValues;
  onChange: (values: LetterFormValues) => void;
}) {
  const { t } = useTranslation();
  const ledger = useServicesLedgerAsOf(studentId, values.date);
  const owed: OwedServiceValue[] = (ledger.data?.services ?? [])
    .filter((service) => service.owedMinutes > 0)
    .map((service) => ({
      service: service.service,
      owedMinutes: service.owedMinutes,
      minutesPerPeriod: service.minutesPerPeriod,
      period: service.period,
    }));
  const key = JSON.stringify(owed);
  useEffect(() => {
    if (ledger.data === undefined || JSON.stringify(values.owedServices) === key) return;
    onChange({ ...values, owedServices: JSON.parse(key) as OwedServiceValue[] });
  }, [key, ledger.data, values, onChange]);

  if (ledger.isPending) return <p role="status">{t('letterLedger.loading')}</p>;
  if (ledger.isError) return <p className="error">{t('letterLedger.loadFailed', { message: ledger.error.message })}</p>;
  if (owed.length === 0) return <p>{t('letterLedger.none', { date: values.date })}</p>;
  return (
    <>
      <p>{t('letterLedger.intro', { date: values.date })}</p>
      <ul>
        {owed.map((service) => (
          <li key={service.service}>
            {t('letterLedger.line', {
              service: service.service,
              count: service.owedMinutes,
              required: t(`ledger.perPeriod.${service.period}`, { count: service.minutesPerPeriod }),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
