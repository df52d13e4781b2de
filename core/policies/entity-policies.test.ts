import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, STUDENT_ACTIONS, type EntityPolicy } from './access-policy';
import * as policies from './entity-policies';

describe('the entity policies', () => {
  it('lists every policy in ENTITY_POLICIES, once, each under its own entity name', () => {
    const { ENTITY_POLICIES, ...each } = policies;
    expect(new Set<EntityPolicy>(ENTITY_POLICIES)).toEqual(new Set(Object.values(each)));
    expect(ENTITY_POLICIES).toHaveLength(Object.keys(each).length);
    const names = ENTITY_POLICIES.map((policy) => policy.entity);
    expect([...names].sort()).toEqual([...ENTITY_NAMES].sort());
  });

  it('allows each listed action to at least one role (an empty list would be a silent denial)', () => {
    for (const policy of policies.ENTITY_POLICIES) {
      for (const action of STUDENT_ACTIONS) {
        const roles = policy.allow[action];
        if (roles !== undefined) expect(roles.length, `${policy.entity} ${action}`).toBeGreaterThan(0);
      }
    }
  });
});
