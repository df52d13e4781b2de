import type { Kysely, Selectable } from 'kysely';
import {
  ADVANCE_AUDIT_HEAD_SQL,
  AUDIT_ROWS_PER_INSERT,
  insertAuditRowsParameters,
  insertAuditRowsSql,
  SET_AUDIT_HEAD_HASH_SQL,
  type AuditRow,
} from './audit-chain-sql.mjs';
import type { AuditEntryTable, AuditHeadTable, DatabaseSchema } from './schema';
import { preparedStatement, type PreparedStatement } from './prepared-statement';

const advanceHead = preparedStatement<{ last_seq: number | string; last_hash: string }>(
  'audit_advance_head',
  ADVANCE_AUDIT_HEAD_SQL,
);

const setHeadHash = preparedStatement<never>('audit_set_head_hash', SET_AUDIT_HEAD_HASH_SQL);

/** The insert of `rows` entries, prepared on first use (a batch has 1 to AUDIT_ROWS_PER_INSERT rows). */
const insertStatements = new Map<number, PreparedStatement<never>>();
function insertOf(rows: number): PreparedStatement<never> {
  let statement = insertStatements.get(rows);
  if (statement === undefined) {
    statement = preparedStatement<never>(`audit_insert_${String(rows)}`, insertAuditRowsSql(rows));
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
export async function insertAuditRows(trx: Kysely<DatabaseSchema>, rows: readonly AuditRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += AUDIT_ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + AUDIT_ROWS_PER_INSERT);
    await insertOf(chunk.length).run(trx, insertAuditRowsParameters(chunk));
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
