import { useTranslation } from 'react-i18next';
import type { IepService } from '../../../core/schemas/iep';
import { formatDate } from '../../i18n/format-date';
import { Heading } from '../app/heading';
import { ServiceMinutes } from './service-minutes';

/** The IEP's services with their minutes, dates, place and provider. */
export function ServiceList({ services, headingLevel }: { services: readonly IepService[]; headingLevel: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const none = t('student.notGiven');
  if (services.length === 0) return <p>{t('iep.noServicesYet')}</p>;
  const date = (value: string | null) => (value === null ? none : formatDate(value, i18n.language));
  return (
    <ul className="item-list">
      {services.map((service) => (
        <li key={service.id} className="card">
          <Heading level={headingLevel}>{service.name === '' ? t('iep.serviceUnnamed') : service.name}</Heading>
          <p className="minutes">
            <ServiceMinutes service={service} />
          </p>
          <dl className="facts">
            <div>
              <dt>{t('iep.service.kind')}</dt>
              <dd>{t(`iep.serviceKind.${service.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('iep.service.startDate')}</dt>
              <dd>{date(service.startDate)}</dd>
            </div>
            <div>
              <dt>{t('iep.service.endDate')}</dt>
              <dd>{date(service.endDate)}</dd>
            </div>
            <div>
              <dt>{t('iep.service.location')}</dt>
              <dd>{service.location === '' ? none : service.location}</dd>
            </div>
            <div>
              <dt>{t('iep.service.providerRole')}</dt>
              <dd>{service.providerRole === '' ? none : service.providerRole}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
