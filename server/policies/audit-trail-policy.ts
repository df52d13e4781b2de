import { FAMILY, type EntityPolicy } from './access-role';

/** "Who looked at or changed my child's record": the family reads the child's audit trail. */
export const auditTrailPolicy: EntityPolicy = {
  entity: 'audit-trail',
  allow: { read: FAMILY },
};
