import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GLOSSARY, glossaryEntry, type GlossaryEntry } from '../../../core/glossary/glossary';
import { localized } from '../../i18n/localized';

/**
 * A term linked to its glossary entry. The visible text stays the term itself (screen readers read it as it
 * is written); the expansion is the abbreviation's title and the glossary page says the rest.
 */
export function GlossaryTerm({ id, children }: { id: string; children?: ReactNode }) {
  const { i18n } = useTranslation();
  const entry = glossaryEntry(id);
  if (entry === undefined) return <>{children}</>;
  const term = localized(entry.term, i18n.language);
  return (
    <Link to={`/glossary#${entry.id}`} className="glossary-term">
      <abbr title={localized(entry.expansion, i18n.language)}>{children ?? term}</abbr>
    </Link>
  );
}

/** Whole-word matches of a glossary term, as the glossary writes it (case-sensitive: "IEP" links, "iep" does not). */
function termPattern(entries: readonly GlossaryEntry[], language: string): RegExp {
  const escaped = entries
    .map((entry) => localized(entry.term, language))
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\d])(${escaped.join('|')})(?![\\p{L}\\d])`, 'gu');
}

/** Plain text with the first mention of each glossary term linked to its entry. */
export function GlossaryText({ text }: { text: string }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const byTerm = new Map(GLOSSARY.map((entry) => [localized(entry.term, language), entry]));
  const linked = new Set<string>();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(termPattern(GLOSSARY, language))) {
    const term = match[0];
    const entry = byTerm.get(term);
    if (entry === undefined || linked.has(entry.id)) continue;
    linked.add(entry.id);
    parts.push(
      text.slice(last, match.index),
      <GlossaryTerm key={`${entry.id}-${String(match.index)}`} id={entry.id}>
        {term}
      </GlossaryTerm>,
    );
    last = match.index + term.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
