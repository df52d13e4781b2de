import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLoadDemoFamily } from '../api/families';
import { PageTitle } from '../components/page-title';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loadDemo = useLoadDemoFamily();
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro1')}</p>
      <p className="lead">{t('home.intro2')}</p>
      <section className="card" aria-labelledby="demo-title">
        <h2 id="demo-title">{t('home.demoTitle')}</h2>
        <p>{t('home.demoText')}</p>
        <button
          type="button"
          className="primary"
          disabled={loadDemo.isPending}
          onClick={() => {
            loadDemo.mutate(undefined, {
              onSuccess: () => {
                void navigate('/children');
              },
            });
          }}
        >
          {loadDemo.isPending ? t('home.loadingDemo') : t('home.loadDemo')}
        </button>{' '}
        <Link to="/children">{t('home.seeChildren')}</Link>
        <div role="status" aria-live="polite">
          {loadDemo.isError ? (
            <p className="error">{t('home.demoFailed', { message: loadDemo.error.message })}</p>
          ) : null}
        </div>
      </section>
    </>
  );
}
