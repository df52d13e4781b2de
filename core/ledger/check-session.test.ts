import { describe, expect, it } from 'vitest';
import { iepServiceSchema } from '../schemas/iep';
import { checkSessionAgainstPlan } from './check-session';
import type { IepVersionInEffect } from './services-ledger';

const speech = iepServiceSchema.parse({
  id: 's',
  name: 'Speech therapy',
  startDate: '2026-09-14',
  endDate: '2026-12-18',
});
const versions: IepVersionInEffect[] = [
  { effectiveFrom: '2026-09-09', effectiveTo: '2026-10-14', services: [speech] },
  { effectiveFrom: '2026-10-14', effectiveTo: '2027-06-01', services: [speech] },
];

describe('checkSessionAgainstPlan', () => {
  it('accepts a session of a listed service on a day it is in effect, names compared case-insensitively', () => {
    expect(checkSessionAgainstPlan(versions, { service: ' speech THERAPY ', date: '2026-09-14' })).toEqual([]);
    expect(checkSessionAgainstPlan(versions, { service: 'Speech therapy', date: '2026-10-14' })).toEqual([]);
  });

  it('names the service when the IEP does not list it, with the names it does list', () => {
    expect(checkSessionAgainstPlan(versions, { service: 'Music', date: '2026-09-14' }, 'rows[2].')).toEqual([
      {
        field: 'rows[2].service',
        message: 'no final IEP lists a service named "Music"; expected one of: Speech therapy',
        code: 'service-not-in-iep',
        params: { service: 'Music', services: 'Speech therapy' },
      },
    ]);
    expect(checkSessionAgainstPlan([], { service: 'Music', date: '2026-09-14' })[0]?.field).toBe('service');
  });

  it('names the date before the service starts, after it ends, or outside every version', () => {
    for (const date of ['2026-09-11', '2026-12-19', '2027-06-01', '2025-01-01']) {
      expect(checkSessionAgainstPlan(versions, { service: 'Speech therapy', date })).toEqual([
        {
          field: 'date',
          message: `${date} is outside the days the IEP has "Speech therapy" in effect`,
          code: 'service-not-in-effect',
          params: { date, service: 'Speech therapy' },
        },
      ]);
    }
  });
});
