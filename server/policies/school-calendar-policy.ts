import { FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/**
 * The child's school calendar: part of the case the deadline engine reads (school-day deadlines), so it
 * follows the case events — the family and their advocate read it, the family changes it.
 */
export const schoolCalendarPolicy: EntityPolicy = {
  entity: 'school-calendar',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};
