import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import { deadlinesByUrgency } from './next-deadlines';

// A fictional US case, as of 6 December 2026: records asked 1 August (due 15 September, never provided:
// overdue); consent 20 November (evaluation due 19 January 2027: open); an earlier records request of
// 2 March answered 20 March (met); due process filed 1 December (the resolution meeting due 16 December: open).
const timeline = computeTimeline(
  {
    jurisdiction: 'US',
    events: [
      { type: 'records-requested', date: '2026-03-02' },
      { type: 'records-provided', date: '2026-03-20' },
      { type: 'records-requested', date: '2026-08-01' },
      { type: 'evaluation-consent-received', date: '2026-11-20' },
      { type: 'due-process-filed', date: '2026-12-01' },
    ],
  },
  '2026-12-06',
);

describe('deadlinesByUrgency', () => {
  const grouped = deadlinesByUrgency(timeline.deadlines);

  it('puts every deadline in exactly one group', () => {
    const all = [...grouped.overdue, ...grouped.upcoming, ...grouped.past];
    expect(all).toHaveLength(timeline.deadlines.length);
    expect(new Set(all)).toEqual(new Set(timeline.deadlines));
  });

  it('reads overdue, then upcoming soonest first, then past most recent first', () => {
    expect(grouped.overdue.every((d) => d.status === 'overdue')).toBe(true);
    expect(grouped.overdue.map((d) => d.due)).toContain('2026-09-15');
    const upcomingDues = grouped.upcoming.map((d) => d.due ?? '9999-12-31');
    expect(upcomingDues).toEqual([...upcomingDues].sort());
    expect(upcomingDues).toContain('2027-01-19');
    expect(grouped.past.every((d) => d.status === 'met' || d.status === 'late')).toBe(true);
    const pastDues = grouped.past.map((d) => d.due ?? '');
    expect(pastDues).toEqual([...pastDues].sort().reverse());
    expect(pastDues).toContain('2026-04-16');
  });
});
