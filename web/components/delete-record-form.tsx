import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblems } from '../case/account-issues';
import { ErrorSummary } from './error-summary';
import { FieldErrorsContext } from './field-errors-context';
import { TextField } from './text-field';

/** Deleting a child's record: what it does, that the activity log stays, and the child's first name to confirm. */
export function DeleteRecordForm(props: {
  givenName: string;
  typedName: string;
  onTypedNameChange: (value: string) => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  problems: FormProblems;
  problemKey: number;
}) {
  const { t } = useTranslation();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <p>{t('yourData.deleteIntro', { name: props.givenName })}</p>
      <p>{t('yourData.deleteAuditKept')}</p>
      <ErrorSummary items={props.problems.items} headingLevel={3} focusKey={props.problemKey} />
      <FieldErrorsContext value={props.problems.byField}>
        <TextField
          id="delete-confirm"
          label={t('yourData.confirmLabel', { name: props.givenName })}
          hint={t('yourData.confirmHint', { name: props.givenName })}
          value={props.typedName}
          autoComplete="off"
          onChange={props.onTypedNameChange}
        />
      </FieldErrorsContext>
      <div className="actions">
        <button type="submit" className="danger" disabled={props.isSubmitting}>
          {props.isSubmitting ? t('yourData.deleting') : t('yourData.deleteSubmit')}
        </button>
      </div>
    </form>
  );
}
