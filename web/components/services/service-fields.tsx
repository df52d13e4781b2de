import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KINDS, SERVICE_PERIODS, type IepService } from '../../../core/schemas/iep';
import { fieldId } from '../../case/field-id';
import { NumberField } from '../forms/number-field';
import { SelectField } from '../forms/select-field';
import { ServiceMinutes } from './service-minutes';
import { TextField } from '../forms/text-field';

/** One service: what, from when, how often and how long, where and by whom (34 CFR 300.320(a)(4), (7)). */
export function ServiceFields(props: {
  index: number;
  service: IepService;
  onChange: (service: IepService) => void;
  onRemove: () => void;
  onValidityChange: (id: string, invalidLabel: string | null) => void;
}) {
  const { t } = useTranslation();
  const { service, index, onValidityChange } = props;
  const id = (...path: (string | number)[]) => fieldId('plan', 'services', index, ...path);
  const title = t('iep.serviceTitle', {
    n: index + 1,
    name: service.name.trim() === '' ? t('iep.serviceUnnamed') : service.name,
  });
  const onValidity = useCallback(
    (fieldId: string, label: string | null) => {
      onValidityChange(fieldId, label === null ? null : `${title} — ${label}`);
    },
    [onValidityChange, title],
  );
  const set = <K extends keyof IepService>(key: K, value: IepService[K]) => {
    props.onChange({ ...service, [key]: value });
  };
  return (
    <fieldset className="item" id={id('fieldset')}>
      <legend>{title}</legend>
      <div className="field-row">
        <TextField
          id={id('name')}
          label={t('iep.service.name')}
          hint={t('iep.service.nameHint')}
          value={service.name}
          onChange={(value) => {
            set('name', value);
          }}
        />
        <SelectField
          id={id('kind')}
          label={t('iep.service.kind')}
          value={service.kind}
          options={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`iep.serviceKind.${kind}`) }))}
          onChange={(value) => {
            set('kind', SERVICE_KINDS.find((kind) => kind === value) ?? service.kind);
          }}
        />
      </div>
      <div className="field-row">
        <NumberField
          id={id('minutesPerSession')}
          label={t('iep.service.minutesPerSession')}
          value={service.minutesPerSession}
          isInteger
          min={0}
          max={1440}
          className="field-narrow"
          onValidityChange={onValidity}
          onChange={(value) => {
            set('minutesPerSession', value);
          }}
        />
        <NumberField
          id={id('sessionsPerPeriod')}
          label={t('iep.service.sessionsPerPeriod')}
          value={service.sessionsPerPeriod}
          isInteger
          min={0}
          max={100}
          className="field-narrow"
          onValidityChange={onValidity}
          onChange={(value) => {
            set('sessionsPerPeriod', value);
          }}
        />
        <SelectField
          id={id('period')}
          label={t('iep.service.period')}
          value={service.period}
          options={SERVICE_PERIODS.map((period) => ({ value: period, label: t(`iep.periodEach.${period}`) }))}
          onChange={(value) => {
            set('period', SERVICE_PERIODS.find((period) => period === value) ?? service.period);
          }}
        />
      </div>
      <p className="computed">
        <ServiceMinutes service={service} />
      </p>
      <div className="field-row">
        <TextField
          id={id('startDate')}
          type="date"
          label={t('iep.service.startDate')}
          value={service.startDate ?? ''}
          onChange={(value) => {
            set('startDate', value === '' ? null : value);
          }}
        />
        <TextField
          id={id('endDate')}
          type="date"
          label={t('iep.service.endDate')}
          value={service.endDate ?? ''}
          onChange={(value) => {
            set('endDate', value === '' ? null : value);
          }}
        />
      </div>
      <div className="field-row">
        <TextField
          id={id('location')}
          label={t('iep.service.location')}
          hint={t('iep.service.locationHint')}
          value={service.location}
          onChange={(value) => {
            set('location', value);
          }}
        />
        <TextField
          id={id('providerRole')}
          label={t('iep.service.providerRole')}
          hint={t('iep.service.providerHint')}
          value={service.providerRole}
          onChange={(value) => {
            set('providerRole', value);
          }}
        />
      </div>
      <button type="button" className="link-button" onClick={props.onRemove}>
        {t('iep.removeService', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
