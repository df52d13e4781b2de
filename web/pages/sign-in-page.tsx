import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSession, useSignIn } from '../api/session';
import { accountFormProblems } from '../case/account-issues';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { safeNextPath, signInPath } from '../case/next-path';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { PageTitle } from '../components/app/page-title';
import { TextField } from '../components/forms/text-field';

/** Why the person is on the sign-in page, from the navigation that brought them. */
function reasonOf(state: unknown): string | null {
  const reason = (state as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
}

/**
 * Sign in with e-mail and password; afterwards, back to the page the person was going to (`?next=`), or else
 * to the caseload for school staff and to the children for a family.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const next = params.get('next');

  const user = session.data?.user;
  // School staff land on their caseload; a family on their children (unless a page sent them here).
  if (user != null) return <Navigate to={safeNextPath(next, user.isSchoolStaff ? '/caseload' : '/children')} replace />;

  const labels = { email: t('account.fields.email'), password: t('account.fields.password') };
  const reason = reasonOf(location.state);
  const notice =
    reason === 'session-ended'
      ? t('account.signIn.sessionEnded')
      : reason === 'signed-out'
        ? t('account.signIn.signedOut')
        : next !== null
          ? t('account.signIn.needed')
          : null;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFailure(null);
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          setAttempt((n) => n + 1);
          if (!(error instanceof ApiError)) {
            setProblems(NO_PROBLEMS);
            setFailure(t('account.signIn.failed', { message: error.message }));
          } else if (error.issues.length > 0) {
            setProblems(accountFormProblems(error.issues, 'sign-in', labels, 'email', t));
          } else if (error.code === 'invalid-email-or-password') {
            setPassword('');
            setProblems(fieldProblem('sign-in-password', labels.password, t('account.signIn.wrong')));
          } else if (error.code === 'rate-limited') {
            const count = error.retryAfterSeconds ?? 1;
            setProblems(fieldProblem('sign-in-password', labels.password, t('account.signIn.rateLimited', { count })));
          } else {
            setProblems(NO_PROBLEMS);
            setFailure(t('account.signIn.failed', { message: error.message }));
          }
        },
      },
    );
  };

  return (
    <>
      <PageTitle>{t('account.signIn.title')}</PageTitle>
      <div role="status" aria-live="polite">
        {notice === null ? null : <p className="notice">{notice}</p>}
      </div>
      <section className="card narrow-card">
        <p>{t('account.signIn.intro')}</p>
        <form className="stack" noValidate onSubmit={submit}>
          <ErrorSummary items={problems.items} focusKey={attempt} />
          <FieldErrorsContext value={problems.byField}>
            <TextField
              id="sign-in-email"
              type="email"
              label={labels.email}
              value={email}
              autoComplete="username"
              isRequired
              onChange={setEmail}
            />
            <TextField
              id="sign-in-password"
              type="password"
              label={labels.password}
              value={password}
              autoComplete="current-password"
              isRequired
              onChange={setPassword}
            />
          </FieldErrorsContext>
          <div role="status" aria-live="polite">
            {signIn.isPending ? <p>{t('account.signIn.submitting')}</p> : null}
            {failure === null ? null : <p className="error">{failure}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={signIn.isPending}>
              {t('account.signIn.submit')}
            </button>
          </div>
        </form>
        <p>
          <Link to="/forgot-password">{t('account.signIn.forgotLink')}</Link>
        </p>
        <p>
          {t('account.signIn.noAccount')}{' '}
          <Link to={next === null ? '/create-account' : signInPath(next, 'create-account')}>
            {t('account.signIn.createLink')}
          </Link>
        </p>
      </section>
    </>
  );
}
