import { useTranslation } from 'react-i18next';
import { COMMUNICATION_CHANNELS, type CommunicationInput } from '../../../core/schemas/communication';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/** Log a call, email, letter or meeting with the school. */
export function CommunicationForm(
  props: FormWithProblemsProps<CommunicationInput> & {
    /** Who the counterpart may be, offered as the field is typed in (the child's school people). */
    counterparts?: readonly string[];
  },
) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const set = <K extends keyof CommunicationInput>(key: K, value: CommunicationInput[K]) => {
    onChange({ ...values, [key]: value });
  };
  return (
    <FormWithProblems {...props} submitLabel={t('communication.save')}>
      {props.counterparts === undefined || props.counterparts.length === 0 ? null : (
        <datalist id="communication-counterparts">
          {props.counterparts.map((counterpart) => (
            <option key={counterpart} value={counterpart} />
          ))}
        </datalist>
      )}
      <div className="field-row">
        <TextField
          id="communication-date"
          type="date"
          label={t('communication.date')}
          value={values.date}
          isRequired
          onChange={(value) => {
            set('date', value);
          }}
        />
        <SelectField
          id="communication-channel"
          label={t('communication.channelLabel')}
          value={values.channel}
          options={COMMUNICATION_CHANNELS.map((channel) => ({
            value: channel,
            label: t(`communication.channel.${channel}`),
          }))}
          onChange={(value) => {
            set('channel', COMMUNICATION_CHANNELS.find((channel) => channel === value) ?? values.channel);
          }}
        />
      </div>
      <RadioGroupField
        id="communication-direction"
        legend={t('communication.directionLabel')}
        value={values.direction}
        isInline
        options={[
          { value: 'to-school', label: t('communication.direction.to-school') },
          { value: 'from-school', label: t('communication.direction.from-school') },
        ]}
        onChange={(value) => {
          set('direction', value === 'from-school' ? 'from-school' : 'to-school');
        }}
      />
      <TextField
        id="communication-counterpart"
        label={t('communication.counterpart')}
        hint={t('communication.counterpartHint')}
        value={values.counterpart}
        list={
          props.counterparts === undefined || props.counterparts.length === 0 ? undefined : 'communication-counterparts'
        }
        onChange={(value) => {
          set('counterpart', value);
        }}
      />
      <TextField
        id="communication-subject"
        label={t('communication.subject')}
        value={values.subject}
        isRequired
        onChange={(value) => {
          set('subject', value);
        }}
      />
      <TextAreaField
        id="communication-summary"
        label={t('communication.summary')}
        hint={t('communication.summaryHint')}
        value={values.summary}
        onChange={(value) => {
          set('summary', value);
        }}
      />
    </FormWithProblems>
  );
}
