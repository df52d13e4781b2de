import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useSession } from '../api/session';
import { useAcceptInvitation, useInvitationPreview } from '../api/sharing';
import type { InvitationPreview } from '../../core/schemas/sharing';
import { signInPath } from '../case/next-path';
import { PageTitle } from '../components/app/page-title';
import { formatDateTime } from '../i18n/format-date-time';

type Refusal = 'expired' | 'used' | 'revoked' | 'unknown' | 'alreadyHave';

/** Why an invitation cannot be used, from the server's answer (410 with a code, 404, 409) or its status. */
function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'invitation-expired') return 'expired';
  if (error.code === 'invitation-used') return 'used';
  if (error.code === 'invitation-revoked') return 'revoked';
  if (error.status === 409) return 'alreadyHave';
  if (error.status === 404) return 'unknown';
  return null;
}

function refusalOfStatus(status: InvitationPreview['status']): Refusal | null {
  if (status === 'expired') return 'expired';
  if (status === 'accepted') return 'used';
  if (status === 'revoked') return 'revoked';
  return null;
}

function RefusalMessage({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={refusal === 'alreadyHave' ? 'notice' : 'error'}>{t(`invitation.${refusal}`)}</p>
      <p>
        <Link to="/children">{t('invitation.seeChildren')}</Link>
      </p>
    </>
  );
}

/** The offer itself: who invited, which child, which role and what it allows, until when; and "Accept". */
function InvitationOffer({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const refusal = accept.isError ? refusalOf(accept.error) : null;
  return (
    <section className="card narrow-card" aria-labelledby="offer-title">
      <h2 id="offer-title">
        {t('invitation.offer', {
          inviter: preview.invitedByName ?? t('invitation.someone'),
          child: preview.childGivenName,
          role: t(`roles.as.${preview.role}`),
        })}
      </h2>
      <h3>{t('invitation.youCan')}</h3>
      <p>{t(`roles.can.${preview.role}`)}</p>
      <p>{t('invitation.expires', { date: formatDateTime(preview.expiresAt, i18n.language) })}</p>
      {refusal === null ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={accept.isPending}
            onClick={() => {
              accept.mutate(token, {
                onSuccess: (accepted) => {
                  void navigate(`/students/${encodeURIComponent(accepted.studentId)}`);
                },
              });
            }}
          >
            {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {refusal !== null ? <RefusalMessage refusal={refusal} /> : null}
        {accept.isError && refusal === null ? (
          <p className="error">{t('invitation.acceptFailed', { message: accept.error.message })}</p>
        ) : null}
      </div>
    </section>
  );
}

/**
 * `/invite/:token`: a visitor is asked to sign in or create an account (and comes back here); a signed-in
 * person sees the invitation and accepts it, or reads plainly why the link no longer works.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const session = useSession();
  const isSignedIn = session.data?.user != null;
  const preview = useInvitationPreview(token, isSignedIn);
  const here = `/invite/${encodeURIComponent(token)}`;

  let body;
  if (session.isPending) {
    body = <p role="status">{t('account.checking')}</p>;
  } else if (!isSignedIn) {
    body = (
      <section className="card narrow-card">
        <p>{t('invitation.signedOut')}</p>
        <div className="actions">
          <Link className="button-link primary" to={signInPath(here)}>
            {t('account.shell.signIn')}
          </Link>
          <Link className="button-link secondary-link" to={signInPath(here, 'create-account')}>
            {t('account.shell.createAccount')}
          </Link>
        </div>
      </section>
    );
  } else if (preview.isPending) {
    body = <p role="status">{t('invitation.loading')}</p>;
  } else if (preview.isError) {
    const refusal = refusalOf(preview.error);
    body =
      refusal === null ? (
        <p className="error">{t('invitation.failed', { message: preview.error.message })}</p>
      ) : (
        <RefusalMessage refusal={refusal} />
      );
  } else {
    const refusal = refusalOfStatus(preview.data.status);
    body =
      refusal === null ? (
        <InvitationOffer token={token} preview={preview.data} />
      ) : (
        <RefusalMessage refusal={refusal} />
      );
  }
  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      {body}
    </>
  );
}
