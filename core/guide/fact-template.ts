import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { Cited, LocalizedText } from '../law/rule-status';
import { LANGUAGES, textIn, type FullText, type Language } from '../progress/format-words';
import { combineCited } from './cited';
import { ageText, evaluationTimeLimit, jurisdictionLead, yearsText } from './jurisdiction-phrases';
import type { Voice } from './jurisdiction-phrases';

/**
 * Placeholders the comparison and the guide may write in their texts. Each is filled from
 * `JurisdictionFacts`, and the fact's own citation joins the statement's, so a state number never
 * appears without its source.
 */
export const FACT_PLACEHOLDERS = [
  'evaluationTimeLimit',
  'transitionAge',
  'majorityAge',
  'dueProcessYears',
  'onePlanPosition',
] as const;
export type FactPlaceholder = (typeof FACT_PLACEHOLDERS)[number];

interface Filling {
  readonly text: FullText;
  readonly source: Cited | null;
}

function fillingOf(name: FactPlaceholder, facts: JurisdictionFacts, voice: Voice): Filling {
  switch (name) {
    case 'evaluationTimeLimit': {
      const lead = jurisdictionLead(facts);
      const limit = evaluationTimeLimit(facts, voice);
      return {
        text: {
          en: `${lead.en}, the time limit is ${limit.en}`,
          es: `${lead.es}, el plazo es de ${limit.es}`,
          vi: `${lead.vi}, thời hạn là ${limit.vi}`,
          'zh-Hans': `${lead['zh-Hans']}，期限为${limit['zh-Hans']}`,
          ar: `${lead.ar}، المهلة هي ${limit.ar}`,
        },
        source: facts.initialEvaluation,
      };
    }
    case 'transitionAge':
      return { text: ageText(facts.transitionAge.age), source: facts.transitionAge };
    case 'majorityAge':
      return { text: ageText(facts.ageOfMajority.age), source: facts.ageOfMajority };
    case 'dueProcessYears':
      return { text: yearsText(facts.dueProcessLimitation.years), source: facts.dueProcessLimitation };
    case 'onePlanPosition': {
      const position = facts.onePlanPosition;
      if (position === null) return { text: { en: '', es: '', vi: '', 'zh-Hans': '', ar: '' }, source: null };
      const lead = jurisdictionLead(facts);
      const summary = (language: Language) => textIn(position.summary, language);
      return {
        text: {
          en: `${lead.en}: ${summary('en')}`,
          es: `${lead.es}: ${summary('es')}`,
          vi: `${lead.vi}: ${summary('vi')}`,
          'zh-Hans': `${lead['zh-Hans']}：${summary('zh-Hans')}`,
          ar: `${lead.ar}: ${summary('ar')}`,
        },
        source: position,
      };
    }
  }
}

function isFactPlaceholder(name: string): name is FactPlaceholder {
  return (FACT_PLACEHOLDERS as readonly string[]).includes(name);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A text with its placeholders filled, and the sources it now rests on. */
export interface FilledText {
  readonly text: LocalizedText;
  /** The base sources plus those of every fact used, each with its own status. */
  readonly sources: readonly Cited[];
  /** All sources as one citation (weakest status); null when there are none. */
  readonly cited: Cited | null;
  /** True when at least one placeholder was filled from the state's facts. */
  readonly isStateSpecific: boolean;
}

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): FactPlaceholder[] {
  const found: FactPlaceholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (isFactPlaceholder(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * Fills `{placeholders}` from `facts` in every reading language; the citations of the facts used are joined to
 * `base` (statuses: the weakest wins). Unknown `{names}` are left as they are, for tests to catch.
 */
export function fillFactTemplate(
  text: LocalizedText,
  base: readonly Cited[],
  facts: JurisdictionFacts,
  voice: Voice,
): FilledText {
  const used = placeholdersIn(LANGUAGES.map((language) => textIn(text, language)).join(' '));
  const fills = new Map(used.map((name) => [name, fillingOf(name, facts, voice)] as const));
  const fill = (language: Language): string =>
    textIn(text, language).replace(PLACEHOLDER, (whole, name: string) =>
      isFactPlaceholder(name) ? (fills.get(name)?.text[language] ?? whole) : whole,
    );
  const sources = [...base];
  for (const filling of fills.values()) if (filling.source !== null) sources.push(filling.source);
  return {
    text: { en: fill('en'), es: fill('es'), vi: fill('vi'), 'zh-Hans': fill('zh-Hans'), ar: fill('ar') },
    sources,
    cited: sources.length === 0 ? null : combineCited(sources),
    isStateSpecific: used.length > 0,
  };
}
