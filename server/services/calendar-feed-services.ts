import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  deadlineEntries,
  deadlineEntry,
  deadlineKeys,
  feedName,
  meetingEntry,
  type FeedChild,
  type FeedEntry,
  type FeedLanguage,
} from '../../core/calendar-feed/feed-entries';
import { isAllowed } from '../../core/policies/access-policy';
import { caseEventPolicy, meetingPolicy } from '../../core/policies/entity-policies';
import { ACCESS_ROLES, type AccessRole } from '../../core/schemas/access-role';
import type { CalendarFeed, CalendarFeedList, CreatedCalendarFeed } from '../../core/schemas/calendar-feed';
import { AppError } from '../app-error';
import { appendAuditEntries } from '../audit/append-audit-entry';
import type { AuditScope } from '../audit/audit-recorder';
import type { Clock } from '../clock';
import {
  findCalendarFeedByTokenHash,
  insertCalendarFeed,
  listFeedChildren,
  listOpenCalendarFeedsOfUser,
  revokeCalendarFeedOfUser,
  type CalendarFeedRow,
} from '../db/calendar-feed-queries';
import type { Database } from '../db/database';
import { findMeeting, listMeetingsOfStudent } from '../db/meeting-queries';
import { icalendar } from '../documents/icalendar';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';
import { studentTimeline } from './student-timeline';

// Private calendar feeds and "add to calendar" downloads (docs/decisions/0039). A feed link is a secret like an
// invitation link: 32 random bytes, shown once, stored only as its SHA-256. It stands for its maker and follows
// their grants at every fetch: a child they may no longer see drops out of it at once.

/** The roles whose holders see a child's deadlines (the case events' read policy). */
export const FEED_ROLES: readonly AccessRole[] = ACCESS_ROLES.filter((role) =>
  isAllowed(caseEventPolicy, 'read', role),
);

/** The stored form of a feed token: its SHA-256, so a copy of the database cannot be used to read feeds. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The feed's path on the server: the token, then a file name calendar apps recognise. */
export function feedPath(token: string): string {
  return `/api/v1/calendar-feeds/${token}/binder.ics`;
}

/** The person's working feed links, newest first: the all-children ones, and each child's with whether it works. */
export async function listCalendarFeeds(database: Database, userId: string): Promise<CalendarFeedList> {
  const feeds = await listOpenCalendarFeedsOfUser(database.db, userId);
  const visible = new Map(
    (await listFeedChildren(database.db, userId, null, FEED_ROLES)).map((child) => [child.studentId, child]),
  );
  return { feeds: feeds.map((feed) => summaryOf(feed, visible.get(feed.studentId ?? '') ?? null)) };
}

function summaryOf(feed: CalendarFeedRow, child: FeedChild | null): CalendarFeed {
  return {
    id: feed.id,
    studentId: feed.studentId,
    childGivenName: feed.studentId === null ? null : (child?.givenName ?? null),
    works: feed.studentId === null || child !== null,
    language: feed.language,
    createdAt: feed.createdAt,
  };
}

function newFeed(
  userId: string,
  studentId: string | null,
  language: FeedLanguage,
  at: string,
): { row: Parameters<typeof insertCalendarFeed>[1]; token: string } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    row: {
      id: randomUUID(),
      user_id: userId,
      student_id: studentId,
      token_hash: hashFeedToken(token),
      language,
      created_at: at,
    },
  };
}

function created(
  row: Parameters<typeof insertCalendarFeed>[1],
  token: string,
  childGivenName: string | null,
): CreatedCalendarFeed {
  return {
    id: row.id,
    studentId: row.student_id,
    childGivenName,
    works: true,
    language: row.language,
    createdAt: row.created_at,
    token,
    path: feedPath(token),
  };
}

/** Makes a feed link for every child the person may see, now and later (it reads their grants at each fetch). */
export async function createPersonFeed(options: {
  readonly database: Database;
  readonly clock: Clock;
  readonly userId: string;
  readonly language: FeedLanguage;
}): Promise<CreatedCalendarFeed> {
  const { row, token } = newFeed(options.userId, null, options.language, options.clock.now().toISOString());
  await insertCalendarFeed(options.database.db, row);
  return created(row, token, null);
}

/** Makes a feed link for one child (the route's access rule has checked the person may see its deadlines). */
export async function createChildFeed(
  options: WriteContext & { readonly userId: string; readonly studentId: string; readonly language: FeedLanguage },
): Promise<CreatedCalendarFeed> {
  return recordedWrite(
    options,
    async ({ trx, at }) => {
      const student = await requireStudent(trx, options.studentId);
      const { row, token } = newFeed(options.userId, student.id, options.language, at);
      await insertCalendarFeed(trx, row);
      return created(row, token, student.givenName);
    },
    (feed) => ({ entityId: feed.id }),
  );
}

/** Revokes one of the person's links: the next fetch answers 404. Someone else's link, or none, is 404 too. */
export async function revokeCalendarFeed(options: {
  readonly database: Database;
  readonly clock: Clock;
  readonly userId: string;
  readonly feedId: string;
}): Promise<void> {
  const at = options.clock.now().toISOString();
  if (!(await revokeCalendarFeedOfUser(options.database.db, options.feedId, options.userId, at))) {
    throw AppError.notFound('calendar feed');
  }
}

/** One child's entries: its dated deadlines (as of today) and, when the role may see them, its meetings. */
async function childEntries(
  database: Database,
  child: FeedChild & { readonly role: AccessRole },
  context: { readonly language: FeedLanguage; readonly origin: string; readonly today: string },
): Promise<FeedEntry[]> {
  const timeline = await studentTimeline(database, child.studentId, context.today);
  const deadlines = deadlineEntries({ child, deadlines: timeline.deadlines, ...context });
  if (!isAllowed(meetingPolicy, 'read', child.role)) return deadlines;
  const meetings = await listMeetingsOfStudent(database.db, child.studentId);
  return [...deadlines, ...meetings.map((meeting) => meetingEntry({ child, meeting, ...context }))];
}

/**
 * A feed's calendar, for whoever presents its token (no session: calendar apps have none). Unknown or revoked
 * links, and links whose maker may no longer see any child they cover, answer 404 — the same answer, so the
 * link's holder learns nothing. Each fetch leaves one audit entry per child it shows, in the maker's name.
 */
export async function readCalendarFeed(options: {
  readonly database: Database;
  readonly clock: Clock;
  readonly token: string;
  readonly origin: string;
  readonly audit: AuditScope;
}): Promise<string> {
  const { database, clock, audit } = options;
  const refuse = async (): Promise<never> => {
    await audit.recordOutcome(database.db, 'denied');
    throw AppError.notFound('calendar feed');
  };
  const feed = await findCalendarFeedByTokenHash(database.db, hashFeedToken(options.token));
  if (feed === null) return refuse();
  audit.refine({
    actorUserId: feed.userId,
    actorEmail: feed.userEmail,
    studentId: feed.studentId,
    entityId: feed.id,
  });
  if (feed.revokedAt !== null) return refuse();
  const children = await listFeedChildren(database.db, feed.userId, feed.studentId, FEED_ROLES);
  const [first] = children;
  if (first === undefined) return refuse();
  const context = { language: feed.language, origin: options.origin, today: clock.today() };
  const entries: FeedEntry[] = [];
  for (const child of children) entries.push(...(await childEntries(database, child, context)));
  const now = clock.now().toISOString();
  await database.db.transaction().execute(async (trx) => {
    audit.refine({ actorRole: first.role });
    await audit.record(trx, { studentId: first.studentId });
    await appendAuditEntries(
      trx,
      children.slice(1).map((child) => ({
        ...audit.facts,
        studentId: child.studentId,
        actorRole: child.role,
        at: now,
        outcome: 'allowed' as const,
      })),
    );
  });
  return icalendar({
    name: feedName(feed.studentId === null ? null : children, feed.language),
    entries,
    now,
    subscription: true,
  });
}

/** One deadline of a child as a one-entry calendar file; 404 when the child has no dated deadline like it. */
export async function deadlineCalendarFile(options: {
  readonly database: Database;
  readonly clock: Clock;
  readonly studentId: string;
  readonly rule: string;
  readonly trigger: string;
  readonly language: FeedLanguage;
  readonly origin: string;
}): Promise<{ text: string; givenName: string }> {
  const { database, clock, language, origin } = options;
  const student = await requireStudent(database.db, options.studentId);
  const today = clock.today();
  const { deadlines } = await studentTimeline(database, student.id, today);
  const keys = deadlineKeys(deadlines);
  const index = deadlines.findIndex(
    (deadline) => deadline.rule === options.rule && deadline.trigger.date === options.trigger && deadline.due !== null,
  );
  const deadline = deadlines[index];
  if (deadline === undefined || deadline.due === null) throw AppError.notFound('deadline');
  const child = { studentId: student.id, givenName: student.givenName };
  const entry = deadlineEntry({
    child,
    deadline: { ...deadline, due: deadline.due },
    key: keys[index] ?? '',
    language,
    origin,
    today,
  });
  return {
    text: icalendar({
      name: feedName([child], language),
      entries: [entry],
      now: clock.now().toISOString(),
      subscription: false,
    }),
    givenName: student.givenName,
  };
}

/** One meeting as a one-entry calendar file. */
export async function meetingCalendarFile(options: {
  readonly database: Database;
  readonly clock: Clock;
  readonly meetingId: string;
  readonly language: FeedLanguage;
  readonly origin: string;
}): Promise<{ text: string; givenName: string; date: string }> {
  const { database, clock, language, origin } = options;
  const meeting = await findMeeting(database.db, options.meetingId);
  if (meeting === null) throw AppError.notFound('meeting');
  const student = await requireStudent(database.db, meeting.studentId);
  const child = { studentId: student.id, givenName: student.givenName };
  const entry = meetingEntry({ child, meeting, language, origin, today: clock.today() });
  return {
    text: icalendar({
      name: feedName([child], language),
      entries: [entry],
      now: clock.now().toISOString(),
      subscription: false,
    }),
    givenName: student.givenName,
    date: meeting.date,
  };
}
