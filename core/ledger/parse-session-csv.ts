import { describeInput } from '../schemas/describe-input';
import { serviceLogInputSchema, type ServiceLogInput } from '../schemas/service-log';
import type { z } from 'zod';
import {
  columnCount,
  columnMissing,
  columnName,
  columnTwice,
  emptyFile,
  gotParam,
  isBlank,
  noRows,
  normalizeHeader,
  splitCsv,
  unknownColumn,
  type CsvError,
} from '../progress/parse-progress-csv';
import type { CsvProblemCode, CsvProblemParams } from '../schemas/csv-problem';

const FIELDS = ['date', 'service', 'minutes', 'status', 'reason', 'makeUp', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** Header spellings accepted for each column, compared lower-cased with spaces, dashes and underscores removed. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  date: ['date', 'sessiondate', 'day', 'fecha'],
  service: ['service', 'servicio'],
  minutes: ['minutes', 'mins', 'duration', 'minutos', 'duracion', 'duración'],
  status: ['status', 'estado'],
  reason: ['reason', 'missedreason', 'motivo', 'razon', 'razón'],
  makeUp: ['makeup', 'recuperacion', 'recuperación'],
  note: ['note', 'notes', 'comment', 'nota', 'notas'],
};
/** The names the errors use for a column the file does not have (`make_up`: as the documentation spells it). */
const STANDARD_NAMES: Readonly<Record<Field, string>> = {
  date: 'date',
  service: 'service',
  minutes: 'minutes',
  status: 'status',
  reason: 'reason',
  makeUp: 'make_up',
  note: 'note',
};
const REQUIRED: readonly Field[] = ['date', 'service', 'minutes', 'status'];
const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** True for a name of the session log's fields (a schema issue's path may name none: a problem with the whole row). */
function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

export interface SessionCsvRow {
  /** Row as a spreadsheet numbers it (the header is row 1). */
  readonly row: number;
  readonly session: ServiceLogInput;
}

export type ParseSessionCsvResult =
  { readonly ok: true; readonly rows: SessionCsvRow[] } | { readonly ok: false; readonly errors: CsvError[] };

/**
 * Reads a provider's session log exported from a spreadsheet: a header row with date, service, minutes and status
 * (reason, make_up and note optional; any order; Spanish names accepted), then one session a row, each checked by the
 * same schema as the log form (minutes 0–1440, a reason only for a missed session, …). Nothing is returned as rows
 * unless the whole file is clean: otherwise one error per bad row naming its column, e.g.
 * `{ row: 3, column: 'minutes', message: 'expected 0–1440 minutes' }`. Whether each row fits the IEP is checked by
 * the caller against the plan (check-session.ts).
 */
export function parseSessionCsv(text: string): ParseSessionCsvResult {
  const records = splitCsv(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if ('error' in records) return { ok: false, errors: [records.error] };
  const [header, ...rows] = records.rows.filter((r) => !isBlank(r.fields));
  if (header === undefined) return { ok: false, errors: [emptyFile()] };
  const index: Partial<Record<Field, number>> = {};
  // Each column's name as the file writes it ("Minutos", "Make-up"), for the errors to name (CsvError.column).
  const names: Record<Field, string> = { ...STANDARD_NAMES };
  for (const [i, raw] of header.fields.entries()) {
    const field = FIELDS.find((f) => HEADER_NAMES[f].includes(normalizeHeader(raw)));
    if (field === undefined) {
      const expected = 'date, service, minutes, status, reason, make_up or note';
      return { ok: false, errors: [unknownColumn(header.row, raw, i, expected)] };
    }
    if (index[field] !== undefined) {
      return { ok: false, errors: [columnTwice(header.row, raw, names[field])] };
    }
    index[field] = i;
    names[field] = columnName(raw);
  }
  for (const field of REQUIRED) {
    if (index[field] === undefined) return { ok: false, errors: [columnMissing(header.row, STANDARD_NAMES[field])] };
  }
  if (rows.length === 0) return { ok: false, errors: [noRows(header.row)] };
  const errors: CsvError[] = [];
  const sessions: SessionCsvRow[] = [];
  for (const { row, fields } of rows) {
    if (fields.length > header.fields.length && !isBlank(fields.slice(header.fields.length))) {
      errors.push(columnCount(row, header.fields.length, fields.length));
      continue;
    }
    const cell = (field: Field): string => {
      const i = index[field];
      return i === undefined ? '' : (fields[i] ?? '').trim();
    };
    const minutes = cell('minutes');
    const makeUp = cell('makeUp').toLowerCase();
    if (!YES.has(makeUp) && !NO.has(makeUp)) {
      errors.push({
        row,
        column: names.makeUp,
        message: `expected yes or no, got ${describeInput(cell('makeUp'))}`,
        code: 'yes-no',
        params: gotParam(cell('makeUp')),
      });
      continue;
    }
    const candidate = {
      date: cell('date'),
      service: cell('service'),
      minutes: /^\d+$/.test(minutes) ? Number(minutes) : minutes === '' ? undefined : minutes,
      status: cell('status').toLowerCase(),
      ...(cell('reason') === '' ? {} : { reason: cell('reason').toLowerCase() }),
      ...(YES.has(makeUp) ? { makeUp: true } : {}),
      ...(cell('note') === '' ? {} : { note: cell('note') }),
    };
    const parsed = serviceLogInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
        const column = isField(field) ? names[field] : '(row)';
        errors.push({
          row,
          column,
          message: issue.message,
          ...problemOf(issue, field, isField(field) ? cell(field) : ''),
        });
      }
      continue;
    }
    sessions.push({ row, session: parsed.data });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: sessions };
}

/**
 * The code of a problem the log form's schema found in a row's cell (`cell` as the file has it), so a page can say it
 * in its own language; the schema's English message stays the error's message.
 */
function problemOf(
  issue: z.core.$ZodIssue,
  field: string,
  cell: string,
): { code: CsvProblemCode; params?: CsvProblemParams } {
  switch (field) {
    case 'date':
      return { code: 'date', params: gotParam(cell) };
    case 'service':
    case 'note':
      if (issue.code === 'too_big') return { code: 'too-long', params: { max: Number(issue.maximum) } };
      return field === 'service' ? { code: 'service-missing' } : { code: 'invalid' };
    case 'minutes':
      if (issue.code === 'too_small' || issue.code === 'too_big') return { code: 'minutes-range' };
      return /^\d+$/.test(cell) ? { code: 'minutes-whole' } : { code: 'minutes-number', params: gotParam(cell) };
    case 'status':
      return { code: 'status', params: gotParam(cell) };
    case 'reason':
      return issue.code === 'custom' ? { code: 'reason-only-missed' } : { code: 'reason', params: gotParam(cell) };
    case 'makeUp':
      return issue.code === 'custom' ? { code: 'make-up-delivered' } : { code: 'yes-no', params: gotParam(cell) };
    default:
      return { code: 'invalid' };
  }
}
