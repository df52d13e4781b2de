import { EVERYONE, type EntityPolicy } from './access-role';

/** Progress-monitoring data per goal (points, phase changes, reports): school staff enter it. */
export const progressPolicy: EntityPolicy = {
  entity: 'progress',
  allow: { read: EVERYONE, 'enter-progress': EVERYONE },
};
