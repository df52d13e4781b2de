import { EVERYONE, type EntityPolicy } from './access-role';

/** Sessions of a plan's services as delivered (or missed): school staff log them, the family can too. */
export const serviceLogPolicy: EntityPolicy = {
  entity: 'service-log',
  allow: { read: EVERYONE, 'log-service': EVERYONE },
};
