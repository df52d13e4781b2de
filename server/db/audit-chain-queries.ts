import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { AuditEntryTable, AuditHeadTable, DatabaseSchema } from './schema';

/** Rows per INSERT: 14 columns each stays far below every driver's parameter limit. */
const ROWS_PER_INSERT = 50;

/**
 * Moves the chain's head forward by `count` entries and answers the new last number and the hash the next
 * entry follows. Moving the head first takes its row lock on PostgreSQL (SQLite has one writer anyway), so
 * concurrent requests queue instead of forking the chain.
 */
export async function advanceAuditHead(
  trx: Kysely<DatabaseSchema>,
  count: number,
): Promise<{ lastSeq: number; lastHash: string }> {
  const head = await trx
    .updateTable('audit_head')
    .set({ last_seq: sql`last_seq + ${count}` })
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

/** Inserts chained entries, in order, a few dozen per statement. */
export async function insertAuditRows(
  trx: Kysely<DatabaseSchema>,
  rows: readonly Insertable<AuditEntryTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await trx
      .insertInto('audit_entries')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
}

/** Stores the hash of the newest entry in the head. */
export async function setAuditHeadHash(trx: Kysely<DatabaseSchema>, hash: string): Promise<void> {
  await trx.updateTable('audit_head').set({ last_hash: hash }).where('id', '=', 1).execute();
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
