import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../test/helpers/capture-io';
import { runCli } from './run-cli';

// The spec's examples (docs/case-file-contract.md, docs/progress-methods.md) through the command line, in-process.

const dir = mkdtempSync(join(tmpdir(), 'binder-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('binder timeline', () => {
  it('prints the spec example as JSON: the initial evaluation was due 9 November 2025 and is overdue', async () => {
    const io = captureIo();
    expect(await runCli(['timeline', 'test/fixtures/spec-case-file.json', '--as-of', '2025-12-01', '--json'], io)).toBe(
      0,
    );
    const result = JSON.parse(io.out()) as { asOf: string; deadlines: Record<string, unknown>[] };
    expect(result.asOf).toBe('2025-12-01');
    expect(result.deadlines[0]).toMatchObject({
      kind: 'initial-evaluation',
      due: '2025-11-09',
      status: 'overdue',
      trigger: { type: 'evaluation-consent-received', date: '2025-09-10' },
      completedOn: null,
      rule: 'idea.initial-evaluation',
      basis: '60 calendar days',
      citation: '34 CFR 300.301(c)(1)',
    });
  });

  it('prints a readable table without --json', async () => {
    const io = captureIo();
    await runCli(['timeline', 'test/fixtures/spec-case-file.json', '--as-of', '2025-12-01'], io);
    expect(io.out()).toContain('2025-11-09  initial-evaluation');
    expect(io.out()).toContain('OVERDUE');
    expect(io.out()).toContain('How we count');
  });

  it('exits 2 naming the field for a bad date, bad JSON, a missing file or a bad --as-of', async () => {
    const events = [1, 2, 3].map(() => ({ type: 'evaluation-requested', date: '2025-01-06' }));
    const cases: [string[], string][] = [
      [
        [
          'timeline',
          file('bad-date.json', {
            jurisdiction: 'US',
            events: [...events, { type: 'evaluation-requested', date: '3/4/2026' }],
          }),
        ],
        'binder timeline: events[3].date: expected YYYY-MM-DD, got "3/4/2026"\n',
      ],
      [['timeline', file('bad.json', '{ not json')], `binder timeline: ${join(dir, 'bad.json')}: not valid JSON`],
      [['timeline', join(dir, 'missing.json')], `binder timeline: ${join(dir, 'missing.json')}: no such file\n`],
      [
        ['timeline', 'test/fixtures/spec-case-file.json', '--as-of', '12/01/2025'],
        'binder timeline: --as-of: expected YYYY-MM-DD, got "12/01/2025"\n',
      ],
      [['timeline'], 'binder timeline: expected a case file: binder timeline CASE.json\n'],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.err().startsWith(message) || io.err() === message, io.err()).toBe(true);
      expect(io.err().split('\n').filter(Boolean)).toHaveLength(1);
      expect(io.out()).toBe('');
    }
  });
});

describe('binder progress', () => {
  it("reproduces the spec's test vector", async () => {
    const io = captureIo();
    expect(
      await runCli(['progress', 'test/fixtures/spec-progress-goal.json', '--as-of', '2026-03-10', '--json'], io),
    ).toBe(0);
    const result = JSON.parse(io.out()) as {
      pointsUsed: number;
      goalSlope: number;
      trend: Record<string, number>;
      status: string;
      rules: unknown;
    };
    expect(result.pointsUsed).toBe(9);
    expect(result.goalSlope).toBe(2);
    expect(result.trend.slope).toBeCloseTo(1.4, 3);
    expect(result.trend.intercept).toBeCloseTo(19.556, 3);
    expect(result.trend.see).toBeCloseTo(1.875, 3);
    expect(result.trend.slopeSe).toBeCloseTo(0.242, 3);
    expect(result.trend.slopeLow).toBeCloseTo(0.83, 2);
    expect(result.trend.slopeHigh).toBeCloseTo(1.97, 2);
    expect(result.trend.tukeySlope).toBe(1.5);
    expect(result.rules).toEqual({ fourPoint: 'change-instruction', trend: 'change-instruction' });
    expect(result.status).toBe('not-on-track');
  });

  it('exits 2 naming the field', async () => {
    const io = captureIo();
    const path = file('bad-goal.json', {
      direction: 'sideways',
      baseline: { date: '2026-01-05', value: 1 },
      goal: { date: '2026-05-25', value: 2 },
      points: [],
      introduced: true,
    });
    expect(await runCli(['progress', path], io)).toBe(2);
    expect(io.err()).toMatch(/^binder progress: direction: /);
  });
});

describe('binder check-goal', () => {
  it('finds all five parts of a measurable goal', async () => {
    const io = captureIo();
    const goal =
      'By June 2027, given a grade-level passage, Sam will read 90 words correct per minute in 3 of 4 weekly probes.';
    expect(await runCli(['check-goal', goal, '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as Record<string, { text: string } | boolean | null>;
    expect(result.measurable).toBe(true);
    for (const part of ['timeframe', 'condition', 'behavior', 'criterion', 'measurement'])
      expect(result[part], part).not.toBeNull();
  });

  it('flags a vague goal in Spanish and never fails on it', async () => {
    const io = captureIo();
    expect(await runCli(['check-goal', 'Ana mejorará su comprensión lectora.', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { language: string; measurable: boolean; vague: unknown[] };
    expect(result.language).toBe('es');
    expect(result.measurable).toBe(false);
    expect(result.vague.length).toBeGreaterThan(0);
  });

  it('exits 2 without a goal', async () => {
    const io = captureIo();
    expect(await runCli(['check-goal'], io)).toBe(2);
  });
});
