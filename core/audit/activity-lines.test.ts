import { describe, expect, it } from 'vitest';
import type { AuditTrailEntry } from '../schemas/audit-trail';
import { activityKindOf, groupActivity } from './activity-lines';

let seq = 100;
/** An entry by Rosa Díaz (fictional) at 15:00 plus `second` seconds; newest-first lists are built by the tests. */
function entry(second: number, details: Partial<AuditTrailEntry> = {}): AuditTrailEntry {
  seq -= 1;
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 28, 15, 0, second)).toISOString(),
    actorUserId: 'rosa',
    actorName: 'Rosa Díaz',
    actorEmail: 'rosa.diaz@example.org',
    actorRole: 'owner',
    entity: 'student',
    action: 'read',
    route: 'GET /api/v1/students/:id',
    outcome: 'allowed',
    count: 1,
    ...details,
  };
}

describe('activityKindOf', () => {
  it('sorts entries into viewed, changed and refused', () => {
    expect(activityKindOf({ action: 'read', outcome: 'allowed' })).toBe('viewed');
    expect(activityKindOf({ action: 'export', outcome: 'allowed' })).toBe('viewed');
    expect(activityKindOf({ action: 'write', outcome: 'failed' })).toBe('changed');
    expect(activityKindOf({ action: 'comment', outcome: 'allowed' })).toBe('changed');
    expect(activityKindOf({ action: 'read', outcome: 'denied' })).toBe('refused');
  });
});

describe('groupActivity', () => {
  it('makes one line of the reads one page view makes, naming what was seen but the child’s header', () => {
    const lines = groupActivity([
      entry(3, { entity: 'meeting' }),
      entry(2, { entity: 'case-event' }),
      entry(2, { entity: 'case-event' }),
      entry(1, { entity: 'student' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: 'viewed',
      entities: ['case-event', 'meeting'],
      count: 4,
      firstAt: '2026-11-28T15:00:01.000Z',
      lastAt: '2026-11-28T15:00:03.000Z',
    });
  });

  it('starts a new line for another person, a later page view, a change or a refusal', () => {
    const lines = groupActivity([
      entry(40, { entity: 'plan' }),
      entry(30, { entity: 'case-event' }),
      entry(29, { actorUserId: 'ana', actorName: 'Ana Ruiz', actorEmail: 'ana@example.org', entity: 'plan' }),
      entry(28, { entity: 'meeting', action: 'write' }),
      entry(28, { entity: 'meeting', action: 'write' }),
      entry(27, { entity: 'student' }),
    ]);
    expect(lines.map((line) => [line.kind, line.actorName, line.entities.join(' ')])).toEqual([
      ['viewed', 'Rosa Díaz', 'plan'],
      ['viewed', 'Rosa Díaz', 'case-event'],
      ['viewed', 'Ana Ruiz', 'plan'],
      ['changed', 'Rosa Díaz', 'meeting'],
      ['changed', 'Rosa Díaz', 'meeting'],
      ['viewed', 'Rosa Díaz', 'student'],
    ]);
  });

  it('adds up the counts of repeated refusals', () => {
    const refused = { actorUserId: null, actorName: null, actorEmail: null, actorRole: 'anonymous', outcome: 'denied' };
    const lines = groupActivity([entry(5, { ...refused, count: 37 }), entry(4, refused)]);
    expect(lines.map((line) => [line.kind, line.count])).toEqual([['refused', 38]]);
  });
});
