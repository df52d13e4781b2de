import { useTranslation } from 'react-i18next';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { TextField } from '../forms/text-field';

/** Deleting a child's record: what it does, that the activity log stays, and the child's first name to confirm. */
export function DeleteRecordForm(
  props: Pick<FormWithProblemsProps<unknown>, 'onSubmit' | 'isSubmitting' | 'problems' | 'problemKey'> & {
    givenName: string;
    typedName: string;
    onTypedNameChange: (value: string) => void;
  },
) {
  const { t } = useTranslation();
  return (
    <FormWithProblems
      {...props}
      intro={
        <>
          <p>{t('yourData.deleteIntro', { name: props.givenName })}</p>
          <p>{t('yourData.deleteAuditKept')}</p>
        </>
      }
      submitLabel={t('yourData.deleteSubmit')}
      submittingLabel={t('yourData.deleting')}
      submitStyle="danger"
    >
      <TextField
        id="delete-confirm"
        label={t('yourData.confirmLabel', { name: props.givenName })}
        hint={t('yourData.confirmHint', { name: props.givenName })}
        value={props.typedName}
        autoComplete="off"
        onChange={props.onTypedNameChange}
      />
    </FormWithProblems>
  );
}
