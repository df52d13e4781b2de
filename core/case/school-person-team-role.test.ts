import { describe, expect, it } from 'vitest';
import { checklistProblems } from './team-checklist';
import { inviteToMeeting, TEAM_ROLE_OF_SCHOOL_PERSON } from './school-person-team-role';
import type { TeamRole } from '../schemas/case-file';

interface Row {
  readonly key: string;
  readonly role: TeamRole;
  readonly name: string;
}
const row = (role: TeamRole, name: string): Row => ({ key: `${role}:${name}`, role, name });

describe('inviting someone from the school’s people', () => {
  it('fills the empty row of the role the directory suggests', () => {
    const invited = [row('parent', 'Lucía Martínez'), row('special-education-teacher', '')];
    const after = inviteToMeeting(
      invited,
      { name: 'Ms. Quillfeather', role: TEAM_ROLE_OF_SCHOOL_PERSON['case-manager'] },
      row,
    );
    expect(after.map(({ role, name }) => [role, name])).toEqual([
      ['parent', 'Lucía Martínez'],
      ['special-education-teacher', 'Ms. Quillfeather'],
    ]);
  });

  it('adds a row when that role is taken, and never invites the same person twice', () => {
    const invited = [row('agency-representative', 'Dr. Okonkwo')];
    const once = inviteToMeeting(invited, { name: 'Mr. Ferreira', role: 'agency-representative' }, row);
    expect(once.map(({ name }) => name)).toEqual(['Dr. Okonkwo', 'Mr. Ferreira']);
    expect(inviteToMeeting(once, { name: 'Mr. Ferreira ', role: 'agency-representative' }, row)).toHaveLength(2);
  });

  it('lets the required-team check count the picked people in their meeting roles', () => {
    const invited = inviteToMeeting(
      inviteToMeeting(
        [row('parent', 'Lucía Martínez')],
        { name: 'Ms. Quillfeather', role: TEAM_ROLE_OF_SCHOOL_PERSON['case-manager'] },
        row,
      ),
      { name: 'Mr. Ferreira', role: TEAM_ROLE_OF_SCHOOL_PERSON.principal },
      row,
    );
    const attended = invited.map(({ name, role }) => ({ name, role, attended: true, excusal: null }));
    expect(checklistProblems(attended, { isInterpreterCovered: true, isStudentRequired: false })).toEqual([
      { kind: 'missing', role: 'regular-education-teacher' },
    ]);
  });

  it('maps every directory role to a meeting role', () => {
    expect(Object.values(TEAM_ROLE_OF_SCHOOL_PERSON).every((role) => role !== 'parent' && role !== 'student')).toBe(
      true,
    );
  });
});
