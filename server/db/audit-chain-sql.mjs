// The SQL of the audit chain's append, in one place for its two writers: the queries through Kysely
// (audit-chain-queries.ts) and the audit commit thread (server/audit/audit-commit-worker.mjs), which runs them
// on its own SQLite connection without Kysely. Plain JavaScript, typed by audit-chain-sql.d.mts, because the
// thread loads it with Node's own loader (docs/decisions/0056). `?` placeholders; both databases read the texts.

/** Rows per INSERT: 14 columns each stays far below every driver's parameter limit. */
export const AUDIT_ROWS_PER_INSERT = 50;

/** Moves the head forward by `?` entries; answers the new last number and the hash the next entry follows. */
export const ADVANCE_AUDIT_HEAD_SQL =
  'update audit_head set last_seq = last_seq + ? where id = 1 returning last_seq, last_hash';

/** Stores the hash of the newest entry in the head. */
export const SET_AUDIT_HEAD_HASH_SQL = 'update audit_head set last_hash = ? where id = 1';

/** The columns of an entry, in the order the insert statements name them. */
export const AUDIT_ENTRY_COLUMNS = [
  'seq',
  'at',
  'actor_user_id',
  'actor_email',
  'actor_role',
  'student_id',
  'entity',
  'entity_id',
  'action',
  'route',
  'outcome',
  'count',
  'prev_hash',
  'hash',
];

/** The insert of `rows` entries (1 to AUDIT_ROWS_PER_INSERT). */
export function insertAuditRowsSql(rows) {
  const values = `(${AUDIT_ENTRY_COLUMNS.map(() => '?').join(', ')})`;
  return `insert into audit_entries (${AUDIT_ENTRY_COLUMNS.join(', ')}) values ${Array.from({ length: rows }, () => values).join(', ')}`;
}

/** The parameters of one insert: every row's columns in AUDIT_ENTRY_COLUMNS order. */
export function insertAuditRowsParameters(rows) {
  const parameters = [];
  for (const row of rows) for (const column of AUDIT_ENTRY_COLUMNS) parameters.push(row[column] ?? null);
  return parameters;
}
