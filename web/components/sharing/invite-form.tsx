import { useTranslation } from 'react-i18next';
import { INVITABLE_ROLES, type InvitableRole } from '../../../core/schemas/access-role';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextField } from '../forms/text-field';

export interface InviteFormValues {
  readonly role: InvitableRole | '';
  readonly note: string;
  /** Also e-mail the link here (optional). */
  readonly email: string;
}

/**
 * "Invite someone": the role, each said in one plain sentence of what it can do, an optional address to e-mail
 * the link to, and an optional note.
 */
export function InviteForm(props: FormWithProblemsProps<InviteFormValues>) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  return (
    <FormWithProblems {...props} submitLabel={t('sharing.createInvite')} submittingLabel={t('sharing.creating')}>
      <RadioGroupField
        id="invite-role"
        legend={t('sharing.roleLegend')}
        value={values.role}
        options={INVITABLE_ROLES.map((role) => ({ value: role, label: t(`roles.can.${role}`) }))}
        onChange={(value) => {
          onChange({ ...values, role: INVITABLE_ROLES.find((role) => role === value) ?? '' });
        }}
      />
      <TextField
        id="invite-email"
        type="email"
        label={t('mail.invite.email')}
        hint={t('mail.invite.emailHint')}
        value={values.email}
        autoComplete="off"
        onChange={(email) => {
          onChange({ ...values, email });
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
    </FormWithProblems>
  );
}
