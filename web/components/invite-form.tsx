import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_ROLES, type InvitationRole } from '../../core/schemas/sharing';
import type { FormProblems } from '../case/account-issues';
import { ErrorSummary } from './error-summary';
import { FieldErrorsContext } from './field-errors-context';
import { RadioGroupField } from './radio-group-field';
import { TextField } from './text-field';

export interface InviteFormValues {
  readonly role: InvitationRole | '';
  readonly note: string;
}

/** "Invite someone": the role, each said in one plain sentence of what it can do, and an optional note. */
export function InviteForm(props: {
  values: InviteFormValues;
  onChange: (values: InviteFormValues) => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  problems: FormProblems;
  problemKey: number;
}) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <ErrorSummary items={props.problems.items} headingLevel={3} focusKey={props.problemKey} />
      <FieldErrorsContext value={props.problems.byField}>
        <RadioGroupField
          id="invite-role"
          legend={t('sharing.roleLegend')}
          value={values.role}
          options={INVITATION_ROLES.map((role) => ({ value: role, label: t(`roles.can.${role}`) }))}
          onChange={(value) => {
            onChange({ ...values, role: INVITATION_ROLES.find((role) => role === value) ?? '' });
          }}
        />
        <TextField
          id="invite-note"
          label={t('sharing.note')}
          hint={t('sharing.noteHint')}
          value={values.note}
          onChange={(note) => {
            onChange({ ...values, note });
          }}
        />
      </FieldErrorsContext>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.isSubmitting}>
          {props.isSubmitting ? t('sharing.creating') : t('sharing.createInvite')}
        </button>
      </div>
    </form>
  );
}
