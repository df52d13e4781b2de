import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUnsubscribe } from '../api/account-mail';
import { ApiError } from '../api/client';
import { PageTitle } from '../components/app/page-title';

/**
 * The "stop these reminders" link of a reminder message (`/unsubscribe?token=…`): one button, no sign-in. Mail
 * programs use the List-Unsubscribe header's address instead, with one POST.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  const error = unsubscribe.error;
  const message =
    error === null
      ? null
      : error instanceof ApiError && error.code === 'not-found'
        ? t('mail.unsubscribe.invalid')
        : t('mail.unsubscribe.failed', { message: error.message });

  return (
    <>
      <PageTitle>{t('mail.unsubscribe.title')}</PageTitle>
      <section className="card narrow-card">
        {token === '' ? (
          <p className="error">{t('mail.unsubscribe.missing')}</p>
        ) : unsubscribe.isSuccess ? null : (
          <>
            <p>{t('mail.unsubscribe.intro')}</p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={unsubscribe.isPending}
                onClick={() => {
                  unsubscribe.mutate(token);
                }}
              >
                {t('mail.unsubscribe.submit')}
              </button>
            </div>
          </>
        )}
        <div role="status" aria-live="polite">
          {unsubscribe.isPending ? <p>{t('mail.unsubscribe.submitting')}</p> : null}
          {unsubscribe.isSuccess ? <p className="notice">{t('mail.unsubscribe.done')}</p> : null}
          {message === null ? null : <p className="error">{message}</p>}
        </div>
        <p>
          <Link to="/account">{t('mail.unsubscribe.settings')}</Link>
        </p>
      </section>
    </>
  );
}
