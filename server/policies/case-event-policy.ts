import { FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** The case's dated events and what the deadline engine makes of them (timeline, case file). */
export const caseEventPolicy: EntityPolicy = {
  entity: 'case-event',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};
