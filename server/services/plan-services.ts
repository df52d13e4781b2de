import { randomUUID } from 'node:crypto';
import { compare504Plans, compareIeps, type PlanChange } from '../../core/case/compare-plans';
import { fieldIssues } from '../../core/schemas/format-issues';
import { iepContentSchema, type IepContent } from '../../core/schemas/iep';
import { plan504ContentSchema, type Plan504Content } from '../../core/schemas/plan-504';
import type { FinalizeVersion, Plan, PlanCreate, PlanVersion, VersionReason } from '../../core/schemas/plan';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import { insertEvent } from '../db/event-queries';
import { isMeetingOfPlanChild } from '../db/meeting-queries';
import {
  findPlan,
  insertPlan,
  insertVersion,
  listPlansOfStudent,
  setPlanSpan,
  updateDraftVersion,
} from '../db/plan-queries';
import { found, requireStudent } from './require-record';
import { recordedWrite, type WriteContext } from './recorded-write';

type Trx = Database['db'];

async function requirePlan(db: Trx, planId: string): Promise<Plan> {
  return found(await findPlan(db, planId), 'plan');
}

/**
 * A version of this plan, or 404. `plan.versions` was read with `plan_id` = the plan's id (findPlan), so a
 * version of any other plan is not among them and answers exactly like an unknown id.
 */
function requireVersion(plan: Plan, versionId: string): PlanVersion {
  return found(plan.versions.find((v) => v.id === versionId) ?? null, 'plan version');
}

export async function listPlans(database: Database, studentId: string): Promise<Plan[]> {
  await requireStudent(database.db, studentId);
  return listPlansOfStudent(database.db, studentId);
}

export async function getPlan(database: Database, planId: string): Promise<Plan> {
  return requirePlan(database.db, planId);
}

/** Starts a plan for a child with a first draft version. */
export async function createPlan(
  options: WriteContext & { readonly studentId: string; readonly input: PlanCreate },
): Promise<Plan> {
  const { studentId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const planId = randomUUID();
    await insertPlan(trx, { id: planId, studentId, framework: input.framework, at });
    const version = draftVersion(planId, 1, input.reason, input.framework, input.content, at);
    await insertVersion(trx, version);
    await changed({ entity: 'plan-version', entityId: version.id, studentId, action: 'create', data: version });
    return requirePlan(trx, planId);
  });
}

function draftVersion(
  planId: string,
  number: number,
  reason: VersionReason,
  framework: 'iep' | '504',
  content: IepContent | Plan504Content,
  at: string,
): PlanVersion {
  const base = {
    id: randomUUID(),
    planId,
    number,
    status: 'draft' as const,
    reason,
    effectiveFrom: null,
    meetingId: null,
    createdAt: at,
    updatedAt: at,
    finalizedAt: null,
  };
  return framework === 'iep'
    ? { ...base, framework, content: content as IepContent }
    : { ...base, framework, content: content as Plan504Content };
}

/**
 * Autosave: replaces a draft's contents. A final version never changes (amend the plan instead), so a
 * request to change one is refused with 409 and nothing is written.
 */
export async function saveDraft(
  options: WriteContext & { readonly planId: string; readonly versionId: string; readonly content: unknown },
): Promise<PlanVersion> {
  const { planId, versionId, content } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlan(trx, planId);
    const version = requireVersion(plan, versionId);
    if (version.status !== 'draft')
      throw new AppError('conflict', 'this version is final and cannot change; amend the plan to make a new version');
    const schema = plan.framework === 'iep' ? iepContentSchema : plan504ContentSchema;
    const parsed = schema.safeParse(content);
    if (!parsed.success) {
      throw AppError.invalidInput(
        fieldIssues(parsed.error).map((issue) => ({ ...issue, field: `content.${issue.field}` })),
      );
    }
    const next = { ...version, content: parsed.data, updatedAt: at } as PlanVersion;
    await updateDraftVersion(trx, next);
    await changed({
      entity: 'plan-version',
      entityId: versionId,
      studentId: plan.studentId,
      action: 'update',
      data: next,
    });
    return next;
  });
}

/**
 * Makes a draft final and in effect from the given day. The first final version of a plan starts it, and
 * records `plan-started` on the case timeline (the deadline engine's plan-in-effect span).
 */
export async function finalizeVersion(
  options: WriteContext & { readonly planId: string; readonly versionId: string; readonly input: FinalizeVersion },
): Promise<Plan> {
  const { planId, versionId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlan(trx, planId);
    const version = requireVersion(plan, versionId);
    if (version.status !== 'draft') throw new AppError('conflict', 'this version is already final');
    const latestFinal = plan.versions.filter((v) => v.status === 'final').at(-1);
    if (latestFinal?.effectiveFrom != null && input.effectiveFrom < latestFinal.effectiveFrom) {
      throw AppError.invalidInput([
        {
          field: 'effectiveFrom',
          message: `must be on or after ${latestFinal.effectiveFrom}, when the current version took effect`,
        },
      ]);
    }
    await requireMeetingOfPlanChild(trx, planId, input.meetingId);
    const next = {
      ...version,
      status: 'final',
      effectiveFrom: input.effectiveFrom,
      meetingId: input.meetingId,
      updatedAt: at,
      finalizedAt: at,
    } as PlanVersion;
    await updateDraftVersion(trx, next);
    await changed({
      entity: 'plan-version',
      entityId: versionId,
      studentId: plan.studentId,
      action: 'update',
      data: next,
    });
    if (plan.effectiveFrom === null) {
      await setPlanSpan(trx, planId, { effectiveFrom: input.effectiveFrom, effectiveTo: plan.effectiveTo });
      await insertEvent(trx, {
        studentId: plan.studentId,
        event: { type: 'plan-started', date: input.effectiveFrom, framework: plan.framework },
        source: `plan:${planId}`,
        at,
      });
    }
    return requirePlan(trx, planId);
  });
}

/**
 * The meeting a version records must be a meeting of the plan's child. Anything else — another family's
 * meeting, a sibling's, an unknown id — answers the same 404 (docs/decisions/0018): 404 rather than 400
 * because a record the caller may not see must look exactly like one that does not exist (0008), as a
 * `familyId` of another family does when adding a child; the issue names `meetingId` so the form can point at it.
 */
async function requireMeetingOfPlanChild(trx: Trx, planId: string, meetingId: string | null): Promise<void> {
  if (meetingId === null || (await isMeetingOfPlanChild(trx, meetingId, planId))) return;
  throw new AppError('not-found', 'meeting not found', {
    issues: [{ field: 'meetingId', message: 'not a meeting of this child' }],
  });
}

/** Starts a new draft from the latest final version (an amendment, an annual review, a reevaluation). */
export async function amendPlan(
  options: WriteContext & { readonly planId: string; readonly reason: VersionReason },
): Promise<Plan> {
  const { planId, reason } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const plan = await requirePlan(trx, planId);
    if (plan.versions.some((v) => v.status === 'draft')) {
      throw new AppError('conflict', 'this plan already has a draft; finish or keep editing that one');
    }
    const latest = plan.versions.at(-1);
    if (latest === undefined) throw new AppError('conflict', 'this plan has no version to amend');
    const version = draftVersion(planId, latest.number + 1, reason, plan.framework, latest.content, at);
    await insertVersion(trx, version);
    await changed({
      entity: 'plan-version',
      entityId: version.id,
      studentId: plan.studentId,
      action: 'create',
      data: version,
    });
    return requirePlan(trx, planId);
  });
}

/** What changed between two versions of one plan, in words a parent understands. */
export async function comparePlanVersions(
  database: Database,
  planId: string,
  fromId: string,
  toId: string,
): Promise<PlanChange[]> {
  const plan = await requirePlan(database.db, planId);
  const from = requireVersion(plan, fromId);
  const to = requireVersion(plan, toId);
  if (from.framework === 'iep' && to.framework === 'iep') return compareIeps(from.content, to.content);
  if (from.framework === '504' && to.framework === '504') return compare504Plans(from.content, to.content);
  throw new AppError('conflict', 'the two versions belong to different kinds of plan');
}
