import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../../../core/schemas/sharing';
import { formatDateTime } from '../../i18n/format-date-time';

/**
 * A new invitation's link, shown this once (the server keeps only a hash of it): the full address in a box
 * that selects itself, a Copy button that says whether it worked, and what the link allows (once, 7 days).
 */
export function InvitationLink({ invitation, onDone }: { invitation: CreatedInvitation; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = `${window.location.origin}${invitation.path}`;
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      input.current?.select();
      setCopyState('failed');
    }
  };
  return (
    <div className="invitation-link">
      <h4 ref={heading} id="invitation-link-title" tabIndex={-1}>
        {t('sharing.linkTitle')}
      </h4>
      {invitation.emailedTo === null ? null : (
        <p className="notice">{t('mail.invite.emailed', { email: invitation.emailedTo })}</p>
      )}
      <p>{t('sharing.linkIntro', { date: formatDateTime(invitation.expiresAt, i18n.language) })}</p>
      <div className="field">
        <label htmlFor="invitation-url">{t('sharing.linkLabel', { role: t(`roles.a.${invitation.role}`) })}</label>
        <input
          ref={input}
          id="invitation-url"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => {
            event.target.select();
          }}
        />
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('sharing.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('sharing.linkDone')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {copyState === 'copied' ? t('sharing.copied') : copyState === 'failed' ? t('sharing.copyFailed') : null}
      </p>
    </div>
  );
}
