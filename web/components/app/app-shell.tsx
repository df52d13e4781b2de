import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../../api/session';
import { AccountNav } from './account-nav';
import { LanguageSwitch } from './language-switch';

/** Header with the app name, main navigation, who is signed in and the language switch; the page; a footer. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const isSignedIn = session.data?.user != null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {isSignedIn ? (
              <>
                <li>
                  <NavLink to="/children">{t('nav.children')}</NavLink>
                </li>
                <li>
                  <NavLink to="/iep-vs-504">{t('nav.comparison')}</NavLink>
                </li>
                <li>
                  <NavLink to="/guide">{t('nav.guide')}</NavLink>
                </li>
                <li>
                  <NavLink to="/letters">{t('nav.letters')}</NavLink>
                </li>
                <li>
                  <NavLink to="/caseload">{t('nav.caseload')}</NavLink>
                </li>
                <li>
                  <NavLink to="/compliance">{t('nav.compliance')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        {session.data === undefined ? null : <AccountNav user={session.data.user} />}
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>
          {t('app.footer')} <Link to="/glossary">{t('app.glossary')}</Link>
        </p>
      </footer>
    </>
  );
}
