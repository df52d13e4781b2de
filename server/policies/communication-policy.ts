import { FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** The family's log of calls, e-mails and letters with the school. */
export const communicationPolicy: EntityPolicy = {
  entity: 'communication',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};
