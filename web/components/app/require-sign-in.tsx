import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../api/session';
import { signInPath } from '../../case/next-path';

/**
 * The app's pages are for signed-in people: anyone else is sent to the sign-in page, which brings them back
 * to this address afterwards. A session that ended under the person (idle timeout) is said so there.
 */
export function RequireSignIn() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <p role="status">{t('account.checking')}</p>;
  if (session.isError) {
    return (
      <div role="alert">
        <p className="error">{t('account.sessionFailed', { message: session.error.message })}</p>
        <button type="button" className="secondary" onClick={() => void session.refetch()}>
          {t('account.tryAgain')}
        </button>
      </div>
    );
  }
  if (session.data.user === null) {
    if (session.data.ended === 'signed-out') {
      return <Navigate to="/sign-in" replace state={{ reason: 'signed-out' }} />;
    }
    const here = `${location.pathname}${location.search}${location.hash}`;
    return (
      <Navigate
        to={signInPath(here)}
        replace
        state={{ reason: session.data.ended === 'expired' ? 'session-ended' : 'needed' }}
      />
    );
  }
  return <Outlet />;
}
