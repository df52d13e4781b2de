import { describe, expect, it } from 'vitest';
import { parseProgressCsv } from './parse-progress-csv';
import { previewProgressImport } from './preview-progress-import';

const recorded = [
  { id: 'p1', date: '2026-01-12', value: 22 },
  { id: 'p2', date: '2026-01-19', value: 25 },
];

describe('previewProgressImport', () => {
  it('marks each row new, already recorded (same score) or in conflict (different score), in file order', () => {
    const preview = previewProgressImport(
      parseProgressCsv('date,value,note\n2026-01-26,27,tired\n2026-01-12,22,\n2026-01-19,26,\n'),
      recorded,
    );
    expect(preview).toEqual({
      canCommit: false,
      errors: [],
      rows: [
        { date: '2026-01-26', value: 27, note: 'tired', measuredBy: null, status: 'new', recorded: null },
        {
          date: '2026-01-12',
          value: 22,
          note: null,
          measuredBy: null,
          status: 'already-recorded',
          recorded: { id: 'p1', value: 22 },
        },
        {
          date: '2026-01-19',
          value: 26,
          note: null,
          measuredBy: null,
          status: 'conflict',
          recorded: { id: 'p2', value: 25 },
        },
      ],
      counts: { new: 1, alreadyRecorded: 1, conflict: 1 },
    });
  });

  it('can commit a clean file without conflicts, even one with nothing new', () => {
    expect(previewProgressImport(parseProgressCsv('date,value\n2026-01-12,22.0\n'), recorded)).toMatchObject({
      canCommit: true,
      counts: { new: 0, alreadyRecorded: 1, conflict: 0 },
    });
  });

  it('passes the parser’s row errors through and offers no rows', () => {
    const preview = previewProgressImport(parseProgressCsv('date,value\n2026-01-26,abc\n'), recorded);
    expect(preview).toEqual({
      canCommit: false,
      errors: [
        {
          row: 2,
          column: 'value',
          message: 'expected a number, got "abc"',
          code: 'score-number',
          params: { got: '"abc"' },
        },
      ],
      rows: [],
      counts: { new: 0, alreadyRecorded: 0, conflict: 0 },
    });
  });
});
