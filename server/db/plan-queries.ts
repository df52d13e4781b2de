import type { Insertable, Kysely, Selectable } from 'kysely';
import { iepContentSchema, type IepContent } from '../../core/schemas/iep';
import { isScore } from '../../core/schemas/score';
import { plan504ContentSchema } from '../../core/schemas/plan-504';
import type { Plan, PlanVersion, VersionReason } from '../../core/schemas/plan';
import type { DatabaseSchema, PlanTable, PlanVersionTable } from './schema';

function toVersion(framework: 'iep' | '504', row: Selectable<PlanVersionTable>): PlanVersion {
  const base = {
    id: row.id,
    planId: row.plan_id,
    number: row.number,
    status: row.status,
    reason: row.reason as VersionReason,
    effectiveFrom: row.effective_from,
    meetingId: row.meeting_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalizedAt: row.finalized_at,
  };
  const content: unknown = JSON.parse(row.content);
  return framework === 'iep'
    ? { ...base, framework, content: readIepContent(content) }
    : { ...base, framework, content: plan504ContentSchema.parse(content) };
}

/**
 * A stored IEP's content. Goal scores are bounded on the way in (core/schemas/score.ts); a version saved before
 * that may hold a baseline or target such as 1e308, which is read as not given — the page then asks for it —
 * rather than making the plan unreadable.
 */
function readIepContent(content: unknown): IepContent {
  const parsed = iepContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const goals = (content as { goals?: unknown } | null)?.goals;
  if (!Array.isArray(goals)) return iepContentSchema.parse(content);
  const unbounded = (value: unknown): unknown => (typeof value === 'number' && !isScore(value) ? null : value);
  const repaired = goals.map((goal: unknown) => {
    if (typeof goal !== 'object' || goal === null) return goal;
    const { baseline, target } = goal as { baseline?: { value?: unknown }; target?: { value?: unknown } };
    return {
      ...goal,
      ...(baseline === undefined ? {} : { baseline: { ...baseline, value: unbounded(baseline.value) } }),
      ...(target === undefined ? {} : { target: { ...target, value: unbounded(target.value) } }),
    };
  });
  return iepContentSchema.parse({ ...(content as object), goals: repaired });
}

function toPlan(row: Selectable<PlanTable>, versions: readonly Selectable<PlanVersionTable>[]): Plan {
  return {
    id: row.id,
    studentId: row.student_id,
    framework: row.framework,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    createdAt: row.created_at,
    versions: versions.filter((v) => v.plan_id === row.id).map((v) => toVersion(row.framework, v)),
  };
}

/** A student's plans with every version, newest plan first, versions in order. Two queries. */
export async function listPlansOfStudent(db: Kysely<DatabaseSchema>, studentId: string): Promise<Plan[]> {
  const plans = await db
    .selectFrom('plans')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  if (plans.length === 0) return [];
  const versions = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('number')
    .execute();
  return plans.map((plan) => toPlan(plan, versions));
}

export async function findPlan(db: Kysely<DatabaseSchema>, planId: string): Promise<Plan | null> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (plan === undefined) return null;
  const versions = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('number')
    .execute();
  return toPlan(plan, versions);
}

/** The stored row of a new plan: no span until a version is finalized (`setPlanSpan`). */
export function planRow(plan: { id: string; studentId: string; framework: 'iep' | '504'; at: string }) {
  return {
    id: plan.id,
    student_id: plan.studentId,
    framework: plan.framework,
    effective_from: null,
    effective_to: null,
    created_at: plan.at,
  } satisfies Insertable<PlanTable>;
}

export async function insertPlan(
  db: Kysely<DatabaseSchema>,
  plan: { id: string; studentId: string; framework: 'iep' | '504'; at: string },
): Promise<void> {
  await db.insertInto('plans').values(planRow(plan)).execute();
}

export async function setPlanSpan(
  db: Kysely<DatabaseSchema>,
  planId: string,
  span: { effectiveFrom: string | null; effectiveTo: string | null },
): Promise<void> {
  await db
    .updateTable('plans')
    .set({ effective_from: span.effectiveFrom, effective_to: span.effectiveTo })
    .where('id', '=', planId)
    .execute();
}

/** The stored row of a plan version: its content as JSON. */
export function versionRow(version: PlanVersion): Insertable<PlanVersionTable> {
  return {
    id: version.id,
    plan_id: version.planId,
    number: version.number,
    status: version.status,
    reason: version.reason,
    content: JSON.stringify(version.content),
    effective_from: version.effectiveFrom,
    meeting_id: version.meetingId,
    created_at: version.createdAt,
    updated_at: version.updatedAt,
    finalized_at: version.finalizedAt,
  };
}

export async function insertVersion(db: Kysely<DatabaseSchema>, version: PlanVersion): Promise<void> {
  await db.insertInto('plan_versions').values(versionRow(version)).execute();
}

/**
 * Writes a version's mutable fields. Only drafts change (checked by the services, and here as a guard), and
 * only the version of the plan it was loaded from (a guard too: the services find it among that plan's versions).
 */
export async function updateDraftVersion(db: Kysely<DatabaseSchema>, version: PlanVersion): Promise<void> {
  await db
    .updateTable('plan_versions')
    .set({
      status: version.status,
      content: JSON.stringify(version.content),
      effective_from: version.effectiveFrom,
      meeting_id: version.meetingId,
      updated_at: version.updatedAt,
      finalized_at: version.finalizedAt,
    })
    .where('id', '=', version.id)
    .where('plan_id', '=', version.planId)
    .where('status', '=', 'draft')
    .execute();
}

/** A student's plan spans only (framework and dates): what "the plan in effect" needs, without the contents. */
export async function listPlanSpansOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
): Promise<{ framework: 'iep' | '504'; effectiveFrom: string | null; effectiveTo: string | null }[]> {
  return db
    .selectFrom('plans')
    .select(['framework', 'effective_from as effectiveFrom', 'effective_to as effectiveTo'])
    .where('student_id', '=', studentId)
    .execute();
}
