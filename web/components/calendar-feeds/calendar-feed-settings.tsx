import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedCalendarFeed } from '../../../core/schemas/calendar-feed';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/calendar-feeds';
import { useFamilies } from '../../api/families';
import { formatDateTime } from '../../i18n/format-date-time';
import { isLanguage, LANGUAGES, OWN_NAMES, type Language } from '../../i18n/languages';
import { SelectField } from '../forms/select-field';
import { CalendarFeedLink } from './calendar-feed-link';

const ALL = 'all';

/**
 * Calendar feeds on the account page (docs/decisions/0039): make a private link for every child or one child,
 * in any of the five reading languages; see the working links (never their tokens again) and revoke any of them.
 */
export function CalendarFeedSettings() {
  const { t, i18n } = useTranslation();
  const feeds = useCalendarFeeds();
  const families = useFamilies();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [which, setWhich] = useState(ALL);
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const children = (families.data ?? []).flatMap((family) => family.students);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setMessage(null);
    create.mutate(
      { studentId: which === ALL ? null : which, language },
      {
        onSuccess: (feed) => {
          setCreated(feed);
        },
        onError: (error) => {
          setMessage({ text: t('feeds.createFailed', { message: error.message }), isError: true });
        },
      },
    );
  };
  const revokeFeed = (feedId: string) => {
    setMessage(null);
    revoke.mutate(feedId, {
      onSuccess: () => {
        setMessage({ text: t('feeds.revoked'), isError: false });
      },
      onError: (error) => {
        setMessage({ text: t('feeds.revokeFailed', { message: error.message }), isError: true });
      },
    });
  };

  return (
    <section className="card narrow-card" aria-labelledby="calendar-feeds-title">
      <h2 id="calendar-feeds-title">{t('feeds.title')}</h2>
      <p>{t('feeds.intro')}</p>
      <p>{t('feeds.privacy')}</p>
      {created === null ? (
        <form className="stack" noValidate onSubmit={submit}>
          <SelectField
            id="calendar-feed-which"
            label={t('feeds.which')}
            value={which}
            options={[
              { value: ALL, label: t('feeds.allChildren') },
              ...children.map((child) => ({ value: child.id, label: `${child.givenName} ${child.familyName}` })),
            ]}
            onChange={setWhich}
          />
          <SelectField
            id="calendar-feed-language"
            label={t('feeds.language')}
            value={language}
            options={LANGUAGES.map((code) => ({ value: code, label: OWN_NAMES[code] }))}
            onChange={(value) => {
              if (isLanguage(value)) setLanguage(value);
            }}
          />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={create.isPending}>
              {create.isPending ? t('feeds.creating') : t('feeds.create')}
            </button>
          </div>
        </form>
      ) : (
        <CalendarFeedLink
          feed={created}
          onDone={() => {
            setCreated(null);
          }}
        />
      )}
      <h3 id="calendar-feed-list-title">{t('feeds.listTitle')}</h3>
      {feeds.isError ? <p role="alert">{t('feeds.loadFailed', { message: feeds.error.message })}</p> : null}
      {feeds.data === undefined ? null : feeds.data.length === 0 ? (
        <p>{t('feeds.none')}</p>
      ) : (
        <ul className="item-list" aria-labelledby="calendar-feed-list-title">
          {feeds.data.map((feed) => {
            const made = formatDateTime(feed.createdAt, i18n.language);
            return (
              <li key={feed.id} className="calendar-feed">
                <p>
                  <strong>
                    {feed.studentId === null
                      ? t('feeds.forAll')
                      : feed.works
                        ? t('feeds.forChild', { name: feed.childGivenName ?? '' })
                        : t('feeds.noLongerWorks')}
                  </strong>
                </p>
                <p>{t('feeds.madeOn', { date: made, language: OWN_NAMES[feed.language] })}</p>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('feeds.revokeLabel', { date: made })}
                  aria-disabled={revoke.isPending}
                  onClick={() => {
                    if (!revoke.isPending) revokeFeed(feed.id);
                  }}
                >
                  {t('feeds.revoke')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
      </div>
    </section>
  );
}
