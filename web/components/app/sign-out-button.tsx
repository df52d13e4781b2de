import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../../api/session';

/** Signs out, then shows the sign-in page saying so (the session is gone even if the server could not be reached). */
export function SignOutButton({ className = 'secondary' }: { className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut(() => {
    void navigate('/sign-in', { replace: true, state: { reason: 'signed-out' } });
  });
  return (
    <button
      type="button"
      className={className}
      disabled={signOut.isPending}
      onClick={() => {
        signOut.mutate();
      }}
    >
      {signOut.isPending ? t('account.shell.signingOut') : t('account.shell.signOut')}
    </button>
  );
}
