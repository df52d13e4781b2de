import { EVERYONE, FAMILY, type EntityPolicy } from './access-role';

/** IEPs and 504 plans with their versions, goals and services: school staff read the plan they deliver. */
export const planPolicy: EntityPolicy = {
  entity: 'plan',
  allow: { read: EVERYONE, write: FAMILY },
};
