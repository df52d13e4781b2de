import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordSearch } from '../../api/documents';
import { formatDate } from '../../i18n/format-date';
import { readingLanguageOf } from '../../i18n/languages';

/**
 * The search over a child's documents, notes, messages, letters and plans. Snippets arrive as parts, the
 * matched words flagged: they are shown in <mark> from data, never as HTML from the server.
 */
export function RecordSearch({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  // The server stems the query in the reader's language (core/schemas/document.ts takes all five).
  const language = readingLanguageOf(i18n.language);
  const search = useRecordSearch(studentId, query, language);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };
  return (
    <section aria-labelledby="record-search-title">
      <h3 id="record-search-title">{t('documents.searchTitle')}</h3>
      <form role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="record-search-q">{t('documents.searchLabel')}</label>
          <input
            id="record-search-q"
            type="search"
            maxLength={200}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
        </div>
        <button type="submit">{t('documents.searchButton')}</button>
      </form>
      <div role="status" aria-live="polite">
        {query === '' ? null : search.isError ? (
          <p>{t('documents.searchFailed', { message: search.error.message })}</p>
        ) : search.data === undefined || search.isFetching ? (
          <p>{t('documents.searching')}</p>
        ) : search.data.length === 0 ? (
          <p>{t('documents.noHits', { q: query })}</p>
        ) : (
          <p>{t('documents.hits', { count: search.data.length, q: query })}</p>
        )}
      </div>
      {query === '' || search.data === undefined || search.data.length === 0 ? null : (
        <ol className="search-hits">
          {search.data.map((hit, index) => (
            <li key={`${hit.source}-${hit.id}-${String(index)}`}>
              <p>
                <strong>{hit.title === '' ? t(`documents.source.${hit.source}`) : hit.title}</strong>{' '}
                <span>
                  ({t(`documents.source.${hit.source}`)}
                  {hit.date === null ? '' : `, ${formatDate(hit.date, i18n.language)}`})
                </span>
              </p>
              <p className="snippet">
                {hit.snippet.map((part, partIndex) =>
                  part.match ? <mark key={partIndex}>{part.text}</mark> : <span key={partIndex}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
