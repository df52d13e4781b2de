import type { Language } from '../../core/progress/format-words';
import { suggestReadingLanguage, type SuggestedLanguage } from '../../core/reading-language/suggest-reading-language';
import type { Database } from '../db/database';
import {
  findReadingLanguage,
  findReadingLanguageByEmail,
  homeLanguagesOfFamily,
  saveReadingLanguage,
} from '../db/person-language-queries';

/** A person's reading language and, while they have chosen none, what their children's home languages suggest. */
export interface PersonLanguageView {
  readonly language: Language | null;
  readonly suggested: SuggestedLanguage | null;
}

/**
 * The language a person chose (docs/decisions/0048), and the suggestion: the first of their children (oldest
 * record first) whose home languages name one Binder reads besides English. Nothing is suggested once they chose.
 */
export async function personLanguageOf(database: Database, userId: string): Promise<PersonLanguageView> {
  const language = await findReadingLanguage(database.db, userId);
  if (language !== null) return { language, suggested: null };
  for (const homeLanguages of await homeLanguagesOfFamily(database.db, userId)) {
    const suggested = suggestReadingLanguage(homeLanguages);
    if (suggested !== null) return { language: null, suggested };
  }
  return { language: null, suggested: null };
}

/**
 * Stores a person's choice (null forgets it). A setting of the account, like reminder settings, not part of a
 * child's record: the audit trail is for children's records, so the choice is not audited.
 */
export async function choosePersonLanguage(
  database: Database,
  userId: string,
  language: Language | null,
): Promise<PersonLanguageView> {
  await saveReadingLanguage(database.db, userId, language);
  return personLanguageOf(database, userId);
}

/** The language mail to this person is written in: their choice when they made one, else `fallback`. */
export async function mailLanguageFor(database: Database, userId: string, fallback: Language): Promise<Language> {
  return (await findReadingLanguage(database.db, userId)) ?? fallback;
}

/** The same for an address (an invitation): the choice of the account with that address, if there is one. */
export async function mailLanguageForAddress(database: Database, email: string, fallback: Language): Promise<Language> {
  return (await findReadingLanguageByEmail(database.db, email)) ?? fallback;
}
