import { DEMO_FAMILY } from '../../core/demo/demo-family';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { findDemoFamilyId, insertFamily } from '../db/family-queries';

export interface LoadDemoResult {
  readonly familyId: string;
  /** False when the demo family was already there and nothing was written. */
  readonly created: boolean;
}

/**
 * Loads the fictional demo family (core/demo) once. Loading it again changes nothing, so the home page's
 * link and `binder demo` are safe to use twice.
 */
export async function loadDemoFamily(database: Database, clock: Clock): Promise<LoadDemoResult> {
  return database.db.transaction().execute(async (trx) => {
    const existing = await findDemoFamilyId(trx);
    if (existing !== null) return { familyId: existing, created: false };
    const familyId = await insertFamily(trx, DEMO_FAMILY, { isDemo: true, createdAt: clock.now().toISOString() });
    return { familyId, created: true };
  });
}
