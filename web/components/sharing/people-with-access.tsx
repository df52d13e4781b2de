import { useTranslation } from 'react-i18next';
import type { AccessGrant } from '../../../core/schemas/sharing';
import { formatDateTime } from '../../i18n/format-date-time';
import { ConfirmBox } from '../forms/confirm-box';

/**
 * The people who can open the child's record, each with their role and since when; "Remove access" (after a
 * confirmation) for everyone but the owner.
 */
export function PeopleWithAccess(props: {
  people: readonly AccessGrant[];
  currentUserId: string | null;
  childName: string;
  confirmingGrantId: string | null;
  isRemoving: boolean;
  onAskRemove: (grantId: string) => void;
  onConfirmRemove: (person: AccessGrant) => void;
  onCancelRemove: (grantId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="item-list">
      {props.people.map((person) => (
        <li key={person.grantId} className="card person-card">
          <h4>{person.userId === props.currentUserId ? `${person.name} ${t('sharing.you')}` : person.name}</h4>
          <p>
            <span className="badge">{t(`roles.name.${person.role}`)}</span> <bdi dir="ltr">{person.email}</bdi> ·{' '}
            {t('sharing.since', { date: formatDateTime(person.since, i18n.language) })}
          </p>
          {person.role === 'owner' ? null : props.confirmingGrantId === person.grantId ? (
            <ConfirmBox
              question={t('sharing.confirmRemove', { name: person.name, child: props.childName })}
              confirmLabel={t('sharing.confirmRemoveButton')}
              cancelLabel={t('sharing.keepAccess')}
              isPending={props.isRemoving}
              onConfirm={() => {
                props.onConfirmRemove(person);
              }}
              onCancel={() => {
                props.onCancelRemove(person.grantId);
              }}
            />
          ) : (
            <button
              type="button"
              id={`remove-${person.grantId}`}
              className="secondary"
              onClick={() => {
                props.onAskRemove(person.grantId);
              }}
            >
              {t('sharing.remove')}{' '}
              <span className="visually-hidden">{t('sharing.removeFor', { name: person.name })}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
