import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventEffects } from '../../core/timeline/event-effects';
import { eventFromForm, isEventType, type EventFormValues } from '../case/event-form-values';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';
import { EventEffectsPreview } from './event-effects-preview';
import { EventExtraFields } from './event-extra-fields';
import { EventTypeSelect } from './event-type-select';
import { FieldErrorsContext } from './field-errors-context';
import { TextField } from './text-field';

/** Record a case event: its type in plain words, its date and fields, and what it will do to the deadlines. */
export function EventForm(props: {
  values: EventFormValues;
  onChange: (values: EventFormValues) => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  errors: { items: readonly ErrorSummaryItem[]; byField: Readonly<Record<string, string>> };
  errorFocusKey: number;
  jurisdiction: string;
  placeName: string;
}) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <ErrorSummary items={props.errors.items} headingLevel={3} focusKey={props.errorFocusKey} />
      <FieldErrorsContext value={props.errors.byField}>
        <div className="field-row">
          <EventTypeSelect
            id="event-type"
            value={values.type}
            onChange={(type) => {
              onChange({ ...values, type: isEventType(type) ? type : '' });
            }}
          />
          <TextField
            id="event-date"
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
        <EventExtraFields values={values} onChange={onChange} />
      </FieldErrorsContext>
      {values.type === '' ? null : (
        <EventEffectsPreview
          effects={eventEffects(props.jurisdiction, eventFromForm(values))}
          placeName={props.placeName}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={props.isSubmitting}>
          {t('event.save')}
        </button>
      </div>
    </form>
  );
}
