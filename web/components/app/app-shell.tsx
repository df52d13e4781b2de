import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '../../api/session';
import { AccountNav } from './account-nav';
import { LanguageSwitch } from './language-switch';

/** Loaded once someone is signed in: the first page, signed out, does not carry the account's language code. */
const AccountLanguageSync = lazy(() =>
  import('./account-language-sync').then((module) => ({ default: module.AccountLanguageSync })),
);

/**
 * Header with the app name, main navigation, who is signed in and the language switch; the page; a footer.
 * On a narrow screen the navigation, account and language sit behind a "Menu" button (aria-expanded; Escape
 * closes it and gives focus back to the button; following a link closes it too).
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const { pathname } = useLocation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  if (menuPath !== pathname) {
    // A link was followed: the menu closes on the new page.
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (!isMenuOpen) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [isMenuOpen]);
  return (
    <>
      {user === null ? null : (
        <Suspense fallback={null}>
          <AccountLanguageSync key={user.id} userId={user.id} />
        </Suspense>
      )}
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={isMenuOpen}
          aria-controls={menuId}
          onClick={() => {
            setMenuOpen(!isMenuOpen);
          }}
        >
          {t('app.menu')}
        </button>
        <div id={menuId} className={`site-menu${isMenuOpen ? ' site-menu-open' : ''}`}>
          <nav aria-label={t('app.mainNav')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.home')}
                </NavLink>
              </li>
              {user === null ? null : (
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
                  {/* The district views are for school staff: a parent without a staff grant is not offered them. */}
                  {user.isSchoolStaff ? (
                    <>
                      <li>
                        <NavLink to="/caseload">{t('nav.caseload')}</NavLink>
                      </li>
                      <li>
                        <NavLink to="/compliance">{t('nav.compliance')}</NavLink>
                      </li>
                    </>
                  ) : null}
                </>
              )}
            </ul>
          </nav>
          {session.data === undefined ? null : <AccountNav user={session.data.user} />}
          <LanguageSwitch />
        </div>
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
