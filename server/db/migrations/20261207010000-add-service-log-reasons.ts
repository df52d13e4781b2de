import type { Kysely } from 'kysely';

// A missed session's reason (core/schemas/service-log.ts MISSED_REASONS; null for sessions logged before reasons
// existed, which the ledger treats as the school's doing) and whether a delivered session was a make-up
// (docs/decisions/0033). Existing sessions were regular ones: 0.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('service_logs').addColumn('reason', 'text').execute();
  await db.schema
    .alterTable('service_logs')
    .addColumn('make_up', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
