import { describe, expect, it } from 'vitest';
import { allDeadlineRules, encodedStates } from '../law/rule-registry';
import { computeTimeline } from './compute-timeline';
import { ALL_FIXTURES } from './fixtures';

describe('hand-checked fixtures', () => {
  for (const fixture of ALL_FIXTURES) {
    it(fixture.name, () => {
      const result = computeTimeline(fixture.caseFile, fixture.asOf);
      for (const expected of fixture.expected) {
        const found = result.deadlines.filter(
          (deadline) =>
            deadline.rule === expected.rule &&
            (expected.triggerDate === undefined || deadline.trigger.date === expected.triggerDate),
        );
        expect(found, `${expected.rule} listed once`).toHaveLength(1);
        const [deadline] = found;
        expect(deadline?.due).toBe(expected.due);
        expect(deadline?.status).toBe(expected.status);
        if (expected.completedOn !== undefined) expect(deadline?.completedOn).toBe(expected.completedOn);
        expect(deadline?.citation).not.toBe('');
      }
      for (const rule of fixture.absentRules ?? []) {
        expect(result.deadlines.map((deadline) => deadline.rule)).not.toContain(rule);
      }
      for (const code of fixture.findings ?? []) {
        const [wanted, severity] = code.split(':');
        const match = result.findings.find((finding) => finding.code === wanted);
        expect(match, `finding ${code}`).toBeDefined();
        if (severity !== undefined) expect(match?.severity).toBe(severity);
      }
    });
  }

  it('cover every deadline kind and every rule that produces deadlines', () => {
    const coveredRules = new Set(ALL_FIXTURES.flatMap((fixture) => fixture.expected.map((expected) => expected.rule)));
    const missing = allDeadlineRules()
      .map((rule) => rule.id)
      .filter((id) => !coveredRules.has(id));
    expect(missing).toEqual([]);
  });

  it('cover every encoded state', () => {
    const covered = new Set(ALL_FIXTURES.map((fixture) => fixture.caseFile.jurisdiction));
    expect(encodedStates().filter((state) => !covered.has(state.code))).toEqual([]);
  });
});
