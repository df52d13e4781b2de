/**
 * How sure we are of a rule, as docs/legal-sources.md ("Confirmation status")
 * defines it: the text read, secondary sources only, a third-party dataset, or sources that conflict.
 * Every deadline, finding and explanation shows it, so a family knows what to double-check.
 */
export const RULE_STATUSES = ['confirmed', 'confirmed-secondary', 'dataset', 'unconfirmed'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Text in every language the app speaks. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
  readonly vi?: string;
  readonly 'zh-Hans'?: string;
  readonly ar?: string;
}

/** The text with its first letter upper-cased in each language ("access to records" → "Access to records"). */
export function capitalized(text: LocalizedText): LocalizedText {
  const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return { en: up(text.en), es: up(text.es) };
}

/** A statement of law with where it comes from. */
export interface Cited {
  readonly citation: string;
  readonly status: RuleStatus;
}
