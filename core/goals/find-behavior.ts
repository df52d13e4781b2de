import type { FoundText, GoalLanguage } from '../schemas/goal-check';
import type { BehaviorLexicon } from './goal-lexicon';
import { tokenize } from './text-patterns';
import type { Token } from './text-patterns';

/** Spanish futures that are not the infinitive plus "-á" (and their compounds used in goals). */
const IRREGULAR_FUTURES_ES: Readonly<Record<string, string>> = {
  dirá: 'decir',
  predirá: 'predecir',
  hará: 'hacer',
  rehará: 'rehacer',
  pondrá: 'poner',
  compondrá: 'componer',
  propondrá: 'proponer',
  saldrá: 'salir',
  tendrá: 'tener',
  mantendrá: 'mantener',
  obtendrá: 'obtener',
  detendrá: 'detener',
  abstendrá: 'abstener',
  podrá: 'poder',
  sabrá: 'saber',
  querrá: 'querer',
  vendrá: 'venir',
  valdrá: 'valer',
  cabrá: 'caber',
  habrá: 'haber',
  irá: 'ir',
};

/** The words of a goal's main verb phrase once the future marker and adverbs are stepped over. */
interface VerbCandidate {
  /** Where the phrase starts ("will", "podrá", or the future verb itself). */
  readonly start: Token;
  readonly verb: Token;
  /** The verb's dictionary form (English base form, Spanish infinitive). */
  readonly lemma: string;
  readonly isNegated: boolean;
}

/**
 * The observable behavior of a goal: the first "will + verb" (Spanish: a future-tense verb, or "podrá / va a /
 * será capaz de" + infinitive) whose verb a stranger could see and count. Verbs of the mind ("understand"),
 * vague change ("improve") and dead-man verbs ("will not", "will remain") do not count; "increase/decrease"
 * count only with a target number ("from 40 to 90"). A verb on neither list gets the benefit of the doubt.
 * `isFlagged` lets the caller veto a verb phrase its vague-word list already caught ("demonstrate appropriate
 * behavior").
 */
export function findBehavior(
  text: string,
  language: GoalLanguage,
  lexicon: BehaviorLexicon,
  isFlagged: (span: { readonly start: number; readonly end: number }) => boolean = () => false,
): FoundText | null {
  const tokens = tokenize(text);
  const candidates = language === 'en' ? englishCandidates(tokens, lexicon) : spanishCandidates(tokens, lexicon);
  for (const candidate of candidates) {
    if (candidate.isNegated || isListed(candidate.lemma, lexicon.deadMan)) continue;
    if (isListed(candidate.lemma, lexicon.notObservable)) continue;
    if (isListed(candidate.lemma, lexicon.change) && !hasTarget(text.slice(candidate.verb.end), language)) continue;
    const start = candidate.start.start;
    if (isFlagged({ start, end: candidate.verb.end })) continue;
    return { text: text.slice(start, candidate.verb.end), start, end: candidate.verb.end };
  }
  return null;
}

function englishCandidates(tokens: readonly Token[], lexicon: BehaviorLexicon): VerbCandidate[] {
  const candidates: VerbCandidate[] = [];
  tokens.forEach((token, i) => {
    if (token.word !== 'will' && token.word !== 'shall') return;
    const j = skipModifiers(tokens, i + 1, lexicon, (word) => word.length > 4 && word.endsWith('ly'));
    const verb = tokens[j];
    if (verb === undefined) return;
    candidates.push({ start: token, verb, lemma: verb.word, isNegated: false });
  });
  return candidates;
}

function spanishCandidates(tokens: readonly Token[], lexicon: BehaviorLexicon): VerbCandidate[] {
  const candidates: VerbCandidate[] = [];
  const isAdverb = (word: string): boolean => word.endsWith('mente');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const next = tokens[i + 1]?.word;
    const previous = tokens[i - 1]?.word;
    const isNegated = previous === 'no' || previous === 'nunca';
    let infinitiveAt: number | null = null;
    if (token.word === 'podrá' || token.word === 'podrán') infinitiveAt = i + 1;
    else if ((token.word === 'será' || token.word === 'serán') && (next === 'capaz' || next === 'capaces'))
      infinitiveAt = i + 3;
    else if ((token.word === 'va' || token.word === 'van') && next === 'a') infinitiveAt = i + 2;
    if (infinitiveAt !== null) {
      const j = skipModifiers(tokens, infinitiveAt, lexicon, isAdverb);
      const verb = tokens[j];
      if (verb !== undefined && /(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?$/u.test(verb.word)) {
        candidates.push({ start: token, verb, lemma: stripClitic(verb.word), isNegated });
        i = j;
      }
      continue;
    }
    const lemma = futureToInfinitive(token.word);
    if (lemma !== null) candidates.push({ start: token, verb: token, lemma, isNegated });
  }
  return candidates;
}

/** Steps over adverbs and fillers ("independently", "be able to", "de forma independiente"), at most five words. */
function skipModifiers(
  tokens: readonly Token[],
  from: number,
  lexicon: BehaviorLexicon,
  isAdverb: (word: string) => boolean,
): number {
  let j = from;
  for (let steps = 0; steps < 5; steps++) {
    const word = tokens[j]?.word;
    if (word === undefined) break;
    const isVerb = [lexicon.observable, lexicon.notObservable, lexicon.change, lexicon.deadMan].some((list) =>
      isListed(word, list),
    );
    if (!isVerb && (lexicon.skip.includes(word) || isAdverb(word))) j++;
    else if (word === 'be' && tokens[j + 1]?.word === 'able' && tokens[j + 2]?.word === 'to') j += 3;
    else break;
  }
  return j;
}

/** "leerá" → "leer", "dirán" → "decir"; null when the word is not a future-tense verb. */
function futureToInfinitive(word: string): string | null {
  const singular = word.endsWith('rán') ? word.slice(0, -1) : word;
  const irregular = IRREGULAR_FUTURES_ES[singular];
  if (irregular !== undefined) return irregular;
  if (singular.length >= 4 && singular.endsWith('rá')) return singular.slice(0, -1);
  return null;
}

function stripClitic(word: string): string {
  const match = /^(.+?(?:ar|er|ir|ír))(?:se|lo|la|los|las|le|les)?$/u.exec(word);
  return match?.[1] ?? word;
}

/** Lists hold dictionary forms; Spanish reflexives appear with "-se" ("abstenerse", "quedarse"). */
function isListed(lemma: string, list: readonly string[]): boolean {
  return list.includes(lemma) || list.includes(`${lemma}se`);
}

/** A target number after a change verb: "from 40 to 90", "to 3 or fewer", "de 40 a 90", "hasta 3". */
function hasTarget(rest: string, language: GoalLanguage): boolean {
  const clause = rest.split(/[.;]/u)[0] ?? '';
  return language === 'en' ? /\b(?:from|to|by)\s+\d/u.test(clause) : /(?:^|\s)(?:de|a|hasta|en)\s+\d/u.test(clause);
}
