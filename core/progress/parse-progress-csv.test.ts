import { describe, expect, it } from 'vitest';
import { progressInputSchema } from '../schemas/progress';
import { formatCsvError, parseProgressCsv } from './parse-progress-csv';

describe('parseProgressCsv', () => {
  it('reads a clean file', () => {
    const result = parseProgressCsv(
      'date,value,note,measured_by\n2026-01-12,22,,Ms. Rivera\n2026-01-19,25.5,"cold, tired",\n',
    );
    expect(result).toEqual({
      ok: true,
      points: [
        { date: '2026-01-12', value: 22, measuredBy: 'Ms. Rivera' },
        { date: '2026-01-19', value: 25.5, note: 'cold, tired' },
      ],
    });
  });

  it('accepts a BOM, CRLF, header variants in any order and case, and quoted quotes and line breaks', () => {
    const text =
      '\uFEFFScore,Date,Notes,Measured By\r\n24,2026-01-12,"said ""done"" early",Mr. Osei\r\n26,2026-01-19,"two\r\nlines",\r\n\r\n';
    const result = parseProgressCsv(text);
    expect(result).toEqual({
      ok: true,
      points: [
        { date: '2026-01-12', value: 24, note: 'said "done" early', measuredBy: 'Mr. Osei' },
        { date: '2026-01-19', value: 26, note: 'two\r\nlines' },
      ],
    });
  });

  it('accepts Spanish headers', () => {
    const result = parseProgressCsv('Fecha,Valor,Nota\n2026-01-12,22,bien\n');
    expect(result).toEqual({ ok: true, points: [{ date: '2026-01-12', value: 22, note: 'bien' }] });
  });

  it('reports one clear error per bad row, numbered as in a spreadsheet, and returns no points', () => {
    const text = [
      'date,value',
      '2026-01-12,22',
      '2026-01-19,abc',
      '3/4/2026,25',
      '2026-02-30,25',
      '2026-01-12,30',
      '2026-02-09,',
      '2026-02-16,1,2',
    ].join('\n');
    const result = parseProgressCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'value',
        message: 'expected a number, got "abc"',
        code: 'score-number',
        params: { got: '"abc"' },
      },
      {
        row: 4,
        column: 'date',
        message: 'expected YYYY-MM-DD, got "3/4/2026"',
        code: 'date',
        params: { got: '"3/4/2026"' },
      },
      {
        row: 5,
        column: 'date',
        message: 'expected YYYY-MM-DD, got "2026-02-30"',
        code: 'date',
        params: { got: '"2026-02-30"' },
      },
      {
        row: 6,
        column: 'date',
        message: '2026-01-12 appears more than once (also row 2)',
        code: 'date-twice',
        params: { date: '2026-01-12', earlierRow: 2 },
      },
      { row: 7, column: 'value', message: 'expected a number, got nothing', code: 'score-number', params: {} },
      {
        row: 8,
        column: '(row)',
        message: 'expected 2 columns, got 3 (quote a value that contains a comma)',
        code: 'column-count',
        params: { expected: 2, got: 3 },
      },
    ]);
    expect(result.errors.map(formatCsvError)[1]).toBe('row 4, date: expected YYYY-MM-DD, got "3/4/2026"');
  });

  it('names the header as written', () => {
    const result = parseProgressCsv('Fecha,Score\n12/01/2026,22\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'Fecha',
          message: 'expected YYYY-MM-DD, got "12/01/2026"',
          code: 'date',
          params: { got: '"12/01/2026"' },
        },
      ],
    });
  });

  it('counts rows as a spreadsheet does: blank lines count, a quoted line break does not', () => {
    const result = parseProgressCsv('date,value,note\n\n2026-01-12,22,"a\nb"\n2026-01-19,x,\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 4,
          column: 'value',
          message: 'expected a number, got "x"',
          code: 'score-number',
          params: { got: '"x"' },
        },
      ],
    });
  });

  it('explains a missing or unknown header, an empty file and an unclosed quote', () => {
    expect(parseProgressCsv('')).toEqual({
      ok: false,
      errors: [{ row: 1, column: 'date', message: 'the file is empty', code: 'empty' }],
    });
    expect(parseProgressCsv('2026-01-12,22\n')).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          column: '2026-01-12',
          message: 'expected a header row "date,value" first, got "2026-01-12,22"',
          code: 'no-header',
          params: { got: '"2026-01-12,22"' },
        },
      ],
    });
    expect(parseProgressCsv('date,weather\n')).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          column: 'weather',
          message: 'unknown column "weather"; expected date, value, note or measured_by',
          code: 'unknown-column',
          params: { name: '"weather"', expected: 'date, value, note, measured_by' },
        },
      ],
    });
    expect(parseProgressCsv('date,note\n2026-01-12,x\n')).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          column: 'value',
          message: 'the header has no value column',
          code: 'column-missing',
          params: { name: 'value' },
        },
      ],
    });
    expect(parseProgressCsv('date,value\n')).toEqual({
      ok: false,
      errors: [{ row: 1, column: 'date', message: 'no data rows after the header', code: 'no-rows' }],
    });
    expect(parseProgressCsv('date,value,note\n2026-01-12,22,"open\n')).toEqual({
      ok: false,
      errors: [
        { row: 2, column: '(row)', message: 'a quoted field is never closed (missing ")', code: 'quote-unclosed' },
      ],
    });
  });

  it('gives points the JSON schema accepts', () => {
    const result = parseProgressCsv('date,value\n2026-01-12,-3.5e1\n2026-01-19,+4\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.points.map((p) => p.value)).toEqual([-35, 4]);
    const input = {
      direction: 'increase',
      baseline: { date: '2026-01-05', value: 0 },
      goal: { date: '2026-06-01', value: 10 },
      points: result.points,
    };
    expect(progressInputSchema.safeParse(input).success).toBe(true);
  });
});
