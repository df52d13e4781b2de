import type { IepGoal, IepService } from '../../core/schemas/iep';
import type { Accommodation504, AccommodationCategory } from '../../core/schemas/plan-504';
import { randomId } from './random-id';

// New list items get a random id at once, so the version comparison can follow a goal, service or
// accommodation across versions even when its wording changes.

export function newGoal(): IepGoal {
  return {
    id: randomId(),
    area: '',
    statement: '',
    direction: 'increase',
    unit: '',
    baseline: { value: null, date: null },
    target: { value: null, date: null },
    measurementMethod: '',
    reportingSchedule: '',
  };
}

export function newService(): IepService {
  return {
    id: randomId(),
    kind: 'special-education',
    name: '',
    startDate: null,
    endDate: null,
    minutesPerSession: null,
    sessionsPerPeriod: null,
    period: 'week',
    location: '',
    providerRole: '',
  };
}

export function newAccommodation(category: AccommodationCategory): Accommodation504 {
  return { id: randomId(), category, description: '', responsible: '' };
}
