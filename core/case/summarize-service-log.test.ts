import { describe, expect, it } from 'vitest';
import { summarizeServiceLog } from './summarize-service-log';

describe('summarizeServiceLog', () => {
  it('totals delivered and missed minutes per service, alphabetically', () => {
    const summary = summarizeServiceLog([
      { service: 'Speech therapy', minutes: 30, status: 'delivered' },
      { service: 'Occupational therapy', minutes: 45, status: 'missed' },
      { service: 'speech therapy ', minutes: 30, status: 'missed' },
      { service: 'Speech therapy', minutes: 20, status: 'delivered' },
    ]);
    expect(summary).toEqual([
      { service: 'Occupational therapy', sessions: 1, deliveredMinutes: 0, missedMinutes: 45 },
      { service: 'Speech therapy', sessions: 3, deliveredMinutes: 50, missedMinutes: 30 },
    ]);
  });

  it('is empty for an empty log', () => {
    expect(summarizeServiceLog([])).toEqual([]);
  });
});
