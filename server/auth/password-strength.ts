import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { PasswordWeaknessReason } from '../../core/schemas/password-weakness';

/** zxcvbn's scale runs 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

// The dictionaries are megabytes of word lists: loaded on the first password that is set, once, and never by
// a server that only serves pages and records (the import is dynamic, so starting the server does not load
// them either).
let checker: Promise<ZxcvbnFactory> | null = null;
function strengthChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
  })();
  return checker;
}

/** zxcvbn's warning keys (its feedback, untranslated) in our own reasons, which en.json and es.json word. */
const REASON_OF_WARNING: Readonly<Record<string, PasswordWeaknessReason>> = {
  straightRow: 'keyboard-pattern',
  keyPattern: 'keyboard-pattern',
  simpleRepeat: 'repeats',
  extendedRepeat: 'repeats',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common-password',
  topHundred: 'common-password',
  common: 'common-password',
  similarToCommon: 'common-password',
  pwned: 'common-password',
  wordByItself: 'common-words',
  namesByThemselves: 'common-words',
  commonNames: 'common-words',
  userInputs: 'personal-information',
};

/** What the person typed elsewhere on the form, which a password must not lean on: the e-mail and the name. */
export interface PasswordContext {
  readonly email?: string | null;
  readonly name?: string | null;
}

function userInputsOf(context: PasswordContext): string[] {
  const inputs: string[] = [];
  if (context.email != null && context.email !== '') {
    const email = context.email.trim().toLowerCase();
    inputs.push(email, ...email.split(/[@.+_-]/));
  }
  if (context.name != null && context.name !== '') {
    const name = context.name.trim().toLowerCase();
    inputs.push(name, ...name.split(/\s+/));
  }
  return inputs.filter((input) => input.length >= 3);
}

/** Why zxcvbn finds the password too easy to guess (score below 3), or null when it is strong enough. */
export async function passwordWeakness(
  password: string,
  context: PasswordContext = {},
): Promise<PasswordWeaknessReason | null> {
  const result: ZxcvbnResult = (await strengthChecker()).check(password, userInputsOf(context));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning;
  return (warning === null ? undefined : REASON_OF_WARNING[warning]) ?? 'too-simple';
}
