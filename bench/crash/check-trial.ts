import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../server/db/schema';
import { findCommunication } from '../../server/db/communication-queries';
import { findEvent } from '../../server/db/event-queries';
import { findPlan } from '../../server/db/plan-queries';
import { findPoint } from '../../server/db/progress-queries';
import { findStudent } from '../../server/db/student-queries';
import type { AckedWrite, TrialRecord } from './trial-load';

/** What the check after a restart found for one trial. */
export interface TrialCheck {
  readonly acknowledged: number;
  /** Acknowledged writes missing or not as acknowledged, one line each. */
  readonly lost: readonly string[];
  /** Writes in flight at the kill that are in the database all the same (allowed: their commit had happened). */
  readonly landedUnacknowledged: number;
  /** Routes whose `allowed` audit entries do not match the writes that landed, or reads answered without one. */
  readonly auditMismatches: readonly string[];
}

/** The audit trail's route for each kind of write (the route pattern, as access-control.ts records it). */
const WRITE_ROUTES = {
  student: 'POST /api/v1/students',
  plan: 'POST /api/v1/students/:id/plans',
  event: 'POST /api/v1/students/:id/events',
  'progress-point': 'POST /api/v1/plans/:id/goals/:goalId/points',
  communication: 'POST /api/v1/students/:id/communications',
  autosave: 'PUT /api/v1/plans/:id/versions/:versionId/content',
} as const;
const READ_ROUTE = 'GET /api/v1/students/:id/events';

/** The same data either way: JSON as the API answers it (dates as strings, no undefined fields). */
function sameJson(stored: unknown, answered: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(stored ?? null)) as unknown, answered);
}

function markerOf(content: unknown): string | undefined {
  return (content as { presentLevels?: { academic?: string } } | null)?.presentLevels?.academic;
}

/** Whether one acknowledged create is in the database exactly as the server answered it. */
async function createIsStored(db: Kysely<DatabaseSchema>, write: AckedWrite): Promise<boolean> {
  switch (write.kind) {
    case 'student': {
      const row = await findStudent(db, write.id);
      return row !== null && row.givenName === (write.answer as { givenName?: unknown }).givenName;
    }
    case 'plan': {
      const plan = await findPlan(db, write.id);
      return plan !== null && plan.studentId === (write.answer as { studentId?: unknown }).studentId;
    }
    case 'event':
      return sameJson(await findEvent(db, write.id), write.answer);
    case 'progress-point':
      return sameJson(await findPoint(db, write.id), write.answer);
    case 'communication':
      return sameJson(await findCommunication(db, write.id), write.answer);
    case 'autosave':
      return false;
  }
}

/** The autosaves that landed: each save's history row holds the version exactly as it was saved. */
async function landedSaves(db: Kysely<DatabaseSchema>, studentId: string): Promise<Map<string, unknown>> {
  const rows = await db
    .selectFrom('record_history')
    .select('data')
    .where('student_id', '=', studentId)
    .where('entity', '=', 'plan-version')
    .where('action', '=', 'update')
    .execute();
  const saves = new Map<string, unknown>();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { content?: unknown };
    saves.set(markerOf(data.content) ?? '', data);
  }
  return saves;
}

async function landedIds(
  db: Kysely<DatabaseSchema>,
  table: 'case_events' | 'progress_points' | 'communications',
  studentId: string,
): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('student_id', '=', studentId).execute();
  return rows.map((row) => row.id);
}

async function allowedEntriesByRoute(db: Kysely<DatabaseSchema>, studentId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('audit_entries')
    .select(['route', (eb) => eb.fn.countAll<number | string>().as('entries')])
    .where('student_id', '=', studentId)
    .where('outcome', '=', 'allowed')
    .groupBy('route')
    .execute();
  return new Map(rows.map((row) => [row.route, Number(row.entries)]));
}

/**
 * After a restart: every acknowledged write of the trial is in the database as acknowledged; each draft holds
 * its last acknowledged save or a later one that was in flight; and for each write route, the child has as
 * many `allowed` audit entries as writes that landed (a write and its entry commit in one transaction, so
 * neither may exist without the other), and at least one `allowed` read entry per read that was answered.
 */
export async function checkTrial(db: Kysely<DatabaseSchema>, record: TrialRecord): Promise<TrialCheck> {
  const lost: string[] = [];
  const saves = await landedSaves(db, record.studentId);
  for (const write of record.acked) {
    if (write.kind === 'autosave') {
      if (!sameJson(saves.get(write.marker ?? ''), write.answer)) lost.push(`autosave "${write.marker ?? ''}"`);
    } else if (!(await createIsStored(db, write))) {
      lost.push(`${write.kind} ${write.id}`);
    }
  }
  for (const plan of record.plans) {
    const stored = await findPlan(db, plan.planId);
    const draft = stored?.versions.find((version) => version.id === plan.versionId);
    const marker = markerOf(draft?.content);
    if (marker !== plan.lastAckedMarker && !plan.unackedMarkers.includes(marker ?? '')) {
      lost.push(`draft ${plan.versionId} holds "${String(marker)}", not its last saved "${plan.lastAckedMarker}"`);
    }
  }

  const landed = {
    student: 1,
    plan: record.plans.length,
    event: (await landedIds(db, 'case_events', record.studentId)).length,
    'progress-point': (await landedIds(db, 'progress_points', record.studentId)).length,
    communication: (await landedIds(db, 'communications', record.studentId)).length,
    autosave: saves.size,
  };
  const ackedCount = (kind: keyof typeof landed) => record.acked.filter((write) => write.kind === kind).length;
  const landedUnacknowledged =
    landed.event -
    ackedCount('event') +
    landed['progress-point'] -
    ackedCount('progress-point') +
    landed.communication -
    ackedCount('communication') +
    landed.autosave -
    ackedCount('autosave');

  const auditMismatches: string[] = [];
  const entries = await allowedEntriesByRoute(db, record.studentId);
  for (const [kind, route] of Object.entries(WRITE_ROUTES) as [keyof typeof landed, string][]) {
    const found = entries.get(route) ?? 0;
    if (found !== landed[kind]) {
      auditMismatches.push(`${route}: ${String(landed[kind])} writes landed, ${String(found)} audit entries`);
    }
  }
  const reads = entries.get(READ_ROUTE) ?? 0;
  if (reads < record.readsAnswered) {
    auditMismatches.push(`${READ_ROUTE}: ${String(record.readsAnswered)} reads answered, ${String(reads)} entries`);
  }
  return { acknowledged: record.acked.length, lost, landedUnacknowledged, auditMismatches };
}
