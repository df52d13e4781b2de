import type { CountBasis, JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LocalizedText } from '../law/rule-status';

/** Who a sentence is addressed from: the comparison is neutral, the guide speaks to the parent, letters are the parent. */
export type Voice = 'neutral' | 'you' | 'me';

const BASIS_LABELS: Readonly<Record<CountBasis, LocalizedText>> = {
  'calendar-days': { en: 'calendar days', es: 'días calendario' },
  'school-days': { en: 'school days', es: 'días escolares' },
  'business-days': { en: 'business days', es: 'días hábiles' },
  'instructional-days': { en: 'instructional days', es: 'días de instrucción' },
};

/** "45 school days" / "45 días escolares". */
export function dayCount(count: number, basis: CountBasis): LocalizedText {
  const label = BASIS_LABELS[basis];
  return { en: `${String(count)} ${label.en}`, es: `${String(count)} ${label.es}` };
}

/** True when federal rules speak for this jurisdiction: the US itself, or a state with no encoded rules. */
export function isFederalStandIn(facts: JurisdictionFacts): boolean {
  return facts.jurisdiction === 'US' || !facts.hasEncodedRules;
}

/** "In Texas" / "Under federal rules", to open a sentence about the state's numbers. */
export function jurisdictionLead(facts: JurisdictionFacts): LocalizedText {
  if (facts.jurisdiction === 'US') return { en: 'Under federal rules', es: 'Según las normas federales' };
  if (!facts.hasEncodedRules) {
    return {
      en: `In ${facts.name.en} (federal rules; no state rules on file)`,
      es: `En ${facts.name.es} (normas federales; no tenemos las normas del estado)`,
    };
  }
  return { en: `In ${facts.name.en}`, es: `En ${facts.name.es}` };
}

// Spanish starts are written "del día ..." so that "a partir" + start contracts correctly.
const CLOCK_START: Readonly<
  Record<JurisdictionFacts['initialEvaluation']['clockStart'], Record<Voice, LocalizedText>>
> = {
  consent: {
    neutral: {
      en: "the day the district receives the parent's written consent",
      es: 'del día en que el distrito recibe el consentimiento por escrito de los padres',
    },
    you: {
      en: 'the day the district receives your written consent',
      es: 'del día en que el distrito recibe su consentimiento por escrito',
    },
    me: { en: 'the day it receives my written consent', es: 'del día en que reciba mi consentimiento por escrito' },
  },
  referral: {
    neutral: { en: 'the day the district receives the referral', es: 'del día en que el distrito recibe la remisión' },
    you: {
      en: 'the day the district receives the referral (your written request can be it)',
      es: 'del día en que el distrito recibe la remisión (su solicitud por escrito puede serlo)',
    },
    me: { en: 'the day it receives this written request', es: 'del día en que reciba esta solicitud por escrito' },
  },
};

/** The length and start of the state's initial-evaluation clock: "45 school days from the day it receives my written consent". */
export function evaluationClock(facts: JurisdictionFacts, voice: Voice): LocalizedText {
  const rule = facts.initialEvaluation;
  const days = dayCount(rule.count, rule.basis);
  const start = CLOCK_START[rule.clockStart][voice];
  if (rule.orWithin !== undefined) {
    const other = dayCount(rule.orWithin.count, rule.orWithin.basis);
    return {
      en: `${days.en} or ${other.en}, whichever ends first, from ${start.en}`,
      es: `${days.es} o ${other.es}, lo que termine antes, a partir ${start.es}`,
    };
  }
  return { en: `${days.en} from ${start.en}`, es: `${days.es} a partir ${start.es}` };
}

/**
 * The state's initial-evaluation time limit as a phrase, with what must be done by then: "45 school
 * days from the day the district receives your written consent; by that date: …". `measuredTo` in the
 * rules data speaks to the parent, so this suits the guide and the comparison, not the letters.
 */
export function evaluationTimeLimit(facts: JurisdictionFacts, voice: Voice): LocalizedText {
  const clock = evaluationClock(facts, voice);
  const measuredTo = facts.initialEvaluation.measuredTo;
  return {
    en: `${clock.en}; by that date: ${clause(measuredTo.en)}`,
    es: `${clock.es}; para esa fecha: ${clause(measuredTo.es)}`,
  };
}

/** An age as it reads in a sentence: "14", "14 and a half" / "14 años", "14 años y medio". */
export function ageText(age: number): LocalizedText {
  const whole = Math.floor(age);
  if (age - whole === 0.5) return { en: `${String(whole)} and a half`, es: `${String(whole)} años y medio` };
  return { en: String(age), es: `${String(age)} años` };
}

/** "2 years" / "2 años" (and the singular). */
export function yearsText(years: number): LocalizedText {
  return years === 1 ? { en: '1 year', es: '1 año' } : { en: `${String(years)} years`, es: `${String(years)} años` };
}

/**
 * A sentence-initial phrase made fit to follow a colon: the first letter is lowered unless the first
 * word looks like an acronym ("IEP developed" stays as it is).
 */
export function clause(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  const [first, second] = [trimmed.charAt(0), trimmed.charAt(1)];
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return trimmed;
  return first.toLowerCase() + trimmed.slice(1);
}
