import { useTranslation } from 'react-i18next';
import type { IepService } from '../../../core/schemas/iep';

/** "2 sessions of 30 minutes a week = 60 minutes a week", or that the minutes are not set yet. */
export function ServiceMinutes({ service }: { service: IepService }) {
  const { t } = useTranslation();
  if (service.minutesPerSession === null || service.sessionsPerPeriod === null) {
    return <>{t('iep.minutesNotSet')}</>;
  }
  return (
    <>
      {t('iep.minutesTotal', {
        sessions: service.sessionsPerPeriod,
        minutes: service.minutesPerSession,
        total: service.sessionsPerPeriod * service.minutesPerSession,
        period: t(`iep.period.${service.period}`),
      })}
    </>
  );
}
