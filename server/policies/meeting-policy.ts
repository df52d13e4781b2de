import { FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** Meetings and who attended. */
export const meetingPolicy: EntityPolicy = {
  entity: 'meeting',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};
