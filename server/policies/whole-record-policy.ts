import type { EntityPolicy } from './access-role';

/** The whole record at once: the family exports it; only the owner deletes it. */
export const wholeRecordPolicy: EntityPolicy = {
  entity: 'whole-record',
  allow: { export: ['owner', 'co-parent'], delete: ['owner'] },
};
