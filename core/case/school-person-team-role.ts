import type { TeamRole } from '../schemas/case-file';
import type { SchoolPersonRole } from '../schemas/school-people';

/**
 * The meeting role a person of the school's directory most likely fills (34 CFR 300.321(a)); the parent can
 * change it when inviting. A case manager is usually the child's special education teacher or provider
 * (300.321(a)(3)); a principal, director or district contact can commit the district's resources
 * (300.321(a)(4)); a 504 coordinator is not an IEP team role of its own.
 */
export const TEAM_ROLE_OF_SCHOOL_PERSON: Readonly<Record<SchoolPersonRole, TeamRole>> = {
  'case-manager': 'special-education-teacher',
  teacher: 'regular-education-teacher',
  principal: 'agency-representative',
  'special-education-director': 'agency-representative',
  '504-coordinator': 'other',
  'district-contact': 'agency-representative',
};

/** Invites someone to a meeting: fills the first empty row of that role, or adds a row for them. */
export function inviteToMeeting<Row extends { readonly role: TeamRole; readonly name: string }>(
  invited: readonly Row[],
  person: { readonly name: string; readonly role: TeamRole },
  newRow: (role: TeamRole, name: string) => Row,
): Row[] {
  if (invited.some((row) => row.role === person.role && row.name.trim() === person.name.trim())) return [...invited];
  const empty = invited.findIndex((row) => row.role === person.role && row.name.trim() === '');
  if (empty === -1) return [...invited, newRow(person.role, person.name)];
  return invited.map((row, index) => (index === empty ? { ...row, name: person.name } : row));
}
