import { FAMILY, FAMILY_AND_ADVOCATE, type EntityPolicy } from './access-role';

/** The family's answers to the IEP-or-504 guide. */
export const guidePolicy: EntityPolicy = {
  entity: 'guide-answers',
  allow: { read: FAMILY_AND_ADVOCATE, write: FAMILY },
};
