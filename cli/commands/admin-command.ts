import { signUpSchema } from '../../core/schemas/account';
import { firstIssueLine } from '../../core/schemas/format-issues';
import { AppError } from '../../server/app-error';
import { systemClock } from '../../server/clock';
import { readConfig } from '../../server/config';
import { createAdministrator } from '../../server/services/create-administrator';
import { withMigratedDatabase } from '../../server/services/database-services';
import { EXIT, UsageError, type CliIo, type Command } from '../command';
import { parseFlags } from '../parse-flags';

/** Reads the password when BINDER_ADMIN_PASSWORD is not set: one line, or null when there is none. */
export type ReadLine = () => Promise<string | null>;

/** The first line of standard input (a pipe, or typed at a terminal: then it is shown as typed). */
export const readStdinLine: ReadLine = async () => {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
};

const USAGE =
  'binder admin create --email E --name N\n' +
  '  The password is read from BINDER_ADMIN_PASSWORD, else from the first line of standard input.';

async function passwordFrom(io: CliIo, readLine: ReadLine): Promise<string> {
  const fromEnv = io.env.BINDER_ADMIN_PASSWORD;
  const password = fromEnv !== undefined && fromEnv !== '' ? fromEnv : await readLine();
  if (password === null) throw new UsageError('password: set BINDER_ADMIN_PASSWORD or give it on standard input');
  return password;
}

async function create(args: readonly string[], io: CliIo, readLine: ReadLine): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { email: { type: 'string' }, name: { type: 'string' } },
    'admin create',
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  if (values.email === undefined) throw new UsageError('--email is required');
  if (values.name === undefined) throw new UsageError('--name is required');
  const password = await passwordFrom(io, readLine);
  const parsed = signUpSchema.safeParse({ email: values.email, name: values.name, password });
  if (!parsed.success) throw new UsageError(firstIssueLine(parsed.error));

  const config = readConfig(io.env);
  let created: { email: string };
  try {
    created = await withMigratedDatabase(config, (database) =>
      createAdministrator(config, database, systemClock, parsed.data),
    );
  } catch (error) {
    // Bad input (a weak password) and an existing account are the caller's to fix: exit 2.
    if (error instanceof AppError && (error.code === 'invalid-input' || error.code === 'conflict')) {
      throw new UsageError(error.message);
    }
    throw error;
  }
  io.stdout(`Administrator ${created.email} created.\n`);
  return EXIT.ok;
}

/**
 * `binder admin create`: the first administrator of a deployment (they manage accounts; they see no child's
 * record). Errors are one line prefixed `binder admin create:`. `readLine` is injectable for tests.
 */
export function createAdminCommand(readLine: ReadLine = readStdinLine): Command {
  return {
    name: 'admin',
    summary: 'create an administrator account (binder admin create --email E --name N)',
    usage: USAGE,
    async run(args, io) {
      const [sub, ...rest] = args;
      if (sub !== 'create') {
        io.stderr(`binder admin: expected "create" (see binder admin --help)\n`);
        return EXIT.usage;
      }
      try {
        return await create(rest, io, readLine);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`binder admin create: ${error.message}\n`);
        return EXIT.usage;
      }
    },
  };
}

export const adminCommand: Command = createAdminCommand();
