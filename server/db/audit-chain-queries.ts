import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AuditEntryTable, AuditHeadTable, DatabaseSchema } from './schema';
import { preparedStatement, type PreparedStatement } from './prepared-statement';

/** Rows per INSERT: 14 columns each stays far below every driver's parameter limit. */
const ROWS_PER_INSERT = 50;

const advanceHead = preparedStatement<{ last_seq: number | string; last_hash: string }>(
  'audit_advance_head',
  'update audit_head set last_seq = last_seq + ? where id = 1 returning last_seq, last_hash',
);

const setHeadHash = preparedStatement<never>('audit_set_head_hash', 'update audit_head set last_hash = ? where id = 1');

/** The columns of an entry, in the order the insert statements name them. */
const ENTRY_COLUMNS = [
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
] as const satisfies readonly (keyof AuditEntryTable)[];

/** The insert of `rows` entries, prepared on first use (a batch has 1 to ROWS_PER_INSERT rows). */
const insertStatements = new Map<number, PreparedStatement<never>>();
function insertOf(rows: number): PreparedStatement<never> {
  let statement = insertStatements.get(rows);
  if (statement === undefined) {
    const values = `(${ENTRY_COLUMNS.map(() => '?').join(', ')})`;
    statement = preparedStatement<never>(
      `audit_insert_${String(rows)}`,
      `insert into audit_entries (${ENTRY_COLUMNS.join(', ')}) values ${Array.from({ length: rows }, () => values).join(', ')}`,
    );
    insertStatements.set(rows, statement);
  }
  return statement;
}

/**
 * Moves the chain's head forward by `count` entries and answers the new last number and the hash the next
 * entry follows. Moving the head first takes its row lock on PostgreSQL (SQLite has one writer anyway), so
 * concurrent requests queue instead of forking the chain.
 */
export async function advanceAuditHead(
  trx: Kysely<DatabaseSchema>,
  count: number,
): Promise<{ lastSeq: number; lastHash: string }> {
  const [head] = await advanceHead.run(trx, [count]);
  if (head === undefined) throw new Error('the audit chain has no head (run the migrations)');
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

/** Inserts chained entries, in order, a few dozen per statement. */
export async function insertAuditRows(
  trx: Kysely<DatabaseSchema>,
  rows: readonly Insertable<AuditEntryTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const parameters: unknown[] = [];
    for (const row of chunk) for (const column of ENTRY_COLUMNS) parameters.push(row[column] ?? null);
    await insertOf(chunk.length).run(trx, parameters);
  }
}

/** Stores the hash of the newest entry in the head. */
export async function setAuditHeadHash(trx: Kysely<DatabaseSchema>, hash: string): Promise<void> {
  await setHeadHash.run(trx, [hash]);
}

/** Up to `limit` stored entries from number `fromSeq` on, in order. */
export function listAuditEntriesFrom(
  db: Kysely<DatabaseSchema>,
  fromSeq: number,
  limit: number,
): Promise<Selectable<AuditEntryTable>[]> {
  return db.selectFrom('audit_entries').selectAll().where('seq', '>=', fromSeq).orderBy('seq').limit(limit).execute();
}

/** The chain's head, or null before the migration that creates it. */
export async function findAuditHead(db: Kysely<DatabaseSchema>): Promise<Selectable<AuditHeadTable> | null> {
  return (await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst()) ?? null;
}
