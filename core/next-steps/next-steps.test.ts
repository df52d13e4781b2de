import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../schemas/case-file';
import { computeTimeline } from '../timeline/compute-timeline';
import { nextSteps, type NextStep, type NextStepsContext } from './next-steps';

// Fictional cases only. Dates are hand-counted in the comments.

function stepsFor(caseFile: CaseFile, asOf: string, extra: Partial<NextStepsContext> = {}): NextStep[] {
  return nextSteps({
    caseFile,
    timeline: computeTimeline(caseFile, asOf),
    planInEffect: null,
    hasGuideAnswers: false,
    ...extra,
  });
}

const ids = (steps: readonly NextStep[]) => steps.map((step) => step.id);

describe('nextSteps', () => {
  it('puts an overdue evaluation first, with the event that meets it and the letter that asks for it', () => {
    // Consent received 10 September 2026; 60 calendar days later is 9 November 2026 — overdue on 6 December.
    const caseFile: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'evaluation-requested', date: '2026-09-01', by: 'parent' },
        { type: 'evaluation-consent-received', date: '2026-09-10' },
      ],
    };
    const [first] = stepsFor(caseFile, '2026-12-06');
    expect(first).toMatchObject({
      who: 'owed',
      urgency: 'overdue',
      due: '2026-11-09',
      rule: { id: 'idea.initial-evaluation', citation: '34 CFR 300.301(c)(1)', status: 'confirmed' },
    });
    expect(first?.title.en).toBe('Initial evaluation: overdue since 9 November 2026');
    expect(first?.title.es).toBe('Evaluación inicial: vencido desde el 9 de noviembre de 2026');
    expect(first?.actions).toEqual([
      { kind: 'record-event', event: { type: 'evaluation-completed', fields: { kind: 'initial' } } },
      { kind: 'write-letter', letter: 'pwn-request' },
    ]);
  });

  it('drops the step once the satisfying event is recorded', () => {
    const caseFile: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'evaluation-requested', date: '2026-09-01', by: 'parent' },
        { type: 'evaluation-consent-received', date: '2026-09-10' },
      ],
    };
    const before = stepsFor(caseFile, '2026-12-06');
    const action = before[0]?.actions[0];
    expect(action?.kind).toBe('record-event');
    if (action?.kind !== 'record-event') return;
    // The prefilled event must be one the case-file format accepts, as the form will send it.
    const parsed = parseCaseFile({
      ...caseFile,
      events: [...caseFile.events, { type: action.event.type, date: '2026-12-06', ...action.event.fields }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const after = stepsFor(parsed.value, '2026-12-06');
    expect(ids(after)).not.toContain(before[0]?.id);
    expect(after.filter((step) => step.urgency === 'overdue')).toEqual([]);
  });

  it('lists what falls due within 30 days, and nothing further out', () => {
    // Consent 20 November 2026 → due 19 January 2027: 44 days after 6 December, outside the month.
    const later: CaseFile = {
      jurisdiction: 'US',
      events: [{ type: 'evaluation-consent-received', date: '2026-11-20' }],
    };
    expect(stepsFor(later, '2026-12-06').filter((step) => step.who === 'owed')).toEqual([]);
    // On 25 December the due date is 25 days away: listed as "soon".
    const soon = stepsFor(later, '2026-12-25').filter((step) => step.who === 'owed');
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ urgency: 'soon', due: '2027-01-19' });
    expect(soon[0]?.title.en).toBe('Initial evaluation: due 19 January 2027');
  });

  it('asks a family with no plan and no request to write one, and to answer the guide', () => {
    const empty: CaseFile = { jurisdiction: 'US', events: [] };
    const steps = stepsFor(empty, '2026-12-06');
    expect(ids(steps)).toEqual(['request-evaluation', 'answer-guide']);
    expect(steps[0]?.actions).toEqual([
      { kind: 'write-letter', letter: 'evaluation-request' },
      { kind: 'record-request' },
    ]);
    expect(ids(stepsFor(empty, '2026-12-06', { hasGuideAnswers: true }))).toEqual(['request-evaluation']);
    // With a plan in effect neither applies.
    expect(ids(stepsFor(empty, '2026-12-06', { planInEffect: 'iep' }))).toEqual([]);
  });

  it('asks for the school calendar when a school-day clock cannot be counted', () => {
    // Texas: 15 school days to answer a written request (19 TAC 89.1011(b)); no calendar stored.
    const texas: CaseFile = {
      jurisdiction: 'TX',
      events: [{ type: 'evaluation-requested', date: '2026-11-02', by: 'parent' }],
    };
    const steps = stepsFor(texas, '2026-11-03', { hasGuideAnswers: true });
    expect(ids(steps)).toContain('add-calendar');
    expect(ids(steps)).not.toContain('request-evaluation');
    expect(steps.find((step) => step.id === 'add-calendar')?.actions).toEqual([{ kind: 'add-calendar' }]);
  });

  it('offers to prepare for a meeting in the coming month only', () => {
    const meetings: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'plan-started', date: '2026-01-15', framework: 'iep' },
        { type: 'meeting-scheduled', date: '2026-11-20', meetingDate: '2026-12-15', kind: 'iep' },
        { type: 'meeting-scheduled', date: '2026-11-20', meetingDate: '2027-02-15', kind: 'iep' },
      ],
    };
    const steps = stepsFor(meetings, '2026-12-06', { planInEffect: 'iep' }).filter((s) => s.id.startsWith('meeting'));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      due: '2026-12-15',
      actions: [{ kind: 'prepare-meeting', meetingDate: '2026-12-15' }],
    });
  });

  it('orders overdue, then soon by date, then what the family can do now', () => {
    const mixed: CaseFile = {
      jurisdiction: 'TX',
      events: [
        { type: 'evaluation-requested', date: '2026-09-01', by: 'parent' },
        { type: 'records-requested', date: '2026-08-01' },
        { type: 'meeting-scheduled', date: '2026-11-20', meetingDate: '2026-12-20', kind: 'iep' },
      ],
    };
    const steps = stepsFor(mixed, '2026-12-06');
    const order = { overdue: 0, soon: 1, now: 2 } as const;
    const ranks = steps.map((step) => order[step.urgency]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The records request of 1 August (45 days: 15 September) is overdue and comes first, with its own letter.
    expect(steps[0]).toMatchObject({ urgency: 'overdue', due: '2026-09-15' });
    expect(steps[0]?.actions).toContainEqual({ kind: 'write-letter', letter: 'records-request' });
    expect(steps.at(-1)?.urgency).toBe('now');
  });
});
