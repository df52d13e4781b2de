import type { CitationRecord, DeadlineRule, ReminderRule } from './deadline-rule';
import { kindOrder } from './deadline-kinds';
import { FERPA_CITATIONS, FERPA_REMINDER_RULES } from './ferpa';
import { IDEA_ADDED_DEADLINE_RULES, IDEA_CITATIONS, IDEA_DEADLINE_RULES, IDEA_REMINDER_RULES } from './idea';
import { SECTION504_CITATIONS, SECTION504_DEADLINE_RULES, SECTION504_REMINDER_RULES } from './section504';
import type { StateRules } from './state-rules';
import { STATE_RULES } from './states';

/** Federal deadline rules (IDEA and OCR), in the contract's table order, then Binder's additions. */
export const FEDERAL_DEADLINE_RULES: readonly DeadlineRule[] = [
  ...IDEA_DEADLINE_RULES.slice(0, 8),
  ...SECTION504_DEADLINE_RULES,
  ...IDEA_DEADLINE_RULES.slice(8),
  ...IDEA_ADDED_DEADLINE_RULES,
];

/** Federal rules with no number (IDEA, Section 504, FERPA). */
export const FEDERAL_REMINDER_RULES: readonly ReminderRule[] = [
  ...IDEA_REMINDER_RULES,
  ...SECTION504_REMINDER_RULES,
  ...FERPA_REMINDER_RULES,
];

const STATES_BY_CODE = new Map<string, StateRules>(STATE_RULES.map((state) => [state.code, state]));

/** The rules that govern one jurisdiction. */
export interface JurisdictionRules {
  /** Upper-case code as given (`US`, `TX`, `AL`). */
  readonly jurisdiction: string;
  /** The state's own entry, when Binder has one. */
  readonly state: StateRules | undefined;
  /** False for a state without encoded deadline rules: federal rules stand in (`state-rules-missing`). */
  readonly hasStateRules: boolean;
  /** Federal rules with the state's replacing those of the same kind, plus the state's extra kinds. */
  readonly deadlineRules: readonly DeadlineRule[];
  readonly reminderRules: readonly ReminderRule[];
}

const cache = new Map<string, JurisdictionRules>();

/**
 * The rules for `US` or a state. A state rule replaces the federal rule of the same kind (the
 * federal one is then not listed); a state with no encoded deadline rules gets the federal rules.
 */
export function rulesForJurisdiction(code: string): JurisdictionRules {
  const asGiven = cache.get(code);
  if (asGiven !== undefined) return asGiven;
  const jurisdiction = code.toUpperCase();
  const known = cache.get(jurisdiction);
  if (known !== undefined) {
    cache.set(code, known);
    return known;
  }
  const state = STATES_BY_CODE.get(jurisdiction);
  const stateRules = state?.deadlineRules ?? [];
  const stateKinds = new Set(
    stateRules.filter((rule) => rule.appliesToCategory === undefined).map((rule) => rule.kind),
  );
  const deadlineRules = [...FEDERAL_DEADLINE_RULES.filter((rule) => !stateKinds.has(rule.kind)), ...stateRules].sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind),
  );
  const rules: JurisdictionRules = {
    jurisdiction,
    state,
    hasStateRules: jurisdiction === 'US' || stateRules.length > 0,
    deadlineRules,
    reminderRules: [...FEDERAL_REMINDER_RULES, ...(state?.reminderRules ?? [])],
  };
  cache.set(jurisdiction, rules);
  cache.set(code, rules);
  return rules;
}

/** Every state Binder has an entry for. */
export function encodedStates(): readonly StateRules[] {
  return STATE_RULES;
}

/** Every deadline rule: federal, then each state's. */
export function allDeadlineRules(): readonly DeadlineRule[] {
  return [...FEDERAL_DEADLINE_RULES, ...STATE_RULES.flatMap((state) => state.deadlineRules)];
}

/** Every reminder rule (rules with no number). */
export function allReminderRules(): readonly ReminderRule[] {
  return [...FEDERAL_REMINDER_RULES, ...STATE_RULES.flatMap((state) => state.reminderRules ?? [])];
}

/** The rule with this id (`idea.initial-evaluation`, `tx.initial-evaluation`), if any. */
export function findRule(id: string): DeadlineRule | ReminderRule | undefined {
  return [...allDeadlineRules(), ...allReminderRules()].find((rule) => rule.id === id);
}

/**
 * Every statement of law Binder holds as a citation record: the non-deadline provisions of IDEA,
 * Section 504/OCR and FERPA, the states' extra citations, and one record per deadline and reminder
 * rule (so each rule's citation is listed too).
 */
export function allCitationRecords(): readonly CitationRecord[] {
  const fromRules = [...allDeadlineRules(), ...allReminderRules()].map((rule): CitationRecord => ({
    id: rule.id,
    jurisdiction: rule.jurisdiction,
    source: rule.source,
    citation: rule.citation,
    summary: rule.summary,
    sourceUrl: rule.sourceUrl,
    status: rule.status,
  }));
  const onePlan = STATE_RULES.flatMap((state) =>
    state.onePlanPosition === undefined
      ? []
      : [
          {
            id: `${state.code.toLowerCase()}.one-plan-position`,
            jurisdiction: state.code,
            source: 'state' as const,
            citation: state.onePlanPosition.citation,
            summary: state.onePlanPosition.summary,
            sourceUrl: state.onePlanPosition.sourceUrl,
            status: state.onePlanPosition.status,
          },
        ],
  );
  return [
    ...fromRules,
    ...IDEA_CITATIONS,
    ...SECTION504_CITATIONS,
    ...FERPA_CITATIONS,
    ...STATE_RULES.flatMap((state) => state.citations ?? []),
    ...onePlan,
  ];
}

/** Every distinct citation string in the rules data, in first-seen order. */
export function allCitations(): string[] {
  return [...new Set(allCitationRecords().map((record) => record.citation))];
}

const CFR_SECTION = /(\d+)\s+CFR\s+(\d+\.\d+)|(?:^|[\s;,])(\d{2,3}\.\d+)/g;

/** The `34 CFR 300.502`-style sections a citation names (`34 CFR 300.510(b), 300.515(a)` → two). */
function cfrSections(citation: string): string[] {
  const sections: string[] = [];
  let title: string | undefined;
  for (const match of citation.matchAll(CFR_SECTION)) {
    if (match[1] !== undefined && match[2] !== undefined) {
      title = match[1];
      sections.push(`${title} CFR ${match[2]}`);
    } else if (match[3] !== undefined && title !== undefined) {
      sections.push(`${title} CFR ${match[3]}`);
    }
  }
  return sections;
}

let sectionIndex: Set<string> | undefined;

/**
 * True when the rules data holds this citation: the exact string, or — for CFR citations — the
 * same section (`34 CFR 300.502(b)` is found through the record for `34 CFR 300.502`). Other modules
 * use this to check that every citation they show exists in `core/law`.
 */
export function hasCitation(citation: string): boolean {
  const normalized = citation.trim().replace(/\s+/g, ' ');
  if (allCitations().includes(normalized)) return true;
  sectionIndex ??= new Set(allCitations().flatMap(cfrSections));
  const wanted = cfrSections(normalized);
  return wanted.length > 0 && wanted.every((section) => sectionIndex?.has(section) === true);
}
