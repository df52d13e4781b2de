import type { TFunction } from 'i18next';
import { ENTITY_NAMES, STUDENT_ACTIONS } from '../../core/policies/access-policy';
import { ACCESS_ROLES } from '../../core/schemas/access-role';
import type { ActivityLine, AuditTrailEntry } from '../../core/schemas/audit-trail';

// The audit trail's actions and entities are the policies' own, plus what is not about one child's record.
const ACTIONS = [...STUDENT_ACTIONS, 'search', 'accept'] as const;
const ENTITIES = ENTITY_NAMES;
const ROLES = [...ACCESS_ROLES, 'none', 'anonymous', 'system'] as const;
const OUTCOMES = ['allowed', 'denied', 'failed'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Who did it: their name, else their e-mail, else "Binder" or "someone not signed in". */
export function auditWho(entry: Pick<AuditTrailEntry, 'actorName' | 'actorEmail' | 'actorRole'>, t: TFunction): string {
  if (entry.actorName !== null && entry.actorName !== '') return entry.actorName;
  if (entry.actorEmail !== null && entry.actorEmail !== '') return entry.actorEmail;
  return entry.actorRole === 'system' ? t('roles.name.system') : t('audit.someone');
}

/** The role they had for the child at the time, in words ("advocate", "no access"). */
export function auditRole(role: string, t: TFunction): string {
  return isOneOf(ROLES, role) ? t(`roles.name.${role}`) : role;
}

/**
 * What a line says was done, in plain words: "viewed the timeline and the meetings", "tried to view the
 * child's details (37 times)". The things seen are joined the way the language joins a list.
 */
export function activityWhat(line: ActivityLine, t: TFunction, language: string): string {
  const verb = line.outcome === 'allowed' ? 'did' : 'tried';
  const action = isOneOf(ACTIONS, line.action) ? line.action : 'other';
  const names = line.entities.map((entity) => (isOneOf(ENTITIES, entity) ? t(`audit.entity.${entity}`) : entity));
  const what = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
  const sentence = t(`audit.${verb}.${action}`, { what, action: line.action });
  return line.kind === 'refused' && line.count > 1
    ? `${sentence} (${t('activity.times', { count: line.count })})`
    : sentence;
}

export function auditOutcome(outcome: string, t: TFunction): string {
  return isOneOf(OUTCOMES, outcome) ? t(`audit.outcomes.${outcome}`) : outcome;
}
