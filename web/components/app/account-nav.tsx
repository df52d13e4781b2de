import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionInfo } from '../../../core/schemas/account';
import { SignOutButton } from './sign-out-button';

/** Who is signed in, their account page and "Sign out"; or, for a visitor, "Sign in" and "Create an account". */
export function AccountNav({ user }: { user: SessionInfo['user'] }) {
  const { t } = useTranslation();
  return (
    <nav className="account-nav" aria-label={t('account.shell.nav')}>
      {user === null ? (
        <ul>
          <li>
            <NavLink to="/sign-in">{t('account.shell.signIn')}</NavLink>
          </li>
          <li>
            <NavLink to="/create-account">{t('account.shell.createAccount')}</NavLink>
          </li>
        </ul>
      ) : (
        <>
          <p className="signed-in-as">{t('account.shell.signedInAs', { name: user.name })}</p>
          <ul>
            <li>
              <NavLink to="/account">{t('account.shell.account')}</NavLink>
            </li>
            <li>
              <SignOutButton className="header-button" />
            </li>
          </ul>
        </>
      )}
    </nav>
  );
}
