import type { Kysely } from 'kysely';
import { LANGUAGES, type Language } from '../../core/progress/format-words';
import type { DatabaseSchema, ReminderSettingsTable } from './schema';

type Db = Kysely<DatabaseSchema>;

/** A person's reminder choices. */
export interface ReminderSettingsRow {
  readonly deadlineReminders: boolean;
  readonly weeklyDigest: boolean;
  readonly language: ReminderSettingsTable['language'];
}

export async function findReminderSettings(db: Db, userId: string): Promise<ReminderSettingsRow | undefined> {
  const row = await db
    .selectFrom('reminder_settings')
    .select(['deadline_reminders', 'weekly_digest', 'language'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        deadlineReminders: row.deadline_reminders === 1,
        weeklyDigest: row.weekly_digest === 1,
        language: row.language,
      };
}

export async function saveReminderSettings(
  db: Db,
  userId: string,
  settings: ReminderSettingsRow,
  at: string,
): Promise<void> {
  const values = {
    deadline_reminders: settings.deadlineReminders ? 1 : 0,
    weekly_digest: settings.weeklyDigest ? 1 : 0,
    language: settings.language,
    updated_at: at,
  };
  await db
    .insertInto('reminder_settings')
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}

/** Turns every reminder of a person off (one-click unsubscribe); answers whether they had settings. */
export async function turnRemindersOff(db: Db, userId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('reminder_settings')
    .set({ deadline_reminders: 0, weekly_digest: 0, updated_at: at })
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** One open dated deadline of a child a subscribed person may see, with who is to be told. */
export interface ReminderCandidate {
  readonly userId: string;
  readonly userName: string;
  readonly email: string;
  /** The person's reading language when they chose one (docs/decisions/0048), else their reminders' language. */
  readonly language: Language;
  readonly studentId: string;
  readonly childGivenName: string;
  readonly kind: string;
  readonly rule: string;
  readonly due: string;
  readonly citation: string;
}

/**
 * Open deadlines due from `from` to `to` (inclusive) of every child each subscribed person holds a grant on,
 * for the people who chose `deadline_reminders` (or `weekly_digest`). Only grants decide who is told.
 */
export async function openDeadlinesForSubscribers(
  db: Db,
  choice: 'deadline_reminders' | 'weekly_digest',
  from: string,
  to: string,
): Promise<ReminderCandidate[]> {
  const rows = await db
    .selectFrom('reminder_settings as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('student_access as a', 'a.user_id', 'r.user_id')
    .innerJoin('students as s', 's.id', 'a.student_id')
    .innerJoin('derived_deadlines as d', 'd.student_id', 'a.student_id')
    .select([
      'u.id as user_id',
      'u.name as user_name',
      'u.email',
      'r.language',
      'u.reading_language',
      's.id as student_id',
      's.given_name',
      'd.kind',
      'd.rule',
      'd.due',
      'd.citation',
    ])
    .where(`r.${choice}`, '=', 1)
    .where('d.completed_on', 'is', null)
    .where('d.due', 'is not', null)
    .where('d.due', '>=', from)
    .where('d.due', '<=', to)
    .orderBy('u.id')
    .orderBy('d.due')
    .orderBy('s.id')
    .orderBy('d.kind')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    userName: row.user_name,
    email: row.email,
    language: readingLanguageOr(row.reading_language, row.language),
    studentId: row.student_id,
    childGivenName: row.given_name,
    kind: row.kind,
    rule: row.rule,
    due: row.due ?? from,
    citation: row.citation,
  }));
}

/** The reading language a person chose, when it is one of the five, else the language of their reminder settings. */
function readingLanguageOr(chosen: string | null, reminders: ReminderSettingsTable['language']): Language {
  return (LANGUAGES as readonly (string | null)[]).includes(chosen) ? (chosen as Language) : reminders;
}

/** People who chose the weekly digest, with their address and language. */
export async function digestSubscribers(
  db: Db,
): Promise<{ userId: string; name: string; email: string; language: Language }[]> {
  const rows = await db
    .selectFrom('reminder_settings as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.name', 'u.email', 'r.language', 'u.reading_language'])
    .where('r.weekly_digest', '=', 1)
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({
    userId: row.id,
    name: row.name,
    email: row.email,
    language: readingLanguageOr(row.reading_language, row.language),
  }));
}
