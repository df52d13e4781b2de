import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { GRADE_ONCE } from '../../core/schemas/grade-start';
import { studentInputSchema, type Student } from '../../core/schemas/student';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import { mergeTranslations } from '../i18n/merge-translations';
import shellEn from '../i18n/shell.en.json';
import shellEs from '../i18n/shell.es.json';
import { strings as pagesEn } from '../i18n/strings.en';
import { strings as pagesEs } from '../i18n/strings.es';
import { studentFormIssues } from './student-form-issues';
import { emptyGradeStart, studentFormFromStudent, studentInputFromForm } from './student-form-values';

// A fictional Delaware child born 2 Apr 2011, with an IEP since 1 Sep 2020: transition content is due
// at 14 (2 Apr 2025) or on entering grade 8, whichever is first (14 Del. Admin. Code 925-20.2).
const student: Student = {
  id: 's1',
  familyId: 'f1',
  givenName: 'Mira',
  familyName: 'Okonkwo',
  birthDate: '2011-04-02',
  jurisdiction: 'DE',
  school: null,
  district: null,
  grade: '8',
  planInEffect: 'iep',
  homeLanguages: ['en'],
  contacts: [],
  gradeStarts: [],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

function transitionDue(gradeStarts: readonly { grade: number; date: string }[]): string | null | undefined {
  const result = computeTimeline(
    {
      jurisdiction: 'DE',
      student: { birthDate: '2011-04-02', ...(gradeStarts.length === 0 ? {} : { gradeStarts: [...gradeStarts] }) },
      events: [{ type: 'plan-started', date: '2020-09-01', framework: 'iep' }],
    },
    '2025-12-01',
  );
  return result.deadlines.find((deadline) => deadline.rule === 'de.transition-plan')?.due;
}

async function translator(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({
    // What the app loads for a language: the shell's strings and the pages' (web/i18n/i18n.ts).
    resources: {
      en: { translation: mergeTranslations(shellEn, pagesEn) },
      es: { translation: mergeTranslations(shellEs, pagesEs) },
    },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('the grade dates of the student form', () => {
  it('sends the typed grade dates, skips blank rows, and the saved date moves the grade-triggered deadline', () => {
    const form = studentFormFromStudent(student);
    expect(form.gradeStarts).toEqual([]);
    const typed = {
      ...form,
      gradeStarts: [emptyGradeStart(), { key: 'g8', grade: '8', date: '2024-08-26' }],
    };
    const { input, rows } = studentInputFromForm(typed);
    expect(input.gradeStarts).toEqual([{ grade: 8, date: '2024-08-26' }]);
    expect(rows.gradeStarts).toEqual([1]);
    // What the server stores (the same schema) reaches the case file: grade 8 starts before the
    // 14th birthday, so it decides.
    const saved = studentInputSchema.parse(input).gradeStarts;
    expect(transitionDue([])).toBe('2025-04-02');
    expect(transitionDue(saved)).toBe('2024-08-26');
    // Read back into the form, the row keeps its grade and date.
    const again = studentFormFromStudent({ ...student, gradeStarts: saved });
    expect(again.gradeStarts.map(({ grade, date }) => ({ grade, date }))).toEqual([{ grade: '8', date: '2024-08-26' }]);
  });

  it('sends a row without a grade so the server names that row', () => {
    const { input } = studentInputFromForm({
      ...studentFormFromStudent(student),
      gradeStarts: [{ key: 'x', grade: '', date: '2024-08-26' }],
    });
    const parsed = studentInputSchema.safeParse(JSON.parse(JSON.stringify(input)));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['gradeStarts.0.grade']);
  });

  it('puts the server’s issues beside the right row, in English and Spanish', async () => {
    const issues = [
      { field: 'gradeStarts[1].grade', message: GRADE_ONCE },
      { field: 'gradeStarts[0].date', message: 'expected YYYY-MM-DD, got "26/08/2024"' },
      { field: 'gradeStarts[0].grade', message: 'Invalid input: expected number, received null' },
    ];
    // Form rows 0 and 2 were sent (row 1 was blank).
    const rows = { contacts: [], gradeStarts: [0, 2] };
    const english = studentFormIssues(issues, rows, await translator('en'));
    expect(english.items).toEqual([
      {
        fieldId: 'student-gradeStarts-2-grade',
        label: 'Grade date 3: Grade',
        message: 'This grade already has a date: give each grade only once.',
      },
      {
        fieldId: 'student-gradeStarts-0-date',
        label: 'Grade date 1: First day of the grade',
        message: 'Enter a date.',
      },
      { fieldId: 'student-gradeStarts-0-grade', label: 'Grade date 1: Grade', message: 'Choose the grade.' },
    ]);
    const spanish = studentFormIssues(issues, rows, await translator('es'));
    expect(spanish.items[0]).toEqual({
      fieldId: 'student-gradeStarts-2-grade',
      label: 'Fecha de grado 3: Grado',
      message: 'Este grado ya tiene una fecha: indique cada grado una sola vez.',
    });
  });
});
