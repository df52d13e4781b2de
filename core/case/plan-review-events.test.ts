import { describe, expect, it } from 'vitest';
import type { Plan } from '../schemas/plan';
import { plan504ContentSchema } from '../schemas/plan-504';
import { computeTimeline } from '../timeline/compute-timeline';
import { planReviewEvents } from './plan-review-events';

const version = (
  number: number,
  status: 'draft' | 'final',
  effectiveFrom: string | null,
  reviewDate: string | null,
) => ({
  id: `v${String(number)}`,
  planId: 'p504',
  number,
  status,
  reason: 'initial' as const,
  effectiveFrom,
  meetingId: null,
  createdAt: '2025-10-01T00:00:00.000Z',
  updatedAt: '2025-10-01T00:00:00.000Z',
  finalizedAt: status === 'final' ? '2025-10-01T00:00:00.000Z' : null,
  framework: '504' as const,
  content: plan504ContentSchema.parse({ reviewDate }),
});

/** A fictional child's 504 plan: final version from 20 Oct 2025 (review 20 Oct 2026), and a draft. */
const PLAN: Plan = {
  id: 'p504',
  studentId: 's1',
  framework: '504',
  effectiveFrom: '2025-10-20',
  effectiveTo: null,
  createdAt: '2025-10-01T00:00:00.000Z',
  versions: [version(1, 'final', '2025-10-20', '2026-10-20'), version(2, 'draft', null, '2027-01-15')],
};

describe('a 504 plan’s next review date', () => {
  it('comes from final versions only, dated when the version took effect', () => {
    expect(planReviewEvents([PLAN])).toEqual([
      { type: 'plan-review-scheduled', date: '2025-10-20', framework: '504', reviewDate: '2026-10-20' },
    ]);
  });

  it('is a dated reminder with its citation, open until a later review answers it', () => {
    const events = [
      { type: 'plan-started', date: '2025-10-20', framework: '504' } as const,
      ...planReviewEvents([PLAN]),
    ];
    const review = (asOf: string, more: typeof events = []) =>
      computeTimeline({ jurisdiction: 'TX', events: [...events, ...more] }, asOf).reminders.find(
        (reminder) => reminder.rule === 'section504.plan-review',
      );
    expect(review('2026-01-10')).toMatchObject({
      due: '2026-10-20',
      resolvedOn: null,
      citation: '34 CFR 104.35(d)',
      ruleStatus: 'confirmed',
    });
    // The next version, in effect from the review meeting, sets a new date and answers the old one.
    const next = {
      type: 'plan-review-scheduled',
      date: '2026-10-15',
      framework: '504',
      reviewDate: '2027-10-15',
    } as const;
    expect(review('2026-11-01', [next])).toMatchObject({ due: '2026-10-20', resolvedOn: '2026-10-15' });
  });
});
