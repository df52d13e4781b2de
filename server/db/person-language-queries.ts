import type { Kysely } from 'kysely';
import { LANGUAGES, type Language } from '../../core/progress/format-words';
import type { DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

function asLanguage(stored: string | null | undefined): Language | null {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(stored) ? (stored as Language) : null;
}

/** The reading language a person chose, or null when they chose none (or the account does not exist). */
export async function findReadingLanguage(db: Db, userId: string): Promise<Language | null> {
  const row = await db.selectFrom('users').select('reading_language').where('id', '=', userId).executeTakeFirst();
  return asLanguage(row?.reading_language);
}

/** The reading language chosen by the account with this address (an invitee who already has one), or null. */
export async function findReadingLanguageByEmail(db: Db, email: string): Promise<Language | null> {
  const row = await db
    .selectFrom('users')
    .select('reading_language')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
  return asLanguage(row?.reading_language);
}

/** Stores (or, with null, forgets) a person's reading language. */
export async function saveReadingLanguage(db: Db, userId: string, language: Language | null): Promise<void> {
  await db.updateTable('users').set({ reading_language: language }).where('id', '=', userId).execute();
}

/** The home languages of the children a person brings up (owner or co-parent), oldest record first. */
export async function homeLanguagesOfFamily(db: Db, userId: string): Promise<string[][]> {
  const rows = await db
    .selectFrom('student_access as a')
    .innerJoin('students as s', 's.id', 'a.student_id')
    .select(['s.home_languages'])
    .where('a.user_id', '=', userId)
    .where('a.role', 'in', ['owner', 'co-parent'])
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  return rows.map((row) => {
    const parsed: unknown = JSON.parse(row.home_languages);
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  });
}
