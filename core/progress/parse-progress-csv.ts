import { describeInput, QUOTE_LIMIT } from '../schemas/describe-input';
import type { CsvProblemCode, CsvProblemParams } from '../schemas/csv-problem';
import type { FieldIssue } from '../schemas/format-issues';
import { isIsoDate } from '../schemas/iso-date';
import type { ProgressPoint } from '../schemas/progress';
import { isScore, SCORE_RANGE_MESSAGE } from '../schemas/score';

/** One problem in a CSV, located as a person finds it in a spreadsheet. */
export interface CsvError {
  /** Row as a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
  readonly row: number;
  /** The column's name as written in the header, or the expected name when it is missing. */
  readonly column: string;
  /** In English, for the API's and the CLI's readers. */
  readonly message: string;
  readonly code: CsvProblemCode;
  readonly params?: CsvProblemParams;
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
  if (header === undefined) return { ok: false, errors: [emptyFile()] };
  const columns = readHeader(header.fields, header.row);
  if ('error' in columns) return { ok: false, errors: [columns.error] };
  if (rows.length === 0) {
    return { ok: false, errors: [noRows(header.row)] };
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
        code: 'date-twice',
        params: { date: result.point.date, earlierRow: earlier },
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

/**
 * A CSV problem as a field issue of the API's 400: the English line in `message` as before, and `code` with
 * `params` (the row and column included) so a page can say it in its own language.
 */
export function csvFieldIssue(error: CsvError): FieldIssue {
  return {
    field: 'csv',
    message: formatCsvError(error),
    code: error.code,
    params: { ...error.params, row: error.row, column: error.column },
  };
}

/** The file has no rows at all (or only blank ones). */
export function emptyFile(): CsvError {
  return { row: 1, column: 'date', message: 'the file is empty', code: 'empty' };
}

/** A header and nothing under it. */
export function noRows(headerRow: number): CsvError {
  return { row: headerRow, column: 'date', message: 'no data rows after the header', code: 'no-rows' };
}

/** A data row with more cells than the header has columns. */
export function columnCount(row: number, expected: number, got: number): CsvError {
  return {
    row,
    column: '(row)',
    message: `expected ${String(expected)} columns, got ${String(got)} (quote a value that contains a comma)`,
    code: 'column-count',
    params: { expected, got },
  };
}

/** `got` for a problem's params: the cell as messages quote it, nothing when it is empty. */
export function gotParam(cell: string): CsvProblemParams {
  return cell === '' ? {} : { got: describeInput(cell) };
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
    return {
      error: {
        row: quoteRow,
        column: '(row)',
        message: 'a quoted field is never closed (missing ")',
        code: 'quote-unclosed',
      },
    };
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
export function columnName(raw: string): string {
  const name = raw.trim();
  return name.length > QUOTE_LIMIT ? `${name.slice(0, QUOTE_LIMIT)}…` : name;
}

/**
 * A header cell that names no column Binder knows; `expected` lists the known names, e.g. `date, value, note or
 * measured_by`. A blank cell is named by its place (`column 3`).
 */
export function unknownColumn(row: number, raw: string, index: number, expected: string): CsvError {
  const message = `unknown column ${describeInput(raw.trim())}; expected ${expected}`;
  const expectedList = expected.replace(' or ', ', ');
  if (raw.trim() === '') {
    const position = index + 1;
    return { row, column: `column ${String(position)}`, message, code: 'blank-column', params: { position } };
  }
  const params = { name: describeInput(raw.trim()), expected: expectedList };
  return { row, column: columnName(raw), message, code: 'unknown-column', params };
}

/** Two header cells naming the same column. */
export function columnTwice(row: number, raw: string, name: string): CsvError {
  const message = `the ${name} column appears twice`;
  return { row, column: columnName(raw), message, code: 'column-twice', params: { name } };
}

/** A required column the header lacks. */
export function columnMissing(row: number, name: string): CsvError {
  const message = `the header has no ${name} column`;
  return { row, column: name, message, code: 'column-missing', params: { name } };
}

function readHeader(fields: readonly string[], row: number): Columns | { error: CsvError } {
  const index: Partial<Record<Field, number>> = {};
  const names: Record<Field, string> = { date: 'date', value: 'value', note: 'note', measuredBy: 'measured_by' };
  for (const [i, raw] of fields.entries()) {
    const normalized = normalizeHeader(raw);
    const field = FIELDS.find((f) => HEADER_NAMES[f].includes(normalized));
    if (field === undefined) {
      const looksLikeData = isIsoDate(raw.trim()) || NUMBER.test(raw.trim());
      if (looksLikeData) {
        const got = describeInput(fields.join(','));
        const message = `expected a header row "date,value" first, got ${got}`;
        return { error: { row, column: columnName(raw), message, code: 'no-header', params: { got } } };
      }
      return { error: unknownColumn(row, raw, i, 'date, value, note or measured_by') };
    }
    if (index[field] !== undefined) {
      return { error: columnTwice(row, raw, names[field]) };
    }
    index[field] = i;
    names[field] = columnName(raw);
  }
  for (const required of ['date', 'value'] as const) {
    if (index[required] === undefined) {
      return { error: columnMissing(row, required) };
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
    return { error: columnCount(row, columns.count, fields.length) };
  }
  const cell = (field: Field): string => {
    const i = columns.index[field];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const error = (
    field: Field,
    message: string,
    code: CsvProblemCode,
    params: CsvProblemParams = {},
  ): { error: CsvError } => ({
    error: { row, column: columns.names[field], message, code, params },
  });
  const date = cell('date');
  if (!isIsoDate(date))
    return error(
      'date',
      date === '' ? 'expected YYYY-MM-DD, got nothing' : `expected YYYY-MM-DD, got ${describeInput(date)}`,
      'date',
      gotParam(date),
    );
  const rawValue = cell('value');
  const value = Number(rawValue);
  if (!NUMBER.test(rawValue) || !Number.isFinite(value)) {
    return error(
      'value',
      rawValue === '' ? 'expected a number, got nothing' : `expected a number, got ${describeInput(rawValue)}`,
      'score-number',
      gotParam(rawValue),
    );
  }
  if (!isScore(value)) return error('value', SCORE_RANGE_MESSAGE, 'score-range', gotParam(rawValue));
  const note = cell('note');
  const measuredBy = cell('measuredBy');
  if (note.length > MAX_NOTE) {
    const message = `expected at most ${String(MAX_NOTE)} characters, got ${String(note.length)}`;
    return error('note', message, 'too-long', { max: MAX_NOTE, length: note.length });
  }
  if (measuredBy.length > MAX_MEASURED_BY) {
    const message = `expected at most ${String(MAX_MEASURED_BY)} characters, got ${String(measuredBy.length)}`;
    return error('measuredBy', message, 'too-long', { max: MAX_MEASURED_BY, length: measuredBy.length });
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
