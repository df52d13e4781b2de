import { compare504Plans, compareIeps } from '../../core/case/compare-plans';
import { finalVersionOn } from '../../core/case/final-version-on';
import type { Plan, PlanVersion } from '../../core/schemas/plan';
import { withPlainExplanations } from '../../core/timeline/text-on-read';
import type {
  AppendedPdf,
  BinderData,
  BinderDocument,
  BinderLanguage,
  BinderPlan,
  BinderPlanChanges,
} from '../documents/binder/binder-data';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { listCommunicationsOfStudent } from '../db/communication-queries';
import { listDocumentsOfStudent } from '../db/document-queries';
import { listLettersOfStudent } from '../db/letter-queries';
import { listMeetingsOfStudent } from '../db/meeting-queries';
import { listPlansOfStudent } from '../db/plan-queries';
import type { BlobStore } from '../storage/blob-store';
import { AppError } from '../app-error';
import { buildProgressReport } from './build-progress-report';
import { requireStudent } from './require-record';
import { ledgerOfStudent } from './service-log-services';
import { studentTimeline } from './student-timeline';

/** Oldest first, ties by id: the order a binder reads in (the lists are stored newest first). */
function oldestFirst<T extends { date: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
}

/**
 * The plan in effect on `day` with its final version: of the plans whose span holds the day the IEP (the
 * stronger plan, as core/case/plan-in-effect.ts decides), else the plan that took effect last. Null when no
 * plan has a final version.
 */
function planOn(plans: readonly Plan[], day: string): { plan: Plan; version: PlanVersion } | null {
  const candidates = plans
    .map((plan) => ({ plan, version: finalVersionOn(plan.versions, day) }))
    .filter((c): c is { plan: Plan; version: PlanVersion } => c.version !== null);
  const running = candidates.filter(
    ({ plan }) =>
      plan.effectiveFrom !== null && plan.effectiveFrom <= day && (plan.effectiveTo === null || day < plan.effectiveTo),
  );
  const pool = running.length > 0 ? running : candidates;
  const ranked = [...pool].sort((a, b) => {
    if (a.plan.framework !== b.plan.framework) return a.plan.framework === 'iep' ? -1 : 1;
    return (b.version.effectiveFrom ?? '').localeCompare(a.version.effectiveFrom ?? '');
  });
  return ranked[0] ?? null;
}

function binderPlan(plan: Plan, version: PlanVersion): BinderPlan {
  const common = {
    versionNumber: version.number,
    reason: version.reason,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: plan.effectiveTo,
  };
  return version.framework === 'iep'
    ? { ...common, framework: 'iep', content: version.content }
    : { ...common, framework: '504', content: version.content };
}

/** What changed from the final version before the one in effect; null when there is none before it. */
function changesOf(plan: Plan, version: PlanVersion): BinderPlanChanges | null {
  const earlier = plan.versions
    .filter((v) => v.status === 'final' && v.number < version.number)
    .sort((a, b) => b.number - a.number)[0];
  if (earlier === undefined) return null;
  const changes =
    earlier.framework === 'iep' && version.framework === 'iep'
      ? compareIeps(earlier.content, version.content)
      : earlier.framework === '504' && version.framework === '504'
        ? compare504Plans(earlier.content, version.content)
        : [];
  return { fromVersion: earlier.number, toVersion: version.number, changes };
}

/**
 * The documents index, oldest first (ties by title), and the PDFs among them to append in the same order, their
 * bytes read through the blob store. A PDF its text extraction could not read (damaged, encrypted) is listed
 * and not appended: pdf-lib would not read it either.
 */
async function documentsOf(
  database: Database,
  store: BlobStore,
  studentId: string,
): Promise<{ documents: BinderDocument[]; appendix: AppendedPdf[] }> {
  const kept = [...(await listDocumentsOfStudent(database.db, studentId))].sort((a, b) =>
    a.date === b.date ? a.title.localeCompare(b.title, 'en-US') || (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
  const documents: BinderDocument[] = [];
  const appendix: AppendedPdf[] = [];
  for (const document of kept) {
    const appended = document.mediaType === 'application/pdf' && document.textNote !== 'unreadable';
    if (appended) {
      const bytes = await store.get(document.sha256);
      if (bytes === null) {
        throw new AppError('internal', 'a document’s file is missing', { internal: `no bytes for ${document.id}` });
      }
      appendix.push({ title: document.title, bytes: new Uint8Array(bytes) });
    }
    documents.push({
      title: document.title,
      kind: document.kind,
      date: document.date,
      mediaType: document.mediaType,
      textStatus: document.textStatus,
      textNote: document.textNote,
      appended,
    });
  }
  return { documents, appendix };
}

/**
 * Gathers one child's binder as of today (server/documents/binder/): the plan in effect and what changed
 * from its last version, deadlines and findings, meetings, communications, letters, the IEP's progress
 * report, the services ledger, and the documents index with the uploaded PDFs to append after the binder's
 * pages, in date order.
 */
export async function buildBinder(
  database: Database,
  clock: Clock,
  store: BlobStore,
  studentId: string,
  language: BinderLanguage,
): Promise<BinderData> {
  const db = database.db;
  const asOf = clock.today();
  const student = await requireStudent(db, studentId);
  const plans = await listPlansOfStudent(db, studentId);
  const inEffect = planOn(plans, asOf);
  const timeline = await studentTimeline(database, studentId, asOf);
  const { documents, appendix } = await documentsOf(database, store, studentId);
  const progress =
    inEffect !== null && inEffect.plan.framework === 'iep'
      ? await buildProgressReport(database, clock, inEffect.plan.id, {
          language,
          labelSet: 'federal',
          to: asOf,
          versionId: inEffect.version.id,
        })
      : null;
  return {
    language,
    asOf,
    child: {
      givenName: student.givenName,
      familyName: student.familyName,
      birthDate: student.birthDate,
      school: student.school ?? '',
      district: student.district ?? '',
      grade: student.grade ?? '',
      jurisdiction: student.jurisdiction,
    },
    plan: inEffect === null ? null : binderPlan(inEffect.plan, inEffect.version),
    planChanges: inEffect === null ? null : changesOf(inEffect.plan, inEffect.version),
    // The engine writes explanations when read (docs/decisions/0054); the binder crosses to a render worker by
    // structured clone, which takes plain objects only.
    deadlines: withPlainExplanations(timeline.deadlines),
    findings: withPlainExplanations(timeline.findings),
    meetings: oldestFirst(await listMeetingsOfStudent(db, studentId)),
    communications: oldestFirst(await listCommunicationsOfStudent(db, studentId)),
    letters: oldestFirst(
      (await listLettersOfStudent(db, studentId)).map((saved) => ({ ...saved.letter, id: saved.id })),
    ).map(({ id: _id, ...letter }) => letter),
    progress: progress === null || progress.noGoals !== null ? null : progress,
    services: await ledgerOfStudent(db, studentId, asOf),
    documents,
    appendix,
  };
}
