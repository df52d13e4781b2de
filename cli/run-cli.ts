import { ConfigError } from '../server/config';
import { EXIT, UsageError, type CliIo, type Command } from './command';
import { adminCommand } from './commands/admin-command';
import { auditCommand } from './commands/audit-command';
import { checkGoalCommand } from './commands/check-goal-command';
import { demoCommand } from './commands/demo-command';
import { importCommand } from './commands/import-command';
import { lawCommand } from './commands/law-command';
import { migrateCommand } from './commands/migrate-command';
import { progressCommand } from './commands/progress-command';
import { refreshDeadlinesCommand } from './commands/refresh-deadlines-command';
import { serveCommand } from './commands/serve-command';
import { timelineCommand } from './commands/timeline-command';

/** Every command `binder` knows, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  demoCommand,
  importCommand,
  timelineCommand,
  progressCommand,
  checkGoalCommand,
  adminCommand,
  auditCommand,
  refreshDeadlinesCommand,
  lawCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'binder: the IEP & 504 plan workspace',
    '',
    'Usage: npm run binder -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `binder <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/**
 * Runs one `binder` invocation and answers its exit status. Bad usage and bad input print one line on
 * stderr and answer 2; an unexpected failure prints one line and answers 1. Never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`binder: unknown command "${name}" (run binder --help for the list)\n`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`binder ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`binder ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
