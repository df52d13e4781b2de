import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedCalendarFeed } from '../../../core/schemas/calendar-feed';

/**
 * A new calendar feed link, shown this once (the server keeps only a hash of it): the full address in a box that
 * selects itself, a Copy button that says whether it worked, and where to paste it.
 */
export function CalendarFeedLink({ feed, onDone }: { feed: CreatedCalendarFeed; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = `${window.location.origin}${feed.path}`;
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
      <h3 ref={heading} id="calendar-link-title" tabIndex={-1}>
        {t('feeds.linkTitle')}
      </h3>
      <p>{t('feeds.linkIntro')}</p>
      <div className="field">
        <label htmlFor="calendar-feed-url">{t('feeds.linkLabel')}</label>
        <input
          ref={input}
          id="calendar-feed-url"
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
          {t('feeds.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('feeds.done')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {copyState === 'copied' ? t('feeds.copied') : copyState === 'failed' ? t('feeds.copyFailed') : null}
      </p>
    </div>
  );
}
