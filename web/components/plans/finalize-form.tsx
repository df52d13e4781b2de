import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorsContext } from '../forms/field-errors-context';
import { SelectField, type SelectOption } from '../forms/select-field';
import { TextField } from '../forms/text-field';

/**
 * "Finalize": asks from when the version is in effect (and, optionally, which meeting decided it). A final
 * version never changes; later changes are made by amending.
 */
export function FinalizeForm(props: {
  versionNumber: number;
  meetingOptions: readonly SelectOption[];
  isPending: boolean;
  errors: Readonly<Record<string, string>>;
  onFinalize: (input: { effectiveFrom: string; meetingId: string | null }) => void;
}) {
  const { t } = useTranslation();
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [missingDate, setMissingDate] = useState(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (effectiveFrom === '') {
      setMissingDate(true);
      document.getElementById('finalize-effectiveFrom')?.focus();
      return;
    }
    setMissingDate(false);
    props.onFinalize({ effectiveFrom, meetingId: meetingId === '' ? null : meetingId });
  };
  const errors = missingDate
    ? { ...props.errors, 'finalize-effectiveFrom': t('plan.finalizeNeedsDate') }
    : props.errors;
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <FieldErrorsContext value={errors}>
        <TextField
          id="finalize-effectiveFrom"
          type="date"
          label={t('plan.effectiveFromLabel')}
          hint={t('plan.effectiveFromHint')}
          value={effectiveFrom}
          isRequired
          onChange={setEffectiveFrom}
        />
        {props.meetingOptions.length > 0 ? (
          <SelectField
            id="finalize-meetingId"
            label={t('plan.decidedAt')}
            value={meetingId}
            options={[{ value: '', label: t('plan.noMeeting') }, ...props.meetingOptions]}
            onChange={setMeetingId}
          />
        ) : null}
      </FieldErrorsContext>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.isPending}>
          {t('plan.finalize', { n: props.versionNumber })}
        </button>
      </div>
    </form>
  );
}
