/**
 * Why a password is too easy to guess, as the server words it in a refusal (server/auth/password-strength.ts)
 * and the web app reads it back to say it in the person's language (web/i18n/account-issue-message.ts): one
 * table, so the two cannot drift apart.
 */
export const PASSWORD_WEAKNESS_REASONS = {
  'keyboard-pattern': 'it follows a row or pattern of keys on the keyboard',
  repeats: 'it repeats a character or a group of characters',
  sequence: 'it is a sequence like abcd or 1234',
  dates: 'it contains a date or a year',
  'common-password': 'it is too close to a common password',
  'common-words': 'it is made of common words or names',
  'personal-information': 'it contains your name or e-mail address',
  'too-simple': 'it is too short or too simple for its length',
} as const;
export type PasswordWeaknessReason = keyof typeof PASSWORD_WEAKNESS_REASONS;

/** The refusal's wording: the reason is one of PASSWORD_WEAKNESS_REASONS's texts. */
export const WEAK_PASSWORD_PREFIX = 'this password is too easy to guess: ';
export const WEAK_PASSWORD_ADVICE = '; use a longer phrase of unrelated words';

export function weakPasswordMessage(reason: PasswordWeaknessReason): string {
  return `${WEAK_PASSWORD_PREFIX}${PASSWORD_WEAKNESS_REASONS[reason]}${WEAK_PASSWORD_ADVICE}`;
}

/** The reason a refusal names, or null when `message` is not a weak-password refusal. */
export function weaknessReasonOf(message: string): PasswordWeaknessReason | null {
  if (!message.startsWith(WEAK_PASSWORD_PREFIX) || !message.endsWith(WEAK_PASSWORD_ADVICE)) return null;
  const text = message.slice(WEAK_PASSWORD_PREFIX.length, message.length - WEAK_PASSWORD_ADVICE.length);
  const entry = Object.entries(PASSWORD_WEAKNESS_REASONS).find(([, wording]) => wording === text);
  return entry === undefined ? null : (entry[0] as PasswordWeaknessReason);
}
