import type { Kysely } from 'kysely';
import { AUDIT_ENTRY_COLUMNS } from '../db/audit-chain-sql.mjs';
import { preparedStatement } from '../db/prepared-statement';
import type { DatabaseSchema } from '../db/schema';
import { commitThrough, type CommitAuditBatch } from './audit-batcher';
import type { AuditFacts } from './audit-entry';
import { chainRows } from './audit-chain-link.mjs';

/** The chain's head as this process last saw it. */
interface Head {
  readonly lastSeq: number;
  readonly lastHash: string;
}

const readHead = preparedStatement<{ last_seq: number | string; last_hash: string }>(
  'audit_read_head',
  'select last_seq, last_hash from audit_head where id = 1',
);

const COLUMNS = AUDIT_ENTRY_COLUMNS.join(', ');

/**
 * One statement that appends a batch if, and only if, the head is still where this process last saw it: the head
 * moves from ($3, $4) to ($1, $2) and the rows ($5, a JSON array in the table's column names) go in, or nothing
 * happens and it answers 0. PostgreSQL only (`json_populate_recordset` types each field from the table's columns).
 * A head another writer holds is waited for, then checked again on its committed value (read committed).
 */
const appendIfHeadUnmoved = preparedStatement<{ appended: number | string }>(
  'audit_append_if_head_unmoved',
  `with head as (
     update audit_head set last_seq = ?, last_hash = ? where id = 1 and last_seq = ? and last_hash = ? returning id
   ), appended as (
     insert into audit_entries (${COLUMNS})
     select ${COLUMNS} from json_populate_recordset(null::audit_entries, cast(? as json))
     where exists (select 1 from head)
     returning seq
   )
   select count(*) as appended from appended`,
);

/** After this many moved heads in a row, the batch takes the head's lock instead (append-audit-entry.ts). */
const ATTEMPTS = 3;

/**
 * Group commit of a batch on PostgreSQL in one round trip (docs/decisions/0060): the entries are linked to the head
 * this process last committed, and one statement checks that head, moves it and inserts them, committed on its
 * own. The locking transaction it replaces took five round trips (begin, move the head, insert, store the hash,
 * commit), each waiting for the event loop's turn, while every request in the batch waited for the last.
 *
 * When another writer moved the head (a change's own entry, another app server), the statement changes nothing;
 * the head is read again and the batch re-linked. After {@link ATTEMPTS} such misses the batch is appended in a
 * transaction holding the head's lock, as before, so a busy chain cannot starve it.
 */
export function commitOnPostgres(db: Kysely<DatabaseSchema>): CommitAuditBatch {
  const withLock = commitThrough(db);
  let known: Head | null = null;
  return async (entries: readonly AuditFacts[]) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const head: Head = known ?? (await currentHead(db));
      known = null;
      const lastSeq = head.lastSeq + entries.length;
      const { rows, lastHash } = chainRows(lastSeq, head.lastHash, entries);
      const [result] = await appendIfHeadUnmoved.run(db, [
        lastSeq,
        lastHash,
        head.lastSeq,
        head.lastHash,
        JSON.stringify(rows),
      ]);
      if (Number(result?.appended ?? 0) === entries.length) {
        known = { lastSeq, lastHash };
        return;
      }
    }
    await withLock(entries);
  };
}

async function currentHead(db: Kysely<DatabaseSchema>): Promise<Head> {
  const [head] = await readHead.run(db, []);
  if (head === undefined) throw new Error('the audit chain has no head (run the migrations)');
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}
