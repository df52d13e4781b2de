import { AppError } from '../app-error';
import { systemAudit } from '../audit/audit-recorder';
import { createAuth } from '../auth/auth';
import { newPasswordProblem } from '../auth/password-rules';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { deleteSessionsOfUser, insertAdministrator } from '../db/account-queries';
import { findUserIdByEmail } from '../db/access-queries';
import type { Database } from '../db/database';
import { recordedWrite } from './recorded-write';

/** Who the new administrator is. The password is checked against the same rules as a sign-up. */
export interface NewAdministrator {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/**
 * Creates an administrator account (`binder admin create`): through better-auth's own sign-up, called on the
 * server, so the password is hashed exactly like any account's; then the account is listed in
 * `administrators`. Being an administrator grants no access to any child's record.
 *
 * better-auth writes the account in its own transaction, so the listing (with its audit entry) is a second
 * one; if it failed, the account would exist as an ordinary one and running the command again would say so.
 */
export async function createAdministrator(
  config: Config,
  database: Database,
  clock: Clock,
  admin: NewAdministrator,
): Promise<{ userId: string; email: string }> {
  const problem = await newPasswordProblem(admin.password, { email: admin.email, name: admin.name });
  if (problem !== null) throw AppError.invalidInput([{ field: 'password', message: problem }]);
  const email = admin.email.trim().toLowerCase();
  if ((await findUserIdByEmail(database.db, email)) !== null)
    throw new AppError('conflict', 'an account with this e-mail already exists');

  const auth = createAuth(config, database);
  const { user } = await auth.api.signUpEmail({ body: { email, name: admin.name, password: admin.password } });
  const audit = systemAudit(clock, 'administrator', 'binder admin create');
  await recordedWrite(
    { database, clock, audit },
    async ({ trx, at }) => {
      // Sign-up signs the new account in; nobody holds that session's cookie, so it is removed at once.
      await deleteSessionsOfUser(trx, user.id);
      await insertAdministrator(trx, user.id, at);
    },
    () => ({ entityId: user.id }),
  );
  return { userId: user.id, email: user.email };
}
