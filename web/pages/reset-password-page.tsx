import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useResetPassword } from '../api/account-mail';
import { ApiError } from '../api/client';
import { useSignIn } from '../api/session';
import { accountFormProblems } from '../case/account-issues';
import { NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { PageTitle } from '../components/app/page-title';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { TextField } from '../components/forms/text-field';

/**
 * The page a reset link opens (`/reset-password?token=…`): a new password, which ends every session; then the
 * person is signed in with it and goes to their children (or caseload).
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const signIn = useSignIn();
  const token = params.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [isInvalid, setIsInvalid] = useState(false);
  const labels = { newPassword: t('account.fields.newPassword') };

  if (token === '' || isInvalid) {
    return (
      <>
        <PageTitle>{t('mail.reset.title')}</PageTitle>
        <section className="card narrow-card">
          <p className="error">{token === '' ? t('mail.reset.missing') : t('mail.reset.invalid')}</p>
          <p>
            <Link to="/forgot-password">{t('mail.reset.askAgain')}</Link>
          </p>
        </section>
      </>
    );
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    reset.mutate(
      { token, newPassword },
      {
        onSuccess: (answer) => {
          setProblems(NO_PROBLEMS);
          const email = (answer as { email?: unknown } | null)?.email;
          if (typeof email !== 'string') {
            void navigate('/sign-in', { replace: true });
            return;
          }
          signIn.mutate(
            { email, password: newPassword },
            {
              onSuccess: (session) => {
                void navigate(session.user?.isSchoolStaff === true ? '/caseload' : '/children', { replace: true });
              },
              onError: () => {
                void navigate('/sign-in', { replace: true });
              },
            },
          );
        },
        onError: (error) => {
          setAttempt((n) => n + 1);
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems(accountFormProblems(error.issues, 'reset', labels, 'newPassword', t));
          } else if (error instanceof ApiError && error.code === 'invalid-token') {
            setIsInvalid(true);
          } else {
            setProblems(NO_PROBLEMS);
            setFailure(t('mail.reset.failed', { message: error.message }));
          }
        },
      },
    );
  };

  const busy = reset.isPending || signIn.isPending;
  return (
    <>
      <PageTitle>{t('mail.reset.title')}</PageTitle>
      <section className="card narrow-card">
        <p>{t('mail.reset.intro')}</p>
        <form className="stack" noValidate onSubmit={submit}>
          <ErrorSummary items={problems.items} focusKey={attempt} />
          <FieldErrorsContext value={problems.byField}>
            <TextField
              id="reset-newPassword"
              type="password"
              label={labels.newPassword}
              hint={t('account.passwordRules')}
              value={newPassword}
              autoComplete="new-password"
              isRequired
              onChange={setNewPassword}
            />
          </FieldErrorsContext>
          <div role="status" aria-live="polite">
            {reset.isPending ? <p>{t('mail.reset.submitting')}</p> : null}
            {reset.isSuccess ? <p className="notice">{t('mail.reset.done')}</p> : null}
            {signIn.isPending ? <p>{t('mail.reset.signingIn')}</p> : null}
            {failure === null ? null : <p className="error">{failure}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('mail.reset.submit')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
