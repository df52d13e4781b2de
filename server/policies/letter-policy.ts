import { FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** Letters to the school: the advocate may draft and send them with the family. */
export const letterPolicy: EntityPolicy = {
  entity: 'letter',
  allow: { read: FAMILY_AND_ADVOCATE, 'write-letter': FAMILY_AND_ADVOCATE },
};
