import { describeInput, QUOTE_LIMIT } from '../schemas/describe-input';
import { isIsoDate } from '../schemas/iso-date';
import type { ProgressPoint } from '../schemas/progress';
import { isScore, SCORE_RANGE_MESSAGE } from '../schemas/score';

/** One problem in a progress CSV, located as a person finds it in a spreadsheet. */
export interface CsvError {
  /** Row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** The column's name as written in the header, or the expected name when it is missing. */
  readonly column: string;
  readonly message: string;
}

export type ParseProgressCsvResult =
  { readonly ok: true; readonly points: ProgressPoint[] } | { readonly ok: false; readonly errors: CsvError[] };

const FIELDS = ['date', 'value', 'note', 'measuredBy'] as const;
type Field = (typeof FIELDS)[number];

/** Header spellings accepted for each column, compared lower-cased with spaces, dashes and underscores removed. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  date: ['date', 'probedate', 'day', 'fecha'],
  value: ['value', 'score', 'result', 'valor', 'puntuacion', 'puntuación', 'resultado'],
  note: ['note', 'notes', 'comment', 'comments', 'nota', 'notas', 'comentario', 'comentarios'],
  measuredBy: ['measuredby', 'by', 'staff', 'measurer', 'medidopor', 'medidapor'],
};

/** Mirrors the JSON schema's limits so a clean CSV always makes valid input. */
const MAX_NOTE = 500;
const MAX_MEASURED_BY = 200;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads progress points from a spreadsheet export with a header row `date,value[,note][,measured_by]`
 * (case-insensitive; common variants such as "Score" or "Measured by" and Spanish names accepted; any column
 * order). Handles a byte-order mark, CRLF line ends and quoted fields with commas, quotes and line breaks;
 * blank lines are skipped. Nothing is returned as points unless the whole file is clean: otherwise one error
 * per bad row, e.g. `{ row: 4, column: 'date', message: 'expected YYYY-MM-DD, got "3/4/2026"' }`, including
 * dates that appear twice.
 */
export function parseProgressCsv(text: string): ParseProgressCsvResult {
  const records = splitCsv(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if ('error' in records) return { ok: false, errors: [records.error] };
  const [header, ...rows] = records.rows.filter((r) => !isBlank(r.fields));
  if (header === undefined) return { ok: false, errors: [{ row: 1, column: 'date', message: 'the file is empty' }] };
  const columns = readHeader(header.fields, header.row);
  if ('error' in columns) return { ok: false, errors: [columns.error] };
  if (rows.length === 0) {
    return { ok: false, errors: [{ row: header.row, column: 'date', message: 'no data rows after the header' }] };
  }

  const errors: CsvError[] = [];
  const points: ProgressPoint[] = [];
  const firstRowOfDate = new Map<string, number>();
  for (const { row, fields } of rows) {
    const result = readRow(fields, row, columns);
    if ('error' in result) {
      errors.push(result.error);
      continue;
    }
    const earlier = firstRowOfDate.get(result.point.date);
    if (earlier !== undefined) {
      errors.push({
        row,
        column: columns.names.date,
        message: `${result.point.date} appears more than once (also row ${String(earlier)})`,
      });
      continue;
    }
    firstRowOfDate.set(result.point.date, row);
    points.push(result.point);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, points };
}

/** `row 4, date: expected YYYY-MM-DD, got "3/4/2026"`: an error as one line for a person. */
export function formatCsvError(error: CsvError): string {
  return `row ${String(error.row)}, ${error.column}: ${error.message}`;
}

export interface CsvRecord {
  readonly row: number;
  readonly fields: string[];
}

interface Columns {
  readonly index: Readonly<Partial<Record<Field, number>>>;
  readonly names: Readonly<Record<Field, string>>;
  readonly count: number;
}

/** RFC 4180 records, numbered as rows; a quoted field may span lines and stays one row, as in a spreadsheet. */
export function splitCsv(text: string): { rows: CsvRecord[] } | { error: CsvError } {
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let isQuoted = false;
  let quoteRow = 0;
  let isFieldStart = true;
  const endRecord = (): void => {
    fields.push(field);
    rows.push({ row: rows.length + 1, fields });
    fields = [];
    field = '';
    isFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        isQuoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && isFieldStart) {
      isQuoted = true;
      quoteRow = rows.length + 1;
      isFieldStart = false;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      isFieldStart = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
      isFieldStart = false;
    }
  }
  if (isQuoted) {
    return { error: { row: quoteRow, column: '(row)', message: 'a quoted field is never closed (missing ")' } };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { rows };
}

export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** A header cell as errors name it: trimmed, and only its start when someone pasted a page into it. */
function columnName(raw: string): string {
  const name = raw.trim();
  return name.length > QUOTE_LIMIT ? `${name.slice(0, QUOTE_LIMIT)}…` : name;
}

function readHeader(fields: readonly string[], row: number): Columns | { error: CsvError } {
  const index: Partial<Record<Field, number>> = {};
  const names: Record<Field, string> = { date: 'date', value: 'value', note: 'note', measuredBy: 'measured_by' };
  for (const [i, raw] of fields.entries()) {
    const normalized = normalizeHeader(raw);
    const field = FIELDS.find((f) => HEADER_NAMES[f].includes(normalized));
    if (field === undefined) {
      const looksLikeData = isIsoDate(raw.trim()) || NUMBER.test(raw.trim());
      const message = looksLikeData
        ? `expected a header row "date,value" first, got ${describeInput(fields.join(','))}`
        : `unknown column ${describeInput(raw.trim())}; expected date, value, note or measured_by`;
      return { error: { row, column: raw.trim() === '' ? `column ${String(i + 1)}` : columnName(raw), message } };
    }
    if (index[field] !== undefined) {
      return { error: { row, column: columnName(raw), message: `the ${names[field]} column appears twice` } };
    }
    index[field] = i;
    names[field] = columnName(raw);
  }
  for (const required of ['date', 'value'] as const) {
    if (index[required] === undefined) {
      return { error: { row, column: required, message: `the header has no ${required} column` } };
    }
  }
  return { index, names, count: fields.length };
}

function readRow(
  fields: readonly string[],
  row: number,
  columns: Columns,
): { point: ProgressPoint } | { error: CsvError } {
  if (fields.length > columns.count && !isBlank(fields.slice(columns.count))) {
    const message = `expected ${String(columns.count)} columns, got ${String(fields.length)} (quote a value that contains a comma)`;
    return { error: { row, column: '(row)', message } };
  }
  const cell = (field: Field): string => {
    const i = columns.index[field];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const error = (field: Field, message: string): { error: CsvError } => ({
    error: { row, column: columns.names[field], message },
  });
  const date = cell('date');
  if (!isIsoDate(date))
    return error(
      'date',
      date === '' ? 'expected YYYY-MM-DD, got nothing' : `expected YYYY-MM-DD, got ${describeInput(date)}`,
    );
  const rawValue = cell('value');
  const value = Number(rawValue);
  if (!NUMBER.test(rawValue) || !Number.isFinite(value)) {
    return error(
      'value',
      rawValue === '' ? 'expected a number, got nothing' : `expected a number, got ${describeInput(rawValue)}`,
    );
  }
  if (!isScore(value)) return error('value', SCORE_RANGE_MESSAGE);
  const note = cell('note');
  const measuredBy = cell('measuredBy');
  if (note.length > MAX_NOTE)
    return error('note', `expected at most ${String(MAX_NOTE)} characters, got ${String(note.length)}`);
  if (measuredBy.length > MAX_MEASURED_BY) {
    return error(
      'measuredBy',
      `expected at most ${String(MAX_MEASURED_BY)} characters, got ${String(measuredBy.length)}`,
    );
  }
  return {
    point: {
      date,
      value,
      ...(note === '' ? {} : { note }),
      ...(measuredBy === '' ? {} : { measuredBy }),
    },
  };
}
