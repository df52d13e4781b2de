import { readFileSync } from 'node:fs';
import { weakPasswordMessage } from '../../core/schemas/password-weakness';
import { passwordWeakness, type PasswordContext } from './password-strength';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

// 49,233 passwords most often found in breaches, lower-cased (the zxcvbn-ts common list, MIT; see
// docs/decisions/0007-accounts-and-sessions.md). Read once, on first use.
let commonPasswords: Set<string> | null = null;
function commonList(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return commonPasswords;
}

/**
 * Why a new password is refused, or null when it is acceptable. Besides length, a password is refused when
 * it is on the common list, or is a listed word of 6+ letters with only digits or symbols added around it
 * ("password1234!"), the commonest way people stretch a short favourite to a required length.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `use at least ${String(MIN_PASSWORD_LENGTH)} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `use at most ${String(MAX_PASSWORD_LENGTH)} characters`;
  const lower = password.toLowerCase();
  const list = commonList();
  if (list.has(lower)) return 'this password is on a list of common or breached passwords; choose another';
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 6 && core !== lower && list.has(core)) {
    return 'this password is a common password with numbers or symbols added; choose another';
  }
  return null;
}

/**
 * Why a password being set (sign-up, password change, `binder admin create`) is refused, or null: the rules
 * above, then zxcvbn's estimate of how easy it is to guess, with the person's e-mail and name as words a
 * guesser would try first. A score below 3 is refused with the reason (docs/decisions/0017).
 */
export async function newPasswordProblem(password: string, context: PasswordContext): Promise<string | null> {
  const problem = passwordProblem(password);
  if (problem !== null) return problem;
  const weakness = await passwordWeakness(password, context);
  return weakness === null ? null : weakPasswordMessage(weakness);
}
