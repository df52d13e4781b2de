import type { Framework } from '../schemas/student';

/** A plan's span as stored: in effect from `effectiveFrom` (inclusive) to `effectiveTo` (exclusive). */
export interface PlanSpan {
  readonly framework: Framework;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
}

/**
 * The framework of the plan in effect on `day` (docs/case-file-contract.md: the start day is in the span, the end day
 * is not). When both an IEP and a 504 plan are in effect the IEP is named: it is the stronger plan, and the
 * deadline engine reports the overlap as its own finding.
 */
export function planInEffect(plans: readonly PlanSpan[], day: string): Framework | null {
  const active = plans.filter(
    (p) => p.effectiveFrom !== null && p.effectiveFrom <= day && (p.effectiveTo === null || day < p.effectiveTo),
  );
  if (active.some((p) => p.framework === 'iep')) return 'iep';
  return active.length > 0 ? '504' : null;
}
