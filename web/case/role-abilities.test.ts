import { describe, expect, it } from 'vitest';
import { isAllowed, STUDENT_ACTIONS } from '../../core/policies/access-policy';
import { ENTITY_POLICIES } from '../../core/policies/entity-policies';
import { ACCESS_ROLES, type AccessRole } from '../../core/schemas/access-role';
import { ABILITY_RULES, abilitiesOf, type Ability } from './role-abilities';
import { TAB_NEEDS } from './student-tabs';

const ROLES: readonly (AccessRole | null)[] = [...ACCESS_ROLES, null];
const ABILITIES = Object.keys(ABILITY_RULES) as Ability[];

describe('the web abilities and the access policies', () => {
  it('gives every role, for each ability, exactly what each policy rule the ability names allows', () => {
    for (const role of ROLES) {
      const abilities = abilitiesOf(role);
      for (const ability of ABILITIES) {
        for (const rule of ABILITY_RULES[ability]) {
          expect(
            { role, ability, entity: rule.policy.entity, action: rule.action, has: abilities[ability] },
            'the rules an ability groups must allow the same roles',
          ).toEqual({
            role,
            ability,
            entity: rule.policy.entity,
            action: rule.action,
            has: isAllowed(rule.policy, rule.action, role),
          });
        }
      }
    }
  });

  it('names only rules a policy lists', () => {
    for (const ability of ABILITIES) {
      for (const rule of ABILITY_RULES[ability]) {
        expect(rule.policy.allow[rule.action], `${ability}: ${rule.policy.entity} ${rule.action}`).toBeDefined();
        expect(ENTITY_POLICIES).toContain(rule.policy);
      }
    }
  });

  it('reaches every action of every policy through some ability', () => {
    const named = new Set(
      ABILITIES.flatMap((ability) => ABILITY_RULES[ability].map((rule) => `${rule.policy.entity} ${rule.action}`)),
    );
    const listed = ENTITY_POLICIES.flatMap((policy) =>
      STUDENT_ACTIONS.filter((action) => policy.allow[action] !== undefined).map(
        (action) => `${policy.entity} ${action}`,
      ),
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((rule) => !named.has(rule))).toEqual([]);
  });

  it('denies everything without a role, like the server', () => {
    expect(Object.values(abilitiesOf(null))).toEqual(ABILITIES.map(() => false));
  });

  it('shows the tabs that need no ability only because every related role may read the record', () => {
    const open = Object.entries(TAB_NEEDS).filter(([, need]) => need === null);
    expect(open.length).toBeGreaterThan(0);
    for (const role of ACCESS_ROLES) expect(abilitiesOf(role).canSeeRecord, role).toBe(true);
  });

  it('lets only the owner delete the record, and school staff only read it, enter data and correct their own entry', () => {
    expect(ACCESS_ROLES.filter((role) => abilitiesOf(role).canDelete)).toEqual(['owner']);
    const staff = abilitiesOf('school-staff');
    expect(ABILITIES.filter((ability) => staff[ability])).toEqual([
      'canSeeRecord',
      'canEditOwnSchoolEntry',
      'canEnterData',
    ]);
  });
});
