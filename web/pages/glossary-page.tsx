import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GLOSSARY } from '../../core/glossary/glossary';
import { PageTitle } from '../components/app/page-title';
import { localized } from '../i18n/localized';
import { leftToRightIn } from '../i18n/languages';

/** Every glossary term in plain language, in the interface's language, in alphabetical order. */
export function GlossaryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { hash } = useLocation();
  const entries = [...GLOSSARY].sort((a, b) =>
    localized(a.term, language).localeCompare(localized(b.term, language), language),
  );
  useEffect(() => {
    // A link to one term (`/glossary#lre`) opens the page at that term.
    if (hash.length > 1) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <>
      <PageTitle>{t('glossary.title')}</PageTitle>
      <p className="lead">{t('glossary.intro')}</p>
      <dl className="glossary">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary-entry">
            <dt>
              <dfn>{localized(entry.term, language)}</dfn>
              {localized(entry.term, language) === localized(entry.expansion, language) ? null : (
                <span className="glossary-expansion"> — {localized(entry.expansion, language)}</span>
              )}
            </dt>
            <dd>
              <p>{localized(entry.explanation, language)}</p>
              {entry.citation === undefined ? null : (
                <p>{t('glossary.citation', { citation: leftToRightIn(language, entry.citation) })}</p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
