import { useTranslation } from 'react-i18next';
import { MISSED_REASONS, SERVICE_LOG_STATUSES } from '../../../core/schemas/service-log';
import type { ServiceLogFormValues } from '../../case/service-log-form-values';
import { CheckboxField } from '../forms/checkbox-field';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';

/** Log one session of a service: which (from the plan in effect, when it lists some), when, how long, delivered or missed. */
export function ServiceLogForm(
  props: FormWithProblemsProps<ServiceLogFormValues> & {
    /** The plan's services by name, with their minutes per session when the plan says; empty: type the name. */
    services: readonly { name: string; minutes: number | null }[];
  },
) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const set = <K extends keyof ServiceLogFormValues>(key: K, value: ServiceLogFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  return (
    <FormWithProblems {...props} submitLabel={t('serviceLog.submit')} submittingLabel={t('serviceLog.saving')}>
      {props.services.length > 0 ? (
        <SelectField
          id="service-log-service"
          label={t('serviceLog.service')}
          hint={t('serviceLog.serviceHint')}
          value={values.service}
          isRequired
          options={[
            { value: '', label: t('serviceLog.chooseService') },
            ...props.services.map((service) => ({ value: service.name, label: service.name })),
          ]}
          onChange={(name) => {
            const minutes = props.services.find((service) => service.name === name)?.minutes ?? null;
            onChange({
              ...values,
              service: name,
              minutes: values.minutes === '' && minutes !== null ? String(minutes) : values.minutes,
            });
          }}
        />
      ) : (
        <TextField
          id="service-log-service"
          label={t('serviceLog.service')}
          hint={t('serviceLog.serviceFreeHint')}
          value={values.service}
          isRequired
          onChange={(value) => {
            set('service', value);
          }}
        />
      )}
      <div className="field-row">
        <TextField
          id="service-log-date"
          type="date"
          label={t('serviceLog.date')}
          value={values.date}
          isRequired
          className="field-narrow"
          onChange={(value) => {
            set('date', value);
          }}
        />
        <TextField
          id="service-log-minutes"
          label={t('serviceLog.minutes')}
          value={values.minutes}
          inputMode="numeric"
          isRequired
          className="field-narrow"
          onChange={(value) => {
            set('minutes', value);
          }}
        />
      </div>
      <RadioGroupField
        id="service-log-status"
        legend={t('serviceLog.statusLegend')}
        value={values.status}
        isInline
        options={SERVICE_LOG_STATUSES.map((status) => ({ value: status, label: t(`serviceLog.status.${status}`) }))}
        onChange={(value) => {
          set('status', value === 'missed' ? 'missed' : 'delivered');
        }}
      />
      {values.status === 'missed' ? (
        <SelectField
          id="service-log-reason"
          label={t('ledger.reasonLabel')}
          hint={t('ledger.reasonHint')}
          value={values.reason}
          options={[
            { value: '', label: t('ledger.chooseReason') },
            ...MISSED_REASONS.map((reason) => ({ value: reason, label: t(`ledger.reason.${reason}`) })),
          ]}
          onChange={(value) => {
            set('reason', MISSED_REASONS.find((reason) => reason === value) ?? '');
          }}
        />
      ) : (
        <CheckboxField
          id="service-log-make-up"
          label={t('ledger.makeUpLabel')}
          isChecked={values.makeUp}
          onChange={(isChecked) => {
            set('makeUp', isChecked);
          }}
        />
      )}
      <TextField
        id="service-log-note"
        label={t('serviceLog.note')}
        hint={t('serviceLog.noteHint')}
        value={values.note}
        onChange={(value) => {
          set('note', value);
        }}
      />
    </FormWithProblems>
  );
}
