import { fromEpochDay, toEpochDay } from '../../core/calendar/epoch-day';
import type { ApiAnswer, ApiClient } from './api-client';

/** The kinds of write a trial makes; `student` and `plan` are its setup, the rest its load. */
export type WriteKind = 'student' | 'plan' | 'event' | 'progress-point' | 'communication' | 'autosave';

/** A write the server acknowledged (2xx, whole body received): the id it names and what it answered. */
export interface AckedWrite {
  readonly kind: WriteKind;
  /** The record's id (for an autosave, the plan version's). */
  readonly id: string;
  readonly answer: unknown;
  /** For an autosave: the words that make this save's contents unique. */
  readonly marker?: string;
}

/** One writer's plan: its autosaves and scores go there, one at a time, so they have one order. */
export interface WriterPlan {
  readonly planId: string;
  readonly versionId: string;
  readonly goalId: string;
  /** The contents' marker of the last acknowledged save (or of the first draft). */
  lastAckedMarker: string;
  /** Saves sent and never acknowledged (cut by the kill): any of them may have landed. */
  readonly unackedMarkers: string[];
}

/** Everything a trial sent and was told: what the check after the restart compares the database with. */
export interface TrialRecord {
  readonly trial: number;
  readonly studentId: string;
  readonly plans: readonly WriterPlan[];
  readonly acked: AckedWrite[];
  /** Writes sent whose answer never arrived (in flight at the kill). */
  unacknowledged: number;
  /** Writes the server refused (non-2xx): the load is meant to be valid, so any is a fault of the run. */
  readonly refused: string[];
  /** Reads answered 2xx: each must have its audit entry (the group commit runs before the answer leaves). */
  readsAnswered: number;
}

const GOAL_ID = 'goal-reading-fluency';
const FIRST_SCORE_DAY = toEpochDay('2026-09-01');

/** The draft's contents with a marker in its present levels; the goal stays (scores are kept against it). */
function iepContent(marker: string): Record<string, unknown> {
  return {
    presentLevels: { academic: marker, functional: '', disabilityImpact: '' },
    goals: [
      {
        id: GOAL_ID,
        area: 'Reading',
        statement: 'By June 2027, Rowan will read a grade 4 passage aloud at 110 words correct per minute.',
        direction: 'increase',
        unit: 'words correct per minute',
      },
    ],
  };
}

function idOf(answer: ApiAnswer): string {
  const id = (answer.body as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') throw new Error(`an acknowledged write named no id: ${JSON.stringify(answer.body)}`);
  return id;
}

async function setupWrite(client: ApiClient, path: string, body: unknown): Promise<ApiAnswer> {
  const answer = await client.send('POST', path, body);
  if (answer.status !== 201) {
    throw new Error(`setup POST ${path} failed: ${String(answer.status)} ${JSON.stringify(answer.body)}`);
  }
  return answer;
}

/** A new account and fictional child, and one IEP per writer, on a live server: the trial's setup. */
export async function prepareTrial(
  client: ApiClient,
  trial: number,
  seed: number,
  writers: number,
): Promise<TrialRecord> {
  await client.signUp({
    name: `Jordan Ellery ${String(trial)} (fictional)`,
    email: `crash-${String(seed)}-${String(trial)}@example.org`,
    password: 'quiet-orchard-kettle-2026',
  });
  const student = await setupWrite(client, '/api/v1/students', {
    givenName: 'Rowan',
    familyName: `Ellery-${String(trial)}`,
    birthDate: '2016-02-14',
    jurisdiction: 'US',
    school: 'Maple Run Elementary (fictional)',
    grade: '4',
  });
  const studentId = idOf(student);
  const acked: AckedWrite[] = [{ kind: 'student', id: studentId, answer: student.body }];
  const plans: WriterPlan[] = [];
  for (let writer = 0; writer < writers; writer += 1) {
    const marker = `Trial ${String(trial)}, writer ${String(writer)}: first draft.`;
    const plan = await setupWrite(client, `/api/v1/students/${studentId}/plans`, {
      framework: 'iep',
      content: iepContent(marker),
    });
    const versionId = (plan.body as { versions?: { id?: unknown }[] }).versions?.[0]?.id;
    if (typeof versionId !== 'string') throw new Error('a new plan answered no draft version');
    acked.push({ kind: 'plan', id: idOf(plan), answer: plan.body });
    plans.push({ planId: idOf(plan), versionId, goalId: GOAL_ID, lastAckedMarker: marker, unackedMarkers: [] });
  }
  return { trial, studentId, plans, acked, unacknowledged: 0, refused: [], readsAnswered: 0 };
}

/** Tells the load when to stop sending (just before the kill), and tells the caller of each acknowledged write. */
export interface StopFlag {
  stopped: boolean;
  readonly onAcknowledged?: () => void;
}

type LoadKind = Exclude<WriteKind, 'student' | 'plan'>;
const LOAD_KINDS: readonly LoadKind[] = ['event', 'progress-point', 'communication', 'autosave'];
const EVENT_TYPES = ['records-requested', 'evaluation-requested', 'iee-requested', 'safeguards-notice-given'] as const;

/** One write of a kind, as the web app would send it. */
function request(
  kind: LoadKind,
  record: TrialRecord,
  plan: WriterPlan,
  writer: number,
  n: number,
): { method: 'POST' | 'PUT'; path: string; body: unknown; marker?: string } {
  const day = fromEpochDay(FIRST_SCORE_DAY + (n % 300));
  switch (kind) {
    case 'event':
      return {
        method: 'POST',
        path: `/api/v1/students/${record.studentId}/events`,
        body: { type: EVENT_TYPES[n % EVENT_TYPES.length], date: day },
      };
    case 'progress-point':
      // One score per goal per day: each writer's n-th score gets the n-th day of its own goal.
      return {
        method: 'POST',
        path: `/api/v1/plans/${plan.planId}/goals/${plan.goalId}/points`,
        body: { date: fromEpochDay(FIRST_SCORE_DAY + n), value: 60 + (n % 50), measuredBy: 'Ms. Calloway' },
      };
    case 'communication':
      return {
        method: 'POST',
        path: `/api/v1/students/${record.studentId}/communications`,
        body: {
          date: day,
          channel: 'email',
          direction: n % 2 === 0 ? 'to-school' : 'from-school',
          counterpart: 'Mr. Okonkwo, case manager (fictional)',
          subject: `Reading progress, note ${String(n)} from writer ${String(writer)}`,
        },
      };
    case 'autosave': {
      const marker = `Trial ${String(record.trial)}, writer ${String(writer)}: save ${String(n)}.`;
      return {
        method: 'PUT',
        path: `/api/v1/plans/${plan.planId}/versions/${plan.versionId}/content`,
        body: { content: iepContent(marker) },
        marker,
      };
    }
  }
}

/** One writer: a seeded mix of writes (its own sequence, whatever the others do), one at a time, until stopped, cut off, or `maxWrites` sent. */
async function writer(
  client: ApiClient,
  record: TrialRecord,
  index: number,
  random: () => number,
  stop: StopFlag,
  maxWrites: number,
): Promise<void> {
  const plan = record.plans[index];
  if (plan === undefined) return;
  const counts = new Map<LoadKind, number>();
  for (let sent = 0; sent < maxWrites && !stop.stopped; sent += 1) {
    const kind = LOAD_KINDS[Math.floor(random() * LOAD_KINDS.length)] ?? 'event';
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    const write = request(kind, record, plan, index, n);
    let answer: ApiAnswer;
    try {
      answer = await client.send(write.method, write.path, write.body);
    } catch {
      // No whole answer: the server died with this write in flight. It may or may not have landed.
      record.unacknowledged += 1;
      if (write.marker !== undefined) plan.unackedMarkers.push(write.marker);
      return;
    }
    if (answer.status < 200 || answer.status > 299) {
      record.refused.push(`${write.method} ${write.path}: ${String(answer.status)} ${JSON.stringify(answer.body)}`);
      continue;
    }
    const id = kind === 'autosave' ? plan.versionId : idOf(answer);
    record.acked.push({
      kind,
      id,
      answer: answer.body,
      ...(write.marker === undefined ? {} : { marker: write.marker }),
    });
    if (write.marker !== undefined) plan.lastAckedMarker = write.marker;
    stop.onAcknowledged?.();
  }
}

/** A reader of the child's events: every read answered must have been recorded before it was answered. */
async function reader(client: ApiClient, record: TrialRecord, stop: StopFlag, maxReads: number): Promise<void> {
  for (let sent = 0; sent < maxReads && !stop.stopped; sent += 1) {
    try {
      const answer = await client.send('GET', `/api/v1/students/${record.studentId}/events`);
      if (answer.status === 200) record.readsAnswered += 1;
      else record.refused.push(`GET events: ${String(answer.status)}`);
    } catch {
      return;
    }
  }
}

/** The trial's load: every writer and one reader at once, until the stop flag is raised or each hits its cap. */
export async function runLoad(
  client: ApiClient,
  record: TrialRecord,
  randomFor: (writer: number) => () => number,
  stop: StopFlag,
  maxWritesPerWriter: number,
): Promise<void> {
  await Promise.all([
    ...record.plans.map((_, index) => writer(client, record, index, randomFor(index), stop, maxWritesPerWriter)),
    reader(client, record, stop, maxWritesPerWriter),
  ]);
}
