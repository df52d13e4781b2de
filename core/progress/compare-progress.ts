import type { ProgressDirection } from '../schemas/progress';

/** Where a value stands against a reference, from the student's point of view. */
export type Standing = 'better' | 'worse' | 'equal';

/**
 * Compares `value` with `reference` for a goal's direction, so every "above/below" judgement of the spec is
 * written once and mirrored for `decrease` goals. Slopes, aim values and projections are computed in floating
 * point (days / 7 is rarely exact), so differences within a relative 1e-9 count as equal: a point that is on
 * the aim line on paper stays "on the line" here.
 */
export function compareProgress(value: number, reference: number, direction: ProgressDirection): Standing {
  const difference = direction === 'increase' ? value - reference : reference - value;
  const tolerance = 1e-9 * Math.max(1, Math.abs(value), Math.abs(reference));
  if (difference > tolerance) return 'better';
  if (difference < -tolerance) return 'worse';
  return 'equal';
}
