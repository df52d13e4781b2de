import type { TeamRole } from '../schemas/case-file';
import type { Attendee } from '../schemas/meeting';

/** The members an IEP team must include (34 CFR 300.321(a)), each with the paragraph that requires it. */
export const TEAM_MEMBERS: readonly { readonly role: TeamRole; readonly citation: string }[] = [
  { role: 'parent', citation: '34 CFR 300.321(a)(1)' },
  { role: 'regular-education-teacher', citation: '34 CFR 300.321(a)(2)' },
  { role: 'special-education-teacher', citation: '34 CFR 300.321(a)(3)' },
  { role: 'agency-representative', citation: '34 CFR 300.321(a)(4)' },
  { role: 'evaluation-interpreter', citation: '34 CFR 300.321(a)(5)' },
  { role: 'student', citation: '34 CFR 300.321(b)(1)' },
];

/** Members whose absence without a written excusal the deadline engine reports (`team-member-missing`). */
const EXCUSABLE: ReadonlySet<TeamRole> = new Set([
  'regular-education-teacher',
  'special-education-teacher',
  'agency-representative',
  'evaluation-interpreter',
]);

export type ChecklistProblem =
  | { readonly kind: 'missing'; readonly role: TeamRole }
  | { readonly kind: 'excusal-without-written-agreement'; readonly role: TeamRole }
  | { readonly kind: 'excusal-without-written-input'; readonly role: TeamRole }
  | { readonly kind: 'parent-absent'; readonly role: TeamRole }
  | { readonly kind: 'student-not-invited'; readonly role: TeamRole };

/**
 * What an IEP meeting's attendance lacks under 34 CFR 300.321: a required member neither present nor
 * excused; the parent absent (allowed only after documented attempts, 300.322(d)); an excusal without the
 * parent's written agreement (300.321(e)); an excused member whose area was discussed but who gave no
 * written input beforehand (300.321(e)(2)); the student not invited when transition is discussed
 * (300.321(b)(1)). `roles` are the rows the form shows (a row left out is a
 * member who did not come); the interpreter may be one of the other members.
 */
export function checklistProblems(
  attendees: readonly Attendee[],
  options: { readonly isInterpreterCovered: boolean; readonly isStudentRequired: boolean },
): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  for (const { role } of TEAM_MEMBERS) {
    const entries = attendees.filter((a) => a.role === role);
    const isPresent = entries.some((a) => a.attended);
    const excusal = entries.find((a) => !a.attended && a.excusal !== null)?.excusal ?? null;
    if (role === 'student') {
      if (options.isStudentRequired && entries.length === 0) problems.push({ kind: 'student-not-invited', role });
      continue;
    }
    if (role === 'evaluation-interpreter' && options.isInterpreterCovered) continue;
    if (isPresent) continue;
    if (role === 'parent') {
      problems.push({ kind: 'parent-absent', role });
      continue;
    }
    if (excusal === null || !EXCUSABLE.has(role)) {
      problems.push({ kind: 'missing', role });
      continue;
    }
    if (!excusal.parentAgreedInWriting) problems.push({ kind: 'excusal-without-written-agreement', role });
    if (excusal.areaDiscussed && !excusal.writtenInputProvided) {
      problems.push({ kind: 'excusal-without-written-input', role });
    }
  }
  return problems;
}
