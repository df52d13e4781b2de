import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { unsubscribeToken } from '../../server/services/reminder-services';
import { makeAdministrator } from './audit-entries';
import { TEST_AUTH_SECRET, type TestApp } from './test-app';
import { multipartBody, type MultipartBody } from './multipart';
import { signUp, TEST_ORIGIN, TEST_PASSWORD, type TestUser } from './test-users';

// The checked-in authorization matrix (docs/decisions/0008): every API route, who may call it, and a
// request that exercises it. server/http/authorization-matrix.test.ts turns each row into one cell per role and
// child; server/http/audit-completeness.test.ts walks the same rows to count audit entries. A route added to the
// app without a row here fails the matrix test. All people and children are fictional.

/** How a person is related to a child, as the grants in `student_access` say. */
export const GRANT_ROLES = ['owner', 'co-parent', 'advocate', 'school-staff'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/** Who calls, in the matrix: nobody, an account with no relation to anything, each grant role, an administrator. */
export const ROLES = ['anonymous', 'stranger', ...GRANT_ROLES, 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const EVERYONE: readonly GrantRole[] = GRANT_ROLES;
export const FAMILY_AND_ADVOCATE: readonly GrantRole[] = ['owner', 'co-parent', 'advocate'];
export const FAMILY: readonly GrantRole[] = ['owner', 'co-parent'];
export const OWNER_ONLY: readonly GrantRole[] = ['owner'];

/** What a route's access rule should be, as the matrix expects it (not read from the code under test). */
export type ExpectedAccess =
  /** Anyone, signed in or not; no audit entry. */
  | { readonly kind: 'public' }
  /** better-auth's endpoints: reached by anyone; they check their own credentials. No audit entry. */
  | { readonly kind: 'auth' }
  /** Any signed-in person; nothing about a child, so no audit entry. */
  | { readonly kind: 'signed-in' }
  /**
   * Any signed-in person; looks at the caller's children, audited as one search; must list only the caller's
   * children (`answersChildren: false`: reads something of them, such as their home languages, and names none).
   */
  | { readonly kind: 'search'; readonly answersChildren?: false }
  /** Administrators only (403 for others); no child involved. */
  | { readonly kind: 'admin' }
  /** Any signed-in person, who becomes the new child's owner; audited. */
  | { readonly kind: 'new-student' }
  /** Any signed-in person holding an invitation token; audited, naming the invitation's child. */
  | { readonly kind: 'invitation'; readonly action: 'read' | 'accept' }
  /** Anyone holding a calendar feed link, signed in or not; audited in the name of the link's maker. */
  | { readonly kind: 'calendar-feed' }
  /** Part of one child's record: only the listed roles of that child; audited as `entity`/`action`. */
  | {
      readonly kind: 'student';
      readonly entity: string;
      readonly action: string;
      readonly allow: readonly GrantRole[];
    };

/** What a route's `:id` names. */
export type IdKind =
  | 'student'
  | 'plan'
  | 'meeting'
  | 'case-event'
  | 'communication'
  | 'document'
  | 'school-person'
  | 'letter'
  | 'progress-point'
  | 'phase-change'
  | 'invitation'
  | 'access-grant'
  | 'calendar-feed';

/** One child's record with one of each kind of sub-record, made through the API in setup. */
export interface ChildRecords {
  readonly studentId: string;
  readonly familyId: string;
  readonly givenName: string;
  /** The child's school (fictional, one per child), which the compliance dashboard lists. */
  readonly school: string;
  readonly planId: string;
  readonly versionId: string;
  readonly goalId: string;
  readonly meetingId: string;
  readonly eventId: string;
  readonly communicationId: string;
  readonly documentId: string;
  /** The school staff member's own entry in the child's directory of the school's people. */
  readonly schoolPersonId: string;
  readonly letterId: string;
  readonly pointId: string;
  readonly pointDate: string;
  readonly phaseChangeId: string;
  readonly invitationId: string;
  readonly invitationToken: string;
  readonly commentId: string;
  readonly serviceLogId: string;
  /** The owner's calendar feed link for the child: its id and its token. */
  readonly feedId: string;
  readonly feedToken: string;
  /** A dated deadline of the child: its rule and the date of the event that started it. */
  readonly deadlineRule: string;
  readonly deadlineTrigger: string;
  /** A grant for `World.spare` (an account made only to be removed again). */
  readonly grantId: string;
}

/** `own`: the child every grant role has its grant on. `other`: another family's child, where they have nothing. */
export type Which = 'own' | 'other';

export interface World {
  readonly t: TestApp;
  /** The callers, by role (the owner, co-parent, advocate and school staff of the `own` child). */
  readonly users: Readonly<Record<Exclude<Role, 'anonymous'>, TestUser>>;
  /** The owner of the `other` child (not a role in the matrix). */
  readonly otherOwner: TestUser;
  /** An account that only ever gets grants to be removed, and signs in through better-auth in the matrix. */
  readonly spare: TestUser;
  readonly children: Readonly<Record<Which, ChildRecords>>;
  /** A composed letter, the body of the routes that take one. */
  readonly letter: unknown;
  /** Bumped by every request that needs a date of its own (one score per goal per day). */
  counter: number;
}

export interface RouteRow {
  /** Method and route pattern, exactly as Fastify registered it. */
  readonly route: string;
  readonly access: ExpectedAccess;
  /** What `:id` names (student unless said). */
  readonly id?: IdKind;
  /** The path to call when the pattern has a wildcard. */
  readonly path?: string;
  readonly query?: string | ((records: ChildRecords) => string);
  readonly body?: (records: ChildRecords, world: World) => unknown;
  /**
   * For a request that uses up its record (a deletion, an accepted invitation): makes a new one on the child
   * (made by the child's owner, or by the caller for records that are the caller's own) before each call, so
   * every cell starts from the same state.
   */
  readonly fresh?: (world: World, which: Which, role: Role) => Promise<Partial<ChildRecords>>;
}

const specCase = JSON.parse(readFileSync('test/fixtures/spec-case-file.json', 'utf8')) as unknown;
const specGoal = JSON.parse(readFileSync('test/fixtures/spec-progress-goal.json', 'utf8')) as unknown;

const OWN_SCHOOL = 'Harbor View Elementary (fictional)';
const OTHER_SCHOOL = 'Cedar Ridge Middle (fictional)';

const GOAL = {
  id: 'g-read',
  area: 'Reading fluency',
  statement: 'By 25 May 2026, given a 3rd-grade passage, the child will read 60 words correct per minute.',
  direction: 'increase',
  unit: 'words correct per minute',
  baseline: { value: 20, date: '2026-01-05' },
  target: { value: 60, date: '2026-05-25' },
  measurementMethod: 'Weekly one-minute oral reading fluency probes',
};
/** The IEP's one service, so sessions of it can be logged (the log checks them against the plan: issue 21). */
const SPEECH = {
  id: 'svc-speech',
  kind: 'related',
  name: 'Speech-language therapy',
  minutesPerSession: 30,
  sessionsPerPeriod: 2,
  period: 'week',
};
const MEETING = {
  date: '2026-10-14',
  framework: 'iep',
  purpose: 'annual',
  attendees: [{ name: 'Parent', role: 'parent' }],
};
const COMMUNICATION = {
  date: '2026-09-02',
  channel: 'email',
  direction: 'to-school',
  counterpart: 'Ms. Park, principal (fictional)',
  subject: 'Request for an evaluation',
};
/** The matrix's school staff member, as the family enters them in the child's school directory. */
export const SCHOOL_PERSON = {
  role: 'case-manager',
  name: 'Kwame Mensah',
  title: 'Case manager',
  email: 'kwame.mensah@example.org',
  phone: '(555) 010-4400',
};
/** Consent in August and no evaluation since: the initial evaluation is overdue on 2026-11-28. */
const CONSENT = { type: 'evaluation-consent-received', date: '2026-08-31' };
const GUIDE_ANSWERS = {
  schoolSaid: ['try-504-first'],
  needsSkillTaught: 'yes',
  needsChangedWork: 'yes',
  hasCondition: 'yes',
  progressWithSupports: 'falling-behind',
};
const LETTER_INPUT = buildLetterInput('evaluation-request', { date: '2026-11-02' });

/** A school day of its own for each request that records a score or a phase change. */
function nextDate(world: World): string {
  world.counter += 1;
  return new Date(Date.UTC(2026, 0, 6) + world.counter * 86_400_000).toISOString().slice(0, 10);
}

/** A row's body that is an upload form rather than JSON. */
function isMultipart(payload: unknown): payload is MultipartBody {
  return typeof payload === 'object' && payload !== null && 'payload' in payload && Buffer.isBuffer(payload.payload);
}

/** The upload form the matrix sends: a fictional school notice as plain text. */
export function documentForm(): MultipartBody {
  return multipartBody(
    { kind: 'prior-written-notice', date: '2026-10-20', title: 'Prior written notice' },
    { name: 'notice.txt', bytes: Buffer.from('Prior written notice (fictional): reading services begin.\n') },
  );
}

/** Sends a request as `role` (anonymous: our Origin only, so CSRF passes and the access rule is what answers). */
export function injectAs(
  world: World,
  role: Role,
  options: { method: string; url: string; payload?: unknown },
): Promise<LightMyRequestResponse> {
  const multipart = isMultipart(options.payload) ? options.payload : null;
  const request = {
    method: options.method as 'GET',
    url: options.url,
    ...(multipart !== null
      ? { payload: multipart.payload }
      : options.payload === undefined
        ? {}
        : { payload: options.payload as Record<string, unknown> }),
  };
  const headers = multipart === null ? {} : multipart.headers;
  if (role === 'anonymous') return world.t.app.inject({ ...request, headers: { origin: TEST_ORIGIN, ...headers } });
  return world.users[role].inject({ ...request, headers });
}

async function ok<T>(response: Promise<LightMyRequestResponse>, what: string): Promise<T> {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`setup: ${what} answered ${String(answer.statusCode)} ${answer.body}`);
  return (answer.body === '' ? {} : answer.json()) as T;
}

function post(user: TestUser, url: string, payload: unknown): Promise<LightMyRequestResponse> {
  return user.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
}

/** Adds a child through the API; the caller becomes its owner. */
export async function addChild(
  user: TestUser,
  givenName: string,
  familyName: string,
  school: string,
): Promise<{ id: string; familyId: string }> {
  return ok(
    post(user, '/api/v1/students', {
      givenName,
      familyName,
      birthDate: '2016-03-14',
      jurisdiction: 'CA',
      school,
      grade: '4',
    }),
    'adding a child',
  );
}

/** Invites `invitee` into `role` for the child and has them accept: the real sharing flow. */
export async function share(owner: TestUser, studentId: string, invitee: TestUser, role: GrantRole): Promise<void> {
  const invitation = await ok<{ token: string }>(
    post(owner, `/api/v1/students/${studentId}/invitations`, { role }),
    `inviting a ${role}`,
  );
  await ok(post(invitee, '/api/v1/invitations/accept', { token: invitation.token }), `accepting as ${role}`);
}

/** Gives `spare` a grant on the child straight in the database (removing an earlier one) and answers its id. */
async function spareGrant(world: World, studentId: string): Promise<string> {
  const db = world.t.database.db;
  await db
    .deleteFrom('student_access')
    .where('student_id', '=', studentId)
    .where('user_id', '=', world.spare.id)
    .execute();
  const id = randomUUID();
  await db
    .insertInto('student_access')
    .values({
      id,
      student_id: studentId,
      user_id: world.spare.id,
      role: 'advocate',
      granted_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** The owner of the child: the matrix's owner for `own`, another family's parent for `other`. */
function ownerOf(world: World, which: Which): TestUser {
  return which === 'own' ? world.users.owner : world.otherOwner;
}

/** A composed letter as the letter routes take it back (without what the server derives). */
function letterOf(composed: Record<string, unknown>): Record<string, unknown> {
  const { plainText: _text, impliedEvent: _event, ...content } = composed;
  return content;
}

/** One of each sub-record on a child, made by its owner through the API. */
async function populate(
  owner: TestUser,
  child: { id: string; familyId: string },
  givenName: string,
  school: string,
): Promise<Omit<ChildRecords, 'grantId'>> {
  const s = `/api/v1/students/${child.id}`;
  const plan = await ok<{ id: string; versions: { id: string }[] }>(
    post(owner, `${s}/plans`, { framework: 'iep', content: { goals: [GOAL], services: [SPEECH] } }),
    'drafting a plan',
  );
  const versionId = plan.versions[0]?.id ?? '';
  await ok(
    post(owner, `/api/v1/plans/${plan.id}/versions/${versionId}/finalize`, { effectiveFrom: '2026-01-05' }),
    'finalizing',
  );
  const goalUrl = `/api/v1/plans/${plan.id}/goals/${GOAL.id}`;
  const point = await ok<{ id: string }>(
    post(owner, `${goalUrl}/points`, { date: '2026-01-05', value: 21 }),
    'a score',
  );
  const phase = await ok<{ id: string }>(
    post(owner, `${goalUrl}/phase-changes`, { date: '2026-01-05', label: 'Small-group instruction' }),
    'a phase change',
  );
  const meeting = await ok<{ id: string }>(post(owner, `${s}/meetings`, MEETING), 'a meeting');
  const event = await ok<{ id: string }>(post(owner, `${s}/events`, CONSENT), 'an event');
  const communication = await ok<{ id: string }>(post(owner, `${s}/communications`, COMMUNICATION), 'a call');
  const schoolPerson = await ok<{ id: string }>(post(owner, `${s}/school-people`, SCHOOL_PERSON), 'a school person');
  const composed = await ok<Record<string, unknown>>(
    post(owner, '/api/v1/letters/compose', { jurisdiction: 'CA', input: LETTER_INPUT }),
    'composing a letter',
  );
  // Kept with the details it was written from, so its translation for reading can be composed.
  const composedFrom = { jurisdiction: 'CA', input: LETTER_INPUT };
  const letter = await ok<{ id: string }>(
    post(owner, `${s}/letters`, { ...letterOf(composed), composedFrom }),
    'a letter',
  );
  const document = await ok<{ id: string }>(
    owner.inject({ method: 'POST', url: `${s}/documents`, ...documentForm() }),
    'a document',
  );
  const invitation = await ok<{ id: string; token: string }>(
    post(owner, `${s}/invitations`, { role: 'advocate', note: 'left open for the matrix' }),
    'an invitation',
  );
  const comment = await ok<{ id: string }>(
    post(owner, `${s}/comments`, { body: 'Reading homework takes two hours.' }),
    'a comment',
  );
  const log = await ok<{ id: string }>(
    post(owner, `${s}/service-logs`, {
      service: 'Speech-language therapy',
      date: '2026-11-02',
      minutes: 30,
      status: 'delivered',
    }),
    'a service log',
  );
  await ok(post(owner, `${s}/guide`, { answers: GUIDE_ANSWERS }), 'guide answers');
  const feed = await ok<{ id: string; token: string }>(
    post(owner, `${s}/calendar-feeds`, { language: 'en' }),
    'a calendar feed link',
  );
  const timeline = await ok<{ deadlines: { rule: string; due: string | null; trigger: { date: string } }[] }>(
    owner.inject({ method: 'GET', url: `${s}/timeline` }),
    'the timeline',
  );
  const deadline = timeline.deadlines.find((d) => d.due !== null);
  if (deadline === undefined) throw new Error('setup: the child has no dated deadline');
  return {
    studentId: child.id,
    familyId: child.familyId,
    givenName,
    school,
    planId: plan.id,
    versionId,
    goalId: GOAL.id,
    meetingId: meeting.id,
    eventId: event.id,
    communicationId: communication.id,
    documentId: document.id,
    schoolPersonId: schoolPerson.id,
    letterId: letter.id,
    pointId: point.id,
    pointDate: '2026-01-05',
    phaseChangeId: phase.id,
    invitationId: invitation.id,
    invitationToken: invitation.token,
    commentId: comment.id,
    serviceLogId: log.id,
    feedId: feed.id,
    feedToken: feed.token,
    deadlineRule: deadline.rule,
    deadlineTrigger: deadline.trigger.date,
  };
}

/**
 * The matrix's world: one account per role, `own` (Ana Lopez: her owner invited a co-parent, an advocate and a
 * member of school staff, who accepted) and `other` (Zora Zamora, of another family), each with one of every
 * sub-record. About ten sign-ups: each costs an argon2id hash.
 */
export async function createWorld(t: TestApp): Promise<World> {
  const person = (name: string, email: string) => signUp(t.app, { name, email });
  const users = {
    owner: await person('Carmen Lopez', 'carmen.lopez@example.org'),
    'co-parent': await person('Diego Lopez', 'diego.lopez@example.org'),
    advocate: await person('Ruth Adeyemi', 'ruth.adeyemi@example.org'),
    'school-staff': await person('Kwame Mensah', 'kwame.mensah@example.org'),
    stranger: await person('Sam Whitfield', 'sam.whitfield@example.org'),
    admin: await person('Alex Morgan', 'alex.morgan@example.org'),
  };
  await makeAdministrator(t.database.db, users.admin.id);
  const otherOwner = await person('Beatriz Zamora', 'beatriz.zamora@example.org');
  const spare = await person('Pat Spare', 'pat.spare@example.org');

  const ana = await addChild(users.owner, 'Ana', 'Lopez', OWN_SCHOOL);
  for (const role of ['co-parent', 'advocate', 'school-staff'] as const)
    await share(users.owner, ana.id, users[role], role);
  const zora = await addChild(otherOwner, 'Zora', 'Zamora', OTHER_SCHOOL);

  const composed = await ok<Record<string, unknown>>(
    post(users.owner, '/api/v1/letters/compose', { jurisdiction: 'CA', input: LETTER_INPUT }),
    'composing a letter',
  );
  const world: World = {
    t,
    letter: letterOf(composed),
    users,
    otherOwner,
    spare,
    children: {
      own: { ...(await populate(users.owner, ana, 'Ana', OWN_SCHOOL)), grantId: '' },
      other: { ...(await populate(otherOwner, zora, 'Zora', OTHER_SCHOOL)), grantId: '' },
    },
    counter: 0,
  };
  return world;
}

/** The id a route's `:id` takes for a child's records. */
export function idOf(records: ChildRecords, kind: IdKind): string {
  switch (kind) {
    case 'student':
      return records.studentId;
    case 'plan':
      return records.planId;
    case 'meeting':
      return records.meetingId;
    case 'case-event':
      return records.eventId;
    case 'communication':
      return records.communicationId;
    case 'document':
      return records.documentId;
    case 'school-person':
      return records.schoolPersonId;
    case 'letter':
      return records.letterId;
    case 'progress-point':
      return records.pointId;
    case 'phase-change':
      return records.phaseChangeId;
    case 'invitation':
      return records.invitationId;
    case 'access-grant':
      return records.grantId;
    case 'calendar-feed':
      return records.feedId;
  }
}

/** The URL a row calls for a child's records (`:id`, `:versionId`, `:goalId`, `:eventId`, `:letterId` filled in). */
export function urlOf(row: RouteRow, records: ChildRecords): string {
  const pattern = row.path ?? row.route.slice(row.route.indexOf(' ') + 1);
  const path = pattern
    .replace(':versionId', records.versionId)
    .replace(':goalId', records.goalId)
    .replace(':eventId', records.eventId)
    .replace(':letterId', records.letterId)
    .replace(':token', records.feedToken)
    .replace(':id', idOf(records, row.id ?? 'student'));
  if (row.query === undefined) return path;
  return `${path}?${typeof row.query === 'string' ? row.query : row.query(records)}`;
}

export function methodOf(row: RouteRow): string {
  return row.route.slice(0, row.route.indexOf(' '));
}

/** Prepares and sends one cell: the row's request for `which` child's records, as `role`. */
export async function prepareCell(
  world: World,
  row: RouteRow,
  which: Which,
  role: Role = 'owner',
): Promise<{ records: ChildRecords; send: (role: Role) => Promise<LightMyRequestResponse> }> {
  const base = world.children[which];
  const records: ChildRecords = row.fresh === undefined ? base : { ...base, ...(await row.fresh(world, which, role)) };
  return {
    records,
    send: (role) =>
      injectAs(world, role, {
        method: methodOf(row),
        url: urlOf(row, records),
        ...(row.body === undefined ? {} : { payload: row.body(records, world) }),
      }),
  };
}

const anyone = { kind: 'public' } as const;
const signedIn = { kind: 'signed-in' } as const;
const search = { kind: 'search' } as const;
function onChild(entity: string, action: string, allow: readonly GrantRole[]): ExpectedAccess {
  return { kind: 'student', entity, action, allow };
}

/** Makes a new child for the request to delete; the `own` one is shared with every grant role first. */
async function freshChild(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const owner = ownerOf(world, which);
  const { givenName, school } = world.children[which];
  const child = await addChild(owner, givenName, which === 'own' ? 'Lopez' : 'Zamora', school);
  if (which === 'own') {
    const db = world.t.database.db;
    for (const role of ['co-parent', 'advocate', 'school-staff'] as const) {
      await db
        .insertInto('student_access')
        .values({
          id: randomUUID(),
          student_id: child.id,
          user_id: world.users[role].id,
          role,
          granted_by: world.users.owner.id,
          created_at: new Date().toISOString(),
        })
        .execute();
    }
  }
  return { studentId: child.id, familyId: child.familyId };
}

async function freshPoint(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const { planId, goalId } = world.children[which];
  const date = nextDate(world);
  const point = await ok<{ id: string }>(
    post(ownerOf(world, which), `/api/v1/plans/${planId}/goals/${goalId}/points`, { date, value: 30 }),
    'a score to delete',
  );
  return { pointId: point.id, pointDate: date };
}

async function freshSchoolPerson(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const { studentId } = world.children[which];
  const person = await ok<{ id: string }>(
    post(ownerOf(world, which), `/api/v1/students/${studentId}/school-people`, SCHOOL_PERSON),
    'a school person to remove',
  );
  return { schoolPersonId: person.id };
}

async function freshEvent(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const { studentId } = world.children[which];
  const event = await ok<{ id: string }>(
    post(ownerOf(world, which), `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-requested',
      date: nextDate(world),
      by: 'parent',
    }),
    'an event to delete',
  );
  return { eventId: event.id };
}

async function freshPhaseChange(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const { planId, goalId } = world.children[which];
  const change = await ok<{ id: string }>(
    post(ownerOf(world, which), `/api/v1/plans/${planId}/goals/${goalId}/phase-changes`, {
      date: nextDate(world),
      label: 'A change to delete',
    }),
    'a phase change to delete',
  );
  return { phaseChangeId: change.id };
}

async function freshDocument(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const document = await ok<{ id: string }>(
    ownerOf(world, which).inject({
      method: 'POST',
      url: `/api/v1/students/${world.children[which].studentId}/documents`,
      ...documentForm(),
    }),
    'a document to delete',
  );
  return { documentId: document.id };
}

async function freshInvitation(world: World, which: Which): Promise<Partial<ChildRecords>> {
  const invitation = await ok<{ id: string; token: string }>(
    post(ownerOf(world, which), `/api/v1/students/${world.children[which].studentId}/invitations`, {
      role: 'advocate',
    }),
    'an invitation to revoke',
  );
  return { invitationId: invitation.id, invitationToken: invitation.token };
}

/** An invitation to a child made for the purpose, so accepting it changes no one's access to `own` or `other`. */
async function freshInvitationToNewChild(world: World): Promise<Partial<ChildRecords>> {
  const child = await addChild(world.otherOwner, 'Ines', 'Zamora', 'Willow Creek School (fictional)');
  const invitation = await ok<{ id: string; token: string }>(
    post(world.otherOwner, `/api/v1/students/${child.id}/invitations`, { role: 'advocate' }),
    'an invitation to accept',
  );
  return { studentId: child.id, invitationId: invitation.id, invitationToken: invitation.token };
}

/** A calendar feed link of the caller's own, to revoke (anonymous callers have none: the owner's stands in). */
async function freshOwnFeed(world: World, _which: Which, role: Role): Promise<Partial<ChildRecords>> {
  const maker = role === 'anonymous' ? world.users.owner : world.users[role];
  const feed = await ok<{ id: string }>(post(maker, '/api/v1/calendar-feeds', { language: 'en' }), 'a feed link');
  return { feedId: feed.id };
}

async function freshGrant(world: World, which: Which): Promise<Partial<ChildRecords>> {
  return { grantId: await spareGrant(world, world.children[which].studentId) };
}

/**
 * THE MATRIX: every API route, who may call it, and how to call it. Roles not listed under `allow` must be
 * answered exactly like a record that does not exist (404; 401 when not signed in).
 */
export function routeTable(): RouteRow[] {
  return [
    // Public and accounts.
    { route: 'GET /api/v1/health', access: anyone },
    { route: 'GET /api/v1/openapi.json', access: anyone },
    { route: 'GET /api/v1/session', access: anyone },
    { route: 'GET /api/auth/*', access: { kind: 'auth' }, path: '/api/auth/get-session' },
    {
      route: 'POST /api/auth/*',
      access: { kind: 'auth' },
      path: '/api/auth/sign-in/email',
      body: () => ({ email: 'pat.spare@example.org', password: TEST_PASSWORD }),
    },
    // Reminders by e-mail: the caller's own settings, and the one-click unsubscribe link (its token is the key).
    { route: 'GET /api/v1/account/reminders', access: signedIn },
    {
      route: 'PUT /api/v1/account/reminders',
      access: signedIn,
      body: () => ({ deadlineReminders: false, weeklyDigest: false, language: 'en' }),
    },
    // The caller's reading language (docs/decisions/0048): the suggestion looks at their children's home languages.
    { route: 'GET /api/v1/account/language', access: { kind: 'search', answersChildren: false } },
    { route: 'PUT /api/v1/account/language', access: signedIn, body: () => ({ language: null }) },
    {
      route: 'POST /api/v1/reminders/unsubscribe',
      access: anyone,
      query: `token=${encodeURIComponent(unsubscribeToken(TEST_AUTH_SECRET, 'pat-spare'))}`,
      body: () => ({}),
    },

    // Administration: no child's record, and no access to any (an administrator is a stranger to every child).
    { route: 'GET /api/v1/admin/users', access: { kind: 'admin' } },
    { route: 'GET /api/v1/admin/audit/verify', access: { kind: 'admin' } },

    // Tools that compute from what is sent, about no stored child.
    { route: 'POST /api/v1/timeline', access: signedIn, body: () => specCase },
    { route: 'POST /api/v1/progress/analyze', access: signedIn, query: 'asOf=2026-03-10', body: () => specGoal },
    { route: 'POST /api/v1/goals/check', access: signedIn, body: () => ({ text: 'Sam will improve his reading.' }) },
    {
      route: 'POST /api/v1/goals/check-present-levels',
      access: signedIn,
      body: () => ({ text: 'Sam reads 40 words correct per minute; his peers read 90.' }),
    },
    { route: 'GET /api/v1/jurisdictions', access: signedIn },
    { route: 'GET /api/v1/guide/comparison', access: signedIn, query: 'jurisdiction=TX' },
    { route: 'GET /api/v1/guide/questions', access: signedIn },
    { route: 'POST /api/v1/guide', access: signedIn, body: () => ({ jurisdiction: 'TX', answers: GUIDE_ANSWERS }) },
    {
      route: 'POST /api/v1/letters/compose',
      access: signedIn,
      body: () => ({ jurisdiction: 'CA', input: LETTER_INPUT }),
    },
    {
      route: 'POST /api/v1/letters/compose/translation',
      access: signedIn,
      body: () => ({ jurisdiction: 'CA', input: LETTER_INPUT, language: 'ar' }),
    },
    { route: 'POST /api/v1/letters/text', access: signedIn, body: (_r, world) => world.letter },
    { route: 'POST /api/v1/letters/pdf', access: signedIn, body: (_r, world) => world.letter },

    // Lists of children: each caller sees only the children they have a grant on.
    { route: 'GET /api/v1/families', access: search },
    { route: 'GET /api/v1/students', access: search },
    { route: 'GET /api/v1/caseload', access: search, query: 'asOf=2026-11-28' },
    { route: 'GET /api/v1/compliance', access: search, query: 'asOf=2026-11-28' },
    { route: 'GET /api/v1/schools', access: search },

    // Adding a child (the caller becomes its owner).
    {
      route: 'POST /api/v1/students',
      access: { kind: 'new-student' },
      body: () => ({ givenName: 'Nia', familyName: 'Matrix', birthDate: '2017-05-01', jurisdiction: 'US' }),
    },
    { route: 'POST /api/v1/demo', access: { kind: 'new-student' } },
    {
      route: 'POST /api/v1/students/import',
      access: { kind: 'new-student' },
      body: () => ({
        format: 'binder-record/1',
        student: { givenName: 'Nia', familyName: 'Imported', birthDate: '2017-05-01', jurisdiction: 'US' },
        family: { name: 'Imported family' },
      }),
    },

    // Invitation links: the token is the key; any signed-in person may present one.
    {
      route: 'POST /api/v1/invitations/preview',
      access: { kind: 'invitation', action: 'read' },
      body: (r) => ({ token: r.invitationToken }),
    },
    {
      route: 'POST /api/v1/invitations/accept',
      access: { kind: 'invitation', action: 'accept' },
      body: (r) => ({ token: r.invitationToken }),
      fresh: (world) => freshInvitationToNewChild(world),
    },

    // Calendar feeds: the caller's own links (revoking one made by someone else answers 404, tested in
    // server/http/calendar-feed-api.test.ts), and the feed itself, whose link is the key (docs/decisions/0039).
    { route: 'GET /api/v1/calendar-feeds', access: signedIn },
    { route: 'POST /api/v1/calendar-feeds', access: signedIn, body: () => ({ language: 'es' }) },
    { route: 'DELETE /api/v1/calendar-feeds/:id', access: signedIn, id: 'calendar-feed', fresh: freshOwnFeed },
    { route: 'GET /api/v1/calendar-feeds/:token/binder.ics', access: { kind: 'calendar-feed' } },
    {
      route: 'POST /api/v1/students/:id/calendar-feeds',
      access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE),
      body: () => ({ language: 'en' }),
    },
    {
      route: 'GET /api/v1/students/:id/deadline.ics',
      access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE),
      query: (r) => `rule=${encodeURIComponent(r.deadlineRule)}&trigger=${r.deadlineTrigger}`,
    },
    {
      route: 'GET /api/v1/meetings/:id/calendar.ics',
      access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE),
      id: 'meeting',
      query: 'language=es',
    },

    // The child.
    { route: 'GET /api/v1/students/:id', access: onChild('student', 'read', EVERYONE) },
    { route: 'PATCH /api/v1/students/:id', access: onChild('student', 'write', FAMILY), body: () => ({ grade: '5' }) },
    { route: 'GET /api/v1/students/:id/history', access: onChild('student', 'read', EVERYONE) },
    {
      route: 'DELETE /api/v1/students/:id',
      access: onChild('whole-record', 'delete', OWNER_ONLY),
      body: (r) => ({ confirmGivenName: r.givenName }),
      fresh: freshChild,
    },
    { route: 'GET /api/v1/students/:id/export.json', access: onChild('whole-record', 'export', FAMILY) },
    { route: 'GET /api/v1/students/:id/export.zip', access: onChild('whole-record', 'export', FAMILY) },
    { route: 'GET /api/v1/students/:id/binder.pdf', access: onChild('whole-record', 'export', FAMILY) },
    { route: 'GET /api/v1/students/:id/audit', access: onChild('audit-trail', 'read', FAMILY) },

    // Sharing.
    { route: 'GET /api/v1/students/:id/access', access: onChild('sharing', 'read', FAMILY) },
    {
      route: 'POST /api/v1/students/:id/invitations',
      access: onChild('sharing', 'share', FAMILY),
      body: () => ({ role: 'school-staff', note: 'matrix' }),
    },
    {
      route: 'DELETE /api/v1/invitations/:id',
      access: onChild('sharing', 'share', FAMILY),
      id: 'invitation',
      fresh: freshInvitation,
    },
    {
      route: 'DELETE /api/v1/access/:id',
      access: onChild('sharing', 'share', FAMILY),
      id: 'access-grant',
      fresh: freshGrant,
    },

    // Plans.
    { route: 'GET /api/v1/students/:id/plans', access: onChild('plan', 'read', EVERYONE) },
    {
      route: 'POST /api/v1/students/:id/plans',
      access: onChild('plan', 'write', FAMILY),
      body: () => ({ framework: '504' }),
    },
    { route: 'GET /api/v1/plans/:id', access: onChild('plan', 'read', EVERYONE), id: 'plan' },
    {
      route: 'PUT /api/v1/plans/:id/versions/:versionId/content',
      access: onChild('plan', 'write', FAMILY),
      id: 'plan',
      body: () => ({ content: { goals: [GOAL] } }),
    },
    {
      route: 'POST /api/v1/plans/:id/versions/:versionId/finalize',
      access: onChild('plan', 'write', FAMILY),
      id: 'plan',
      body: () => ({ effectiveFrom: '2026-01-05' }),
    },
    {
      route: 'POST /api/v1/plans/:id/amend',
      access: onChild('plan', 'write', FAMILY),
      id: 'plan',
      body: () => ({ reason: 'amendment' }),
    },
    {
      route: 'GET /api/v1/plans/:id/compare',
      access: onChild('plan', 'read', EVERYONE),
      id: 'plan',
      query: (r) => `from=${r.versionId}&to=${r.versionId}`,
    },
    {
      route: 'GET /api/v1/plans/:id/versions/:versionId/history',
      access: onChild('plan', 'read', EVERYONE),
      id: 'plan',
    },

    // Progress monitoring.
    {
      route: 'GET /api/v1/plans/:id/goals/:goalId/progress',
      access: onChild('progress', 'read', EVERYONE),
      id: 'plan',
      query: 'asOf=2026-03-09',
    },
    { route: 'GET /api/v1/plans/:id/goals/:goalId/points', access: onChild('progress', 'read', EVERYONE), id: 'plan' },
    {
      route: 'POST /api/v1/plans/:id/goals/:goalId/points',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'plan',
      body: (_r, world) => ({ date: nextDate(world), value: 26, measuredBy: 'Ms. Okafor' }),
    },
    {
      route: 'POST /api/v1/plans/:id/goals/:goalId/points/import',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'plan',
      query: 'dryRun=true',
      body: () => ({ csv: 'date,value\n2026-04-06,35\n' }),
    },
    {
      route: 'PUT /api/v1/progress-points/:id',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'progress-point',
      body: (r) => ({ date: r.pointDate, value: 22 }),
    },
    {
      route: 'DELETE /api/v1/progress-points/:id',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'progress-point',
      fresh: freshPoint,
    },
    {
      route: 'GET /api/v1/progress-points/:id/history',
      access: onChild('progress', 'read', EVERYONE),
      id: 'progress-point',
    },
    {
      route: 'GET /api/v1/plans/:id/goals/:goalId/phase-changes',
      access: onChild('progress', 'read', EVERYONE),
      id: 'plan',
    },
    {
      route: 'POST /api/v1/plans/:id/goals/:goalId/phase-changes',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'plan',
      body: (_r, world) => ({ date: nextDate(world), label: 'New reading group' }),
    },
    {
      route: 'DELETE /api/v1/phase-changes/:id',
      access: onChild('progress', 'enter-progress', EVERYONE),
      id: 'phase-change',
      fresh: freshPhaseChange,
    },
    {
      route: 'GET /api/v1/phase-changes/:id/history',
      access: onChild('progress', 'read', EVERYONE),
      id: 'phase-change',
    },
    {
      route: 'GET /api/v1/plans/:id/progress-report.pdf',
      access: onChild('progress', 'read', EVERYONE),
      id: 'plan',
      query: 'from=2026-01-01&to=2026-03-09',
    },

    // Meetings, events and the deadlines they drive.
    { route: 'GET /api/v1/students/:id/meetings', access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE) },
    { route: 'POST /api/v1/students/:id/meetings', access: onChild('meeting', 'write', FAMILY), body: () => MEETING },
    { route: 'GET /api/v1/meetings/:id', access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE), id: 'meeting' },
    {
      route: 'PUT /api/v1/meetings/:id',
      access: onChild('meeting', 'write', FAMILY),
      id: 'meeting',
      body: () => MEETING,
    },
    {
      route: 'GET /api/v1/meetings/:id/history',
      access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE),
      id: 'meeting',
    },
    {
      route: 'GET /api/v1/meetings/:id/suggested-questions',
      access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE),
      id: 'meeting',
    },
    {
      route: 'GET /api/v1/meetings/:id/prep.pdf',
      access: onChild('meeting', 'read', FAMILY_AND_ADVOCATE),
      id: 'meeting',
      query: 'language=es',
    },
    { route: 'GET /api/v1/students/:id/events', access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/events',
      access: onChild('case-event', 'write', FAMILY),
      body: () => ({ type: 'evaluation-requested', date: '2026-08-20', by: 'parent' }),
    },
    { route: 'GET /api/v1/events/:id', access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE), id: 'case-event' },
    {
      route: 'PUT /api/v1/events/:id',
      access: onChild('case-event', 'write', FAMILY),
      id: 'case-event',
      body: () => CONSENT,
    },
    {
      route: 'DELETE /api/v1/students/:id/events/:eventId',
      access: onChild('case-event', 'write', FAMILY),
      fresh: freshEvent,
    },
    {
      route: 'GET /api/v1/events/:id/history',
      access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE),
      id: 'case-event',
    },
    {
      route: 'GET /api/v1/students/:id/timeline',
      access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE),
      query: 'asOf=2026-11-28',
    },
    {
      route: 'GET /api/v1/students/:id/next-steps',
      access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE),
      query: 'asOf=2026-11-28',
    },
    { route: 'GET /api/v1/students/:id/case-file', access: onChild('case-event', 'read', FAMILY_AND_ADVOCATE) },
    { route: 'GET /api/v1/students/:id/calendar', access: onChild('school-calendar', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'PUT /api/v1/students/:id/calendar',
      access: onChild('school-calendar', 'write', FAMILY),
      body: () => ({ calendar: { terms: [{ start: '2026-08-17', end: '2027-05-28' }], closed: ['2026-11-26'] } }),
    },
    { route: 'DELETE /api/v1/students/:id/calendar', access: onChild('school-calendar', 'write', FAMILY) },

    // The communication log and letters.
    { route: 'GET /api/v1/students/:id/communications', access: onChild('communication', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/communications',
      access: onChild('communication', 'write', FAMILY),
      body: () => COMMUNICATION,
    },
    {
      route: 'GET /api/v1/communications/:id',
      access: onChild('communication', 'read', FAMILY_AND_ADVOCATE),
      id: 'communication',
    },
    {
      route: 'PUT /api/v1/communications/:id',
      access: onChild('communication', 'write', FAMILY),
      id: 'communication',
      body: () => COMMUNICATION,
    },
    {
      route: 'GET /api/v1/communications/:id/history',
      access: onChild('communication', 'read', FAMILY_AND_ADVOCATE),
      id: 'communication',
    },
    // The child's directory of the school's people: everyone reads it, the family keeps it, a school person
    // corrects their own entry.
    { route: 'GET /api/v1/students/:id/school-people', access: onChild('school-people', 'read', EVERYONE) },
    {
      route: 'POST /api/v1/students/:id/school-people',
      access: onChild('school-people', 'write', FAMILY),
      body: () => ({ ...SCHOOL_PERSON, role: 'teacher', name: 'Ines Park', email: '' }),
    },
    {
      route: 'PUT /api/v1/school-people/:id',
      access: onChild('school-people', 'write', FAMILY),
      id: 'school-person',
      body: () => SCHOOL_PERSON,
    },
    {
      route: 'PUT /api/v1/school-people/:id/own',
      access: onChild('school-people', 'edit-own-entry', ['school-staff']),
      id: 'school-person',
      body: () => ({ ...SCHOOL_PERSON, phone: '(555) 010-4401' }),
    },
    {
      route: 'DELETE /api/v1/school-people/:id',
      access: onChild('school-people', 'write', FAMILY),
      id: 'school-person',
      fresh: freshSchoolPerson,
    },
    {
      route: 'GET /api/v1/school-people/:id/history',
      access: onChild('school-people', 'read', EVERYONE),
      id: 'school-person',
    },
    { route: 'GET /api/v1/students/:id/letters', access: onChild('letter', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/letters',
      access: onChild('letter', 'write-letter', FAMILY_AND_ADVOCATE),
      body: (_r, world) => world.letter,
    },
    { route: 'GET /api/v1/letters/:id', access: onChild('letter', 'read', FAMILY_AND_ADVOCATE), id: 'letter' },
    { route: 'GET /api/v1/letters/:id/pdf', access: onChild('letter', 'read', FAMILY_AND_ADVOCATE), id: 'letter' },
    {
      route: 'GET /api/v1/students/:id/letters/:letterId/translation',
      access: onChild('letter', 'read', FAMILY_AND_ADVOCATE),
      query: 'language=vi',
    },
    {
      route: 'GET /api/v1/students/:id/letters/:letterId/translation.pdf',
      access: onChild('letter', 'read', FAMILY_AND_ADVOCATE),
      query: 'language=zh-Hans',
    },

    // Documents the family keeps, and the search over the record.
    { route: 'GET /api/v1/students/:id/documents', access: onChild('document', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/documents',
      access: onChild('document', 'write', FAMILY),
      body: () => documentForm(),
    },
    { route: 'GET /api/v1/documents/:id', access: onChild('document', 'read', FAMILY_AND_ADVOCATE), id: 'document' },
    {
      route: 'GET /api/v1/documents/:id/file',
      access: onChild('document', 'read', FAMILY_AND_ADVOCATE),
      id: 'document',
    },
    {
      route: 'PUT /api/v1/documents/:id',
      access: onChild('document', 'write', FAMILY),
      id: 'document',
      body: () => ({ kind: 'prior-written-notice', date: '2026-10-21', title: 'Prior written notice', links: [] }),
    },
    {
      route: 'DELETE /api/v1/documents/:id',
      access: onChild('document', 'write', FAMILY),
      id: 'document',
      fresh: freshDocument,
    },
    {
      route: 'GET /api/v1/documents/:id/history',
      access: onChild('document', 'read', FAMILY_AND_ADVOCATE),
      id: 'document',
    },
    {
      route: 'GET /api/v1/students/:id/search',
      access: onChild('document', 'read', FAMILY_AND_ADVOCATE),
      query: 'q=reading',
    },

    // The decision guide's answers saved to the case.
    { route: 'GET /api/v1/students/:id/guide', access: onChild('guide-answers', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/guide',
      access: onChild('guide-answers', 'write', FAMILY),
      body: () => ({ answers: GUIDE_ANSWERS }),
    },

    // Comments (family and advocate) and service logs (everyone related).
    { route: 'GET /api/v1/students/:id/comments', access: onChild('comment', 'read', FAMILY_AND_ADVOCATE) },
    {
      route: 'POST /api/v1/students/:id/comments',
      access: onChild('comment', 'comment', FAMILY_AND_ADVOCATE),
      body: () => ({ body: 'Can we ask for the reading data before the meeting?' }),
    },
    { route: 'GET /api/v1/students/:id/service-logs', access: onChild('service-log', 'read', EVERYONE) },
    {
      route: 'POST /api/v1/students/:id/service-logs',
      access: onChild('service-log', 'log-service', EVERYONE),
      body: () => ({
        service: 'Speech-language therapy',
        date: '2026-11-09',
        minutes: 30,
        status: 'missed',
        note: 'Therapist out',
      }),
    },
    {
      route: 'POST /api/v1/students/:id/service-logs/import',
      access: onChild('service-log', 'log-service', EVERYONE),
      body: () => ({
        csv: 'date,service,minutes,status,reason\n2026-11-10,Speech-language therapy,30,missed,provider-absent\n',
      }),
    },
    {
      route: 'GET /api/v1/students/:id/service-ledger',
      access: onChild('service-log', 'read', EVERYONE),
      query: 'asOf=2026-11-30',
    },
  ];
}
