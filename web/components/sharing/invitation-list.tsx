import { useTranslation } from 'react-i18next';
import type { InvitationSummary } from '../../../core/schemas/sharing';
import { formatDateTime } from '../../i18n/format-date-time';

/** The record's invitation links: for whom (role), when made, and whether still open; open ones can be cancelled. */
export function InvitationList(props: {
  invitations: readonly InvitationSummary[];
  cancellingId: string | null;
  onCancel: (invitation: InvitationSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  if (props.invitations.length === 0) return <p>{t('sharing.noInvitations')}</p>;
  const when = (instant: string) => formatDateTime(instant, i18n.language);
  const statusText = (invitation: InvitationSummary): string => {
    switch (invitation.status) {
      case 'open':
        return t('sharing.status.open', { date: when(invitation.expiresAt) });
      case 'accepted':
        return invitation.acceptedByName === null
          ? t('sharing.status.acceptedNoName')
          : t('sharing.status.accepted', { name: invitation.acceptedByName });
      case 'revoked':
        return t('sharing.status.revoked');
      case 'expired':
        return t('sharing.status.expired', { date: when(invitation.expiresAt) });
    }
  };
  return (
    <ul className="item-list">
      {props.invitations.map((invitation) => {
        const role = t(`roles.a.${invitation.role}`);
        return (
          <li key={invitation.id} className="card">
            <h4>{t('sharing.invitationRole', { role })}</h4>
            <p>
              <time dateTime={invitation.createdAt}>{when(invitation.createdAt)}</time> · {statusText(invitation)}
            </p>
            {invitation.note === null || invitation.note === '' ? null : (
              <p className="summary-text">{t('sharing.invitationNote', { note: invitation.note })}</p>
            )}
            {invitation.status === 'open' ? (
              <button
                type="button"
                className="secondary"
                disabled={props.cancellingId === invitation.id}
                onClick={() => {
                  props.onCancel(invitation);
                }}
              >
                {t('sharing.cancelInvitation')}{' '}
                <span className="visually-hidden">{t('sharing.cancelInvitationFor', { role })}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
