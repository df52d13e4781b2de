import type { CaseEvent } from '../schemas/case-file';
import type { Plan } from '../schemas/plan';

/**
 * The `plan-review-scheduled` events a child's plans imply: each final 504 plan version with a next
 * review date, dated the day that version took effect. The deadline engine turns the latest one into
 * a dated reminder (34 CFR 104.35(d)); the date itself is the plan's, not the law's.
 */
export function planReviewEvents(plans: readonly Plan[]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const plan of plans) {
    for (const version of plan.versions) {
      if (version.framework !== '504' || version.status !== 'final' || version.effectiveFrom === null) continue;
      const reviewDate = version.content.reviewDate;
      if (reviewDate === null) continue;
      events.push({ type: 'plan-review-scheduled', date: version.effectiveFrom, framework: '504', reviewDate });
    }
  }
  return events;
}
