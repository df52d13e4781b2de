import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSession, useSignUp } from '../api/session';
import { accountFormProblems } from '../case/account-issues';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { safeNextPath, signInPath } from '../case/next-path';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { PageTitle } from '../components/app/page-title';
import { TextField } from '../components/forms/text-field';

/**
 * Create an account: name, e-mail and a password whose rules are said before typing; the server's reasons
 * appear beside the fields. Afterwards, signed in, back to the page the person was going to (`?next=`).
 */
export function CreateAccountPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const signUp = useSignUp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isExisting, setIsExisting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const next = params.get('next');

  if (session.data?.user != null) return <Navigate to={safeNextPath(next)} replace />;

  const labels = {
    name: t('account.fields.name'),
    email: t('account.fields.email'),
    password: t('account.fields.password'),
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    setIsExisting(false);
    signUp.mutate(
      { name: name.trim(), email: email.trim(), password },
      {
        onError: (error) => {
          setAttempt((n) => n + 1);
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems(accountFormProblems(error.issues, 'account', labels, 'email', t));
          } else if (error instanceof ApiError && error.code === 'invalid-email-or-password') {
            // The account was not new and its password is another: the server does not say which e-mails exist.
            setIsExisting(true);
            setProblems(fieldProblem('account-email', labels.email, t('account.create.exists')));
          } else {
            setProblems(NO_PROBLEMS);
            setFailure(t('account.create.failed', { message: error.message }));
          }
        },
      },
    );
  };

  const signInLink = next === null ? '/sign-in' : signInPath(next);
  return (
    <>
      <PageTitle>{t('account.create.title')}</PageTitle>
      <section className="card narrow-card">
        <p>{t('account.create.intro')}</p>
        <form className="stack" noValidate onSubmit={submit}>
          <ErrorSummary items={problems.items} focusKey={attempt} />
          {isExisting ? (
            <p>
              <Link to={signInLink}>{t('account.create.signInLink')}</Link>
            </p>
          ) : null}
          <FieldErrorsContext value={problems.byField}>
            <TextField
              id="account-name"
              label={labels.name}
              hint={t('account.fields.nameHint')}
              value={name}
              autoComplete="name"
              isRequired
              onChange={setName}
            />
            <TextField
              id="account-email"
              type="email"
              label={labels.email}
              value={email}
              autoComplete="email"
              isRequired
              onChange={setEmail}
            />
            <TextField
              id="account-password"
              type="password"
              label={labels.password}
              hint={t('account.passwordRules')}
              value={password}
              autoComplete="new-password"
              isRequired
              onChange={setPassword}
            />
          </FieldErrorsContext>
          <div role="status" aria-live="polite">
            {signUp.isPending ? <p>{t('account.create.submitting')}</p> : null}
            {failure === null ? null : <p className="error">{failure}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={signUp.isPending}>
              {t('account.create.submit')}
            </button>
          </div>
        </form>
        <p>
          {t('account.create.haveAccount')} <Link to={signInLink}>{t('account.create.signInLink')}</Link>
        </p>
      </section>
    </>
  );
}
