import { formatPath } from '../schemas/format-issues';
import { describeInput } from '../schemas/describe-input';
import { serviceLogInputSchema, type ServiceLogInput } from '../schemas/service-log';
import { isBlank, normalizeHeader, splitCsv, type CsvError } from '../progress/parse-progress-csv';

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
const REQUIRED: readonly Field[] = ['date', 'service', 'minutes', 'status'];
const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

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
  if (header === undefined) return { ok: false, errors: [{ row: 1, column: 'date', message: 'the file is empty' }] };
  const index: Partial<Record<Field, number>> = {};
  for (const [i, raw] of header.fields.entries()) {
    const field = FIELDS.find((f) => HEADER_NAMES[f].includes(normalizeHeader(raw)));
    if (field === undefined) {
      const message = `unknown column ${describeInput(raw.trim())}; expected date, service, minutes, status, reason, make_up or note`;
      return {
        ok: false,
        errors: [{ row: header.row, column: raw.trim() === '' ? `column ${String(i + 1)}` : raw.trim(), message }],
      };
    }
    if (index[field] !== undefined) {
      return {
        ok: false,
        errors: [{ row: header.row, column: raw.trim(), message: `the ${field} column appears twice` }],
      };
    }
    index[field] = i;
  }
  for (const field of REQUIRED) {
    if (index[field] === undefined) {
      return { ok: false, errors: [{ row: header.row, column: field, message: `the header has no ${field} column` }] };
    }
  }
  if (rows.length === 0) {
    return { ok: false, errors: [{ row: header.row, column: 'date', message: 'no data rows after the header' }] };
  }
  const errors: CsvError[] = [];
  const sessions: SessionCsvRow[] = [];
  for (const { row, fields } of rows) {
    if (fields.length > header.fields.length && !isBlank(fields.slice(header.fields.length))) {
      errors.push({
        row,
        column: '(row)',
        message: `expected ${String(header.fields.length)} columns, got ${String(fields.length)} (quote a value that contains a comma)`,
      });
      continue;
    }
    const cell = (field: Field): string => {
      const i = index[field];
      return i === undefined ? '' : (fields[i] ?? '').trim();
    };
    const minutes = cell('minutes');
    const makeUp = cell('makeUp').toLowerCase();
    if (!YES.has(makeUp) && !NO.has(makeUp)) {
      errors.push({ row, column: 'make_up', message: `expected yes or no, got ${describeInput(cell('makeUp'))}` });
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
        const column = formatPath(issue.path);
        errors.push({ row, column: column === 'makeUp' ? 'make_up' : column, message: issue.message });
      }
      continue;
    }
    sessions.push({ row, session: parsed.data });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: sessions };
}
