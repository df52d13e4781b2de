import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { eventEffects } from '../../../core/timeline/event-effects';
import { eventFromForm, isEventType, type EventFormValues } from '../../case/event-form-values';
import { EventEffectsPreview } from './event-effects-preview';
import { EventExtraFields } from './event-extra-fields';
import { EventTypeSelect } from './event-type-select';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { TextField } from '../forms/text-field';

/** Record a case event: its type in plain words, its date and fields, and what it will do to the deadlines. */
export function EventForm(
  props: FormWithProblemsProps<EventFormValues> & {
    jurisdiction: string;
    placeName: string;
    /** Starts every field's id (`event`; another when the form corrects an event on the same page). */
    idPrefix?: string;
    submitLabel?: string;
    otherActions?: ReactNode;
  },
) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const prefix = props.idPrefix ?? 'event';
  return (
    <FormWithProblems {...props} submitLabel={props.submitLabel ?? t('event.save')}>
      <div className="field-row">
        <EventTypeSelect
          id={`${prefix}-type`}
          value={values.type}
          onChange={(type) => {
            onChange({ ...values, type: isEventType(type) ? type : '' });
          }}
        />
        <TextField
          id={`${prefix}-date`}
          type="date"
          label={t('event.date')}
          hint={t('event.dateHint')}
          value={values.date}
          isRequired
          onChange={(date) => {
            onChange({ ...values, date });
          }}
        />
      </div>
      <EventExtraFields values={values} onChange={onChange} idPrefix={prefix} />
      {values.type === '' ? null : (
        <EventEffectsPreview
          effects={eventEffects(props.jurisdiction, eventFromForm(values))}
          placeName={props.placeName}
        />
      )}
    </FormWithProblems>
  );
}
