import { describe, expect, it } from 'vitest';
import { attendeeSchema } from '../schemas/meeting';
import { checklistProblems } from './team-checklist';

const member = (role: string, extra: Record<string, unknown> = {}) =>
  attendeeSchema.parse({ name: 'X', role, ...extra });
const full = ['parent', 'regular-education-teacher', 'special-education-teacher', 'agency-representative'].map((role) =>
  member(role),
);

describe('checklistProblems (34 CFR 300.321)', () => {
  it('finds nothing when every required member came and the interpreter role is covered by another member', () => {
    expect(checklistProblems(full, { isInterpreterCovered: true, isStudentRequired: false })).toEqual([]);
  });

  it('names a missing member, an excusal without the parent’s written agreement, and one without written input', () => {
    const attendees = [
      member('parent'),
      member('special-education-teacher'),
      member('regular-education-teacher', { attended: false, excusal: { parentAgreedInWriting: false } }),
      member('agency-representative', {
        attended: false,
        excusal: { parentAgreedInWriting: true, areaDiscussed: true },
      }),
    ];
    expect(checklistProblems(attendees, { isInterpreterCovered: false, isStudentRequired: true })).toEqual([
      { kind: 'excusal-without-written-agreement', role: 'regular-education-teacher' },
      { kind: 'excusal-without-written-input', role: 'agency-representative' },
      { kind: 'missing', role: 'evaluation-interpreter' },
      { kind: 'student-not-invited', role: 'student' },
    ]);
  });

  it('reports an absent parent separately: a meeting without the parent needs documented attempts', () => {
    const attendees = [member('parent', { attended: false }), ...full.slice(1)];
    expect(checklistProblems(attendees, { isInterpreterCovered: true, isStudentRequired: false })).toEqual([
      { kind: 'parent-absent', role: 'parent' },
    ]);
  });
});
