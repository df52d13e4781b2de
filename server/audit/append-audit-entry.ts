import type { Kysely } from 'kysely';
import { advanceAuditHead, insertAuditRows, setAuditHeadHash } from '../db/audit-chain-queries';
import type { DatabaseSchema } from '../db/schema';
import type { AuditFacts } from './audit-entry';
import { chainRows } from './audit-chain-link.mjs';

/**
 * Appends entries to the chain, in order, inside the caller's transaction. Moving the head first takes its
 * row lock on PostgreSQL (SQLite has one writer anyway), so concurrent requests queue instead of forking the
 * chain; if the caller's transaction rolls back, the entries and the head move vanish with it. Returns the
 * number of the last entry.
 */
export async function appendAuditEntries(trx: Kysely<DatabaseSchema>, entries: readonly AuditFacts[]): Promise<number> {
  const { lastSeq, lastHash } = await advanceAuditHead(trx, entries.length);
  const chained = chainRows(lastSeq, lastHash, entries);
  await insertAuditRows(trx, chained.rows);
  await setAuditHeadHash(trx, chained.lastHash);
  return lastSeq;
}

/** Appends one entry (see appendAuditEntries). */
export function appendAuditEntry(trx: Kysely<DatabaseSchema>, facts: AuditFacts): Promise<number> {
  return appendAuditEntries(trx, [facts]);
}
