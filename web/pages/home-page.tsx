import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLoadDemoFamily } from '../api/demo-family';
import { useSession } from '../api/session';
import { PageTitle } from '../components/app/page-title';
import { readingLanguageOf } from '../i18n/languages';

/** The languages the demo's plans and letter can be written in (the others read them in English). */
function isWritingLanguage(language: string): boolean {
  return language === 'en' || language === 'es';
}

/** A status message handed over by the page the person came from (e.g. "the record was deleted"). */
function noticeOf(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : null;
}

/** For a visitor: sign in or create an account. Once signed in: the demo family and the children. */
function DemoFamilySection() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const loadDemo = useLoadDemoFamily();
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('home.demoTitle')}</h2>
      <p>{t('home.demoText')}</p>
      {/* The plans and the sent letter are written in English or Spanish (docs/decisions/0053): said, not hidden. */}
      {isWritingLanguage(i18n.language) ? null : <p className="hint">{t('home.demoWritingNote')}</p>}
      {/* Both full-size targets, side by side or stacked (axe target-size: the Spanish label wraps the link). */}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={loadDemo.isPending}
          onClick={() => {
            loadDemo.mutate(readingLanguageOf(i18n.language), {
              onSuccess: () => {
                void navigate('/children');
              },
            });
          }}
        >
          {loadDemo.isPending ? t('home.loadingDemo') : t('home.loadDemo')}
        </button>
        <Link className="button-link secondary-link" to="/children">
          {t('home.seeChildren')}
        </Link>
      </div>
      <div role="status" aria-live="polite">
        {loadDemo.isError ? <p className="error">{t('home.demoFailed', { message: loadDemo.error.message })}</p> : null}
      </div>
    </section>
  );
}

function StartSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">{t('home.startTitle')}</h2>
      <p>{t('home.startText')}</p>
      <div className="actions">
        <Link className="button-link primary" to="/sign-in">
          {t('account.shell.signIn')}
        </Link>
        <Link className="button-link secondary-link" to="/create-account">
          {t('account.shell.createAccount')}
        </Link>
      </div>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const notice = noticeOf(location.state);
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <div role="status" aria-live="polite">
        {notice === null ? null : <p className="notice">{notice}</p>}
      </div>
      <p className="lead">{t('home.intro1')}</p>
      <p className="lead">{t('home.intro2')}</p>
      {session.data === undefined ? null : session.data.user === null ? <StartSection /> : <DemoFamilySection />}
    </>
  );
}
