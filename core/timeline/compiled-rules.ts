import { toEpochDay } from '../calendar/epoch-day';
import { kindName, kindOrder } from '../law/deadline-kinds';
import type { DeadlineRule, ReminderRule } from '../law/deadline-rule';
import type { LocalizedText } from '../law/rule-status';
import { conventionMask, conventionsFor } from './conventions';
import { RuleSentenceParts } from './explain-deadline';
import type { ConventionId } from './conventions';
import { compileMatches } from './match-events';
import type { CompiledMatches } from './match-events';

/**
 * What the engine reads from a deadline rule for every case, worked out once per rule instead of
 * once per case (docs/decisions/0026-engine-speed.md). Derived only from the rule, which is
 * immutable data, so it can never go stale.
 */
export interface CompiledRule {
  readonly rule: DeadlineRule;
  /** `rule.effectiveFrom` as a day number; -Infinity when the rule has no start date. */
  readonly effectiveFrom: number;
  /** The conventions the rule's deadlines list (one shared, frozen list). */
  readonly conventions: readonly ConventionId[];
  /** The same conventions as a bit set. */
  readonly conventionMask: number;
  /** Position of the rule's kind in the contract's table, for ordering ties. */
  readonly kindOrder: number;
  /**
   * The name of the rule's kind in each language, for the words of its missed deadlines: looked up once per rule
   * instead of by kind for every finding (docs/decisions/0064).
   */
  readonly kindName: LocalizedText;
  /** The patterns of the events that start its clocks (`trigger.events`; empty for other triggers). */
  readonly triggerEvents: CompiledMatches;
  /** `completedBy`, compiled. */
  readonly completedBy: CompiledMatches;
  /** `pause.from` and `pause.until`, compiled (empty without a pause). */
  readonly pauseFrom: CompiledMatches;
  readonly pauseUntil: CompiledMatches;
  /** The explanation's sentence parts by trigger type, built when first needed. */
  readonly sentenceParts: RuleSentenceParts;
}

/** A reminder rule with its event patterns compiled. */
export interface CompiledReminderRule {
  readonly rule: ReminderRule;
  readonly trigger: CompiledMatches;
  readonly resolvedBy: CompiledMatches;
}

const NO_MATCHES: CompiledMatches = [];

const byRule = new WeakMap<DeadlineRule, CompiledRule>();
const byList = new WeakMap<readonly DeadlineRule[], readonly CompiledRule[]>();

/**
 * A copy of a rule with every field present, always in this order (an absent optional field as `undefined`). Why:
 * the engine reads a dozen fields of a rule for every deadline, and the law modules' rules (literals with only the
 * fields they need, and `stateRule`'s spreads) come in many object shapes, which made every one of those reads
 * megamorphic (docs/decisions/0059). Only the engine sees the copy, and each field reads as on the original. The
 * type lists every field of `DeadlineRule`, so a new field cannot be left out.
 */
function inOneShape(rule: DeadlineRule): DeadlineRule {
  const shaped: { readonly [Key in keyof Required<DeadlineRule>]: DeadlineRule[Key] } = {
    id: rule.id,
    kind: rule.kind,
    jurisdiction: rule.jurisdiction,
    source: rule.source,
    summary: rule.summary,
    count: rule.count,
    basis: rule.basis,
    basisText: rule.basisText,
    yearsBeforeAge: rule.yearsBeforeAge,
    orOnEnteringGrade: rule.orOnEnteringGrade,
    breakExclusion: rule.breakExclusion,
    trigger: rule.trigger,
    completedBy: rule.completedBy,
    isCompletedOnlyByLaterEvent: rule.isCompletedOnlyByLaterEvent,
    isWhileIepInEffect: rule.isWhileIepInEffect,
    isWindow: rule.isWindow,
    obligedParty: rule.obligedParty,
    measuredTo: rule.measuredTo,
    shortenedByMeetingKinds: rule.shortenedByMeetingKinds,
    yearEnd: rule.yearEnd,
    pause: rule.pause,
    orWithin: rule.orWithin,
    effectiveFrom: rule.effectiveFrom,
    appliesToCategory: rule.appliesToCategory,
    replacesKind: rule.replacesKind,
    citation: rule.citation,
    sourceUrl: rule.sourceUrl,
    status: rule.status,
  };
  return shaped;
}

/** The compiled form of one rule (memoised per rule object). */
export function compileRule(rule: DeadlineRule): CompiledRule {
  let compiled = byRule.get(rule);
  if (compiled === undefined) {
    const shaped = inOneShape(rule);
    compiled = {
      rule: shaped,
      effectiveFrom: rule.effectiveFrom === undefined ? -Infinity : toEpochDay(rule.effectiveFrom),
      conventions: conventionsFor(rule),
      conventionMask: conventionMask(rule),
      kindOrder: kindOrder(rule.kind),
      kindName: kindName(rule.kind),
      triggerEvents: rule.trigger.from === 'events' ? compileMatches(rule.trigger.events) : NO_MATCHES,
      completedBy: compileMatches(rule.completedBy),
      pauseFrom: rule.pause === undefined ? NO_MATCHES : compileMatches(rule.pause.from),
      pauseUntil: rule.pause === undefined ? NO_MATCHES : compileMatches(rule.pause.until),
      sentenceParts: new RuleSentenceParts(shaped),
    };
    byRule.set(rule, compiled);
  }
  return compiled;
}

/** Each item of `list` compiled, in the same order, once per list object (lists are shared, not rebuilt per case). */
function compiledPerList<T extends object, C>(
  cache: WeakMap<readonly T[], readonly C[]>,
  list: readonly T[],
  compile: (item: T) => C,
): readonly C[] {
  let compiled = cache.get(list);
  if (compiled === undefined) {
    compiled = list.map(compile);
    cache.set(list, compiled);
  }
  return compiled;
}

/** The compiled forms of a list of rules, in the same order (memoised per list: a jurisdiction's list is shared). */
export function compileRules(rules: readonly DeadlineRule[]): readonly CompiledRule[] {
  return compiledPerList(byList, rules, compileRule);
}

const remindersByList = new WeakMap<readonly ReminderRule[], readonly CompiledReminderRule[]>();

function compileReminderRule(rule: ReminderRule): CompiledReminderRule {
  return { rule, trigger: compileMatches(rule.trigger), resolvedBy: compileMatches(rule.resolvedBy) };
}

/** The compiled forms of a list of reminder rules, in the same order (memoised per list, like {@link compileRules}). */
export function compileReminderRules(rules: readonly ReminderRule[]): readonly CompiledReminderRule[] {
  return compiledPerList(remindersByList, rules, compileReminderRule);
}
