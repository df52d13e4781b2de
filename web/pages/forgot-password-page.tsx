import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../api/account-mail';
import { ApiError } from '../api/client';
import { accountFormProblems } from '../case/account-issues';
import { NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { PageTitle } from '../components/app/page-title';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { TextField } from '../components/forms/text-field';

/**
 * "Forgot your password?": asks for a reset link by e-mail. The answer is the same whether or not the address
 * has an account, so the page cannot be used to learn who uses Binder.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const labels = { email: t('account.fields.email') };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    const address = email.trim();
    request.mutate(
      { email: address },
      {
        onSuccess: () => {
          setProblems(NO_PROBLEMS);
          setSentTo(address);
        },
        onError: (error) => {
          setAttempt((n) => n + 1);
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems(accountFormProblems(error.issues, 'forgot', labels, 'email', t));
          } else {
            setProblems(NO_PROBLEMS);
            setFailure(t('mail.forgot.failed', { message: error.message }));
          }
        },
      },
    );
  };

  return (
    <>
      <PageTitle>{t('mail.forgot.title')}</PageTitle>
      <section className="card narrow-card">
        <div role="status" aria-live="polite">
          {sentTo === null ? null : <p className="notice">{t('mail.forgot.sent', { email: sentTo })}</p>}
        </div>
        <p>{t('mail.forgot.intro')}</p>
        <form className="stack" noValidate onSubmit={submit}>
          <ErrorSummary items={problems.items} focusKey={attempt} />
          <FieldErrorsContext value={problems.byField}>
            <TextField
              id="forgot-email"
              type="email"
              label={labels.email}
              value={email}
              autoComplete="username"
              isRequired
              onChange={setEmail}
            />
          </FieldErrorsContext>
          <div role="status" aria-live="polite">
            {request.isPending ? <p>{t('mail.forgot.submitting')}</p> : null}
            {failure === null ? null : <p className="error">{failure}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={request.isPending}>
              {t('mail.forgot.submit')}
            </button>
          </div>
        </form>
        <p>
          <Link to="/sign-in">{t('mail.forgot.back')}</Link>
        </p>
      </section>
    </>
  );
}
