import { FAMILY, type EntityPolicy } from './access-role';

/** Who has access to the child's record, invitation links, and revoking access. */
export const sharingPolicy: EntityPolicy = {
  entity: 'sharing',
  allow: { read: FAMILY, share: FAMILY },
};
