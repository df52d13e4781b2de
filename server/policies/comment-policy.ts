import { FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** Comments on the record: the family and the advocate discuss the case. */
export const commentPolicy: EntityPolicy = {
  entity: 'comment',
  allow: { read: FAMILY_AND_ADVOCATE, comment: FAMILY_AND_ADVOCATE },
};
