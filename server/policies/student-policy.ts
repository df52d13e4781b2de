import { EVERYONE, FAMILY, type EntityPolicy } from './access-role';

/** The child's own details (name, school, grade, contacts) and their change history. */
export const studentPolicy: EntityPolicy = {
  entity: 'student',
  allow: { read: EVERYONE, write: FAMILY },
};
