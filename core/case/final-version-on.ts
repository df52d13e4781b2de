/** What `finalVersionOn` needs of a plan version. */
export interface DatedVersion {
  readonly number: number;
  readonly status: 'draft' | 'final';
  readonly effectiveFrom: string | null;
}

/**
 * The final version of a plan in effect on `day`: the highest-numbered final version that took effect on or
 * before that day. When `day` is before every final version (a question about a time before the plan), the
 * latest final version answers, so a goal can still be read. Drafts never answer: they are not yet the plan.
 * Null when the plan has no final version.
 */
export function finalVersionOn<V extends DatedVersion>(versions: readonly V[], day: string): V | null {
  const finals = versions.filter((v) => v.status === 'final').sort((a, b) => a.number - b.number);
  const inEffect = finals.filter((v) => v.effectiveFrom !== null && v.effectiveFrom <= day);
  return inEffect.at(-1) ?? finals.at(-1) ?? null;
}
