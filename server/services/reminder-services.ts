import { createHmac, timingSafeEqual } from 'node:crypto';
import { addDays } from '../../core/calendar/add-days';
import { toEpochDay } from '../../core/calendar/epoch-day';
import { kindName } from '../../core/law/deadline-kinds';
import { textIn } from '../../core/law/rule-status';
import {
  reminderMail,
  weeklyDigestMail,
  type MailLanguage,
  type ReminderDeadline,
  type ReminderKind,
} from '../../core/mail/mail-texts';
import type { ReminderSettings } from '../../core/schemas/reminders';
import { AppError } from '../app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { queueMail, type QueuedMail } from '../db/mail-queries';
import {
  digestSubscribers,
  findReminderSettings,
  openDeadlinesForSubscribers,
  saveReminderSettings,
  turnRemindersOff,
  type ReminderCandidate,
} from '../db/reminder-queries';

/** What reminder mail needs besides the database: the address links start with and the secret tokens use. */
export interface ReminderMailContext {
  readonly database: Database;
  readonly clock: Clock;
  readonly baseUrl: string;
  readonly secret: string;
}

/**
 * The one-click unsubscribe token of an account: its id and an HMAC of it under the server's secret, so the
 * link works without a stored token and cannot be made for another account.
 */
export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signature(secret, userId)}`;
}

function signature(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}`, 'utf8').digest('base64url');
}

/** The account an unsubscribe token names, or null when it was not made by this server. */
export function userOfUnsubscribeToken(secret: string, token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(signature(secret, userId), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

/** A person's reminder settings; nobody gets reminders until they turn them on. */
export async function reminderSettingsOf(
  database: Database,
  userId: string,
  fallbackLanguage: MailLanguage,
): Promise<ReminderSettings> {
  const stored = await findReminderSettings(database.db, userId);
  return stored ?? { deadlineReminders: false, weeklyDigest: false, language: fallbackLanguage };
}

export async function updateReminderSettings(
  database: Database,
  clock: Clock,
  userId: string,
  settings: ReminderSettings,
): Promise<ReminderSettings> {
  await saveReminderSettings(database.db, userId, settings, clock.now().toISOString());
  return settings;
}

/** One-click unsubscribe: every reminder of the token's account off. A token this server did not make is a 404. */
export async function unsubscribe(database: Database, clock: Clock, secret: string, token: string): Promise<void> {
  const userId = userOfUnsubscribeToken(secret, token);
  if (userId === null) throw AppError.notFound('unsubscribe link');
  await turnRemindersOff(database.db, userId, clock.now().toISOString());
}

/** The unsubscribe headers (RFC 2369, RFC 8058) and the settings-page link of one person's reminder mail. */
function unsubscribeParts(context: ReminderMailContext, userId: string) {
  const token = encodeURIComponent(unsubscribeToken(context.secret, userId));
  return {
    headers: {
      'List-Unsubscribe': `<${context.baseUrl}/api/v1/reminders/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    link: `${context.baseUrl}/unsubscribe?token=${token}`,
  };
}

function deadlineOf(context: ReminderMailContext, row: ReminderCandidate, language: MailLanguage): ReminderDeadline {
  return {
    childName: row.childGivenName,
    what: textIn(kindName(row.kind), language),
    due: row.due,
    citation: row.citation,
    link: `${context.baseUrl}/students/${encodeURIComponent(row.studentId)}/timeline`,
  };
}

/**
 * Which reminder a deadline due on `due` gets on `today`: a week before (7 to 2 days out, so a day the server
 * was down is caught up), the day before (1 or 0 days out), or passed (1 to 7 days ago, unmet).
 */
export function reminderKindFor(today: string, due: string): ReminderKind | null {
  const days = toEpochDay(due) - toEpochDay(today);
  if (days >= 2 && days <= 7) return 'week-before';
  if (days >= 0 && days <= 1) return 'day-before';
  if (days >= -7 && days <= -1) return 'passed';
  return null;
}

/**
 * Queues the reminders due today for every subscribed person: one message per (person, deadline, kind), the
 * send key deciding, so running this again, or on several servers at once, queues nothing twice.
 */
export async function queueDueReminders(context: ReminderMailContext): Promise<number> {
  const today = context.clock.today();
  const rows = await openDeadlinesForSubscribers(
    context.database.db,
    'deadline_reminders',
    addDays(today, -7),
    addDays(today, 7),
  );
  let queued = 0;
  for (const row of rows) {
    const kind = reminderKindFor(today, row.due);
    if (kind === null) continue;
    const unsubscribeMail = unsubscribeParts(context, row.userId);
    const text = reminderMail(row.language, kind, {
      name: row.userName,
      deadline: deadlineOf(context, row, row.language),
      unsubscribeLink: unsubscribeMail.link,
    });
    const sendKey = `reminder:${row.userId}:${row.studentId}:${row.rule}:${row.kind}:${row.due}:${kind}`;
    const added = await queueWithAudit(
      context,
      { sendKey, userId: row.userId, to: row.email, headers: unsubscribeMail.headers, ...text },
      [row.studentId],
      'job: deadline reminder',
    );
    if (added) queued += 1;
  }
  return queued;
}

/**
 * Queues one message and, when it is new, records in the same transaction that Binder read each child's
 * deadlines to write it (actor `system`, entity `case-event`: the family's activity log shows it).
 */
async function queueWithAudit(
  context: ReminderMailContext,
  mail: QueuedMail,
  studentIds: readonly string[],
  route: string,
): Promise<boolean> {
  const at = context.clock.now().toISOString();
  return context.database.db.transaction().execute(async (trx) => {
    const added = await queueMail(trx, mail, at);
    if (!added) return false;
    for (const studentId of new Set(studentIds)) {
      await appendAuditEntry(trx, {
        at,
        actorUserId: null,
        actorEmail: null,
        actorRole: 'system',
        studentId,
        entity: 'case-event',
        entityId: null,
        action: 'read',
        route,
        outcome: 'allowed',
      });
    }
    return true;
  });
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const day = toEpochDay(date);
  // Day 0 (1970-01-01) was a Thursday: three days after a Monday.
  return addDays(date, -((((day + 3) % 7) + 7) % 7));
}

/**
 * Queues this week's digest for everyone who chose it (overdue deadlines of the last 30 days and those of the
 * next 14), once per person and week, on whichever day of the week the job first runs.
 */
export async function queueWeeklyDigests(context: ReminderMailContext): Promise<number> {
  const today = context.clock.today();
  const weekOf = mondayOf(today);
  const people = await digestSubscribers(context.database.db);
  const rows = await openDeadlinesForSubscribers(
    context.database.db,
    'weekly_digest',
    addDays(today, -30),
    addDays(today, 14),
  );
  let queued = 0;
  for (const person of people) {
    const unsubscribeMail = unsubscribeParts(context, person.userId);
    const own = rows.filter((row) => row.userId === person.userId);
    const deadlines = own.map((row) => deadlineOf(context, row, person.language));
    const text = weeklyDigestMail(person.language, {
      name: person.name,
      weekOf,
      deadlines,
      unsubscribeLink: unsubscribeMail.link,
    });
    const added = await queueWithAudit(
      context,
      {
        sendKey: `digest:${person.userId}:${weekOf}`,
        userId: person.userId,
        to: person.email,
        headers: unsubscribeMail.headers,
        ...text,
      },
      own.map((row) => row.studentId),
      'job: weekly digest',
    );
    if (added) queued += 1;
  }
  return queued;
}
