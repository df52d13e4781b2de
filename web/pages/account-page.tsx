import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useChangePassword, useSession } from '../api/session';
import { accountFormProblems } from '../case/account-issues';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { PageTitle } from '../components/app/page-title';
import { CalendarFeedSettings } from '../components/calendar-feeds/calendar-feed-settings';
import { SignOutButton } from '../components/app/sign-out-button';
import { TextField } from '../components/forms/text-field';
import { ReadingLanguageSection } from './reading-language-section';
import { ReminderSettingsSection } from './reminder-settings-section';

/**
 * Your account: who you are signed in as, the reading language, reminders by e-mail, changing the password
 * (which ends the other sessions), signing out.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const user = session.data?.user;
  if (user == null) return null;

  const labels = {
    currentPassword: t('account.fields.currentPassword'),
    newPassword: t('account.fields.newPassword'),
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setProblems(NO_PROBLEMS);
          setCurrentPassword('');
          setNewPassword('');
          setMessage({ text: t('account.page.changed'), isError: false });
        },
        onError: (error) => {
          setAttempt((n) => n + 1);
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems(accountFormProblems(error.issues, 'password', labels, 'newPassword', t));
          } else if (error instanceof ApiError && error.code === 'invalid-password') {
            setCurrentPassword('');
            setProblems(
              fieldProblem('password-currentPassword', labels.currentPassword, t('account.page.wrongCurrent')),
            );
          } else {
            setProblems(NO_PROBLEMS);
            setMessage({ text: t('account.page.changeFailed', { message: error.message }), isError: true });
          }
        },
      },
    );
  };

  return (
    <>
      <PageTitle>{t('account.page.title')}</PageTitle>
      <p>{t('account.page.signedInAs', { name: user.name, email: user.email })}</p>
      <ReadingLanguageSection userId={user.id} />
      <ReminderSettingsSection email={user.email} />
      <section className="card narrow-card" aria-labelledby="change-password-title">
        <h2 id="change-password-title">{t('account.page.changeTitle')}</h2>
        <p>{t('account.page.changeIntro')}</p>
        <form className="stack" noValidate onSubmit={submit}>
          {/* For password managers: the account whose password changes. */}
          <input type="email" autoComplete="username" value={user.email} readOnly hidden />
          <ErrorSummary items={problems.items} headingLevel={3} focusKey={attempt} />
          <FieldErrorsContext value={problems.byField}>
            <TextField
              id="password-currentPassword"
              type="password"
              label={labels.currentPassword}
              value={currentPassword}
              autoComplete="current-password"
              isRequired
              onChange={setCurrentPassword}
            />
            <TextField
              id="password-newPassword"
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
            {change.isPending ? <p>{t('account.page.changing')}</p> : null}
            {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={change.isPending}>
              {t('account.page.changeSubmit')}
            </button>
          </div>
        </form>
      </section>
      <CalendarFeedSettings />
      <section className="card narrow-card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">{t('account.page.signOutTitle')}</h2>
        <p>{t('account.page.signOutText')}</p>
        <SignOutButton />
      </section>
    </>
  );
}
