import type { Database } from '../db/database';
import { emailOfResetToken as findEmailOfResetToken } from '../db/account-queries';

/** Whose password a reset token changes (read before it is used up), so the app can sign them in afterwards. */
export async function emailOfResetToken(database: Database, token: string): Promise<string | null> {
  return findEmailOfResetToken(database.db, token);
}
