import { readConfig } from '../../server/config';
import { verifyStoredAuditChain } from '../../server/services/database-services';
import { EXIT, type Command } from '../command';
import { parseFlags } from '../parse-flags';

/**
 * `binder audit verify`: walks the hash-chained audit trail (server/audit/verify-audit-chain.ts). Prints one
 * line when the chain is intact (exit 0), else one line per break (exit 1), for cron jobs and monitoring.
 */
export const auditCommand: Command = {
  name: 'audit',
  summary: 'check that the audit trail was not changed (binder audit verify)',
  usage:
    'binder audit verify\n  Exit status 0 when the chain is intact, 1 when an entry was changed or removed, 2 when the\n' +
    '  database is missing or not migrated.',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'verify') {
      io.stderr('binder audit: expected "verify" (see binder audit --help)\n');
      return EXIT.usage;
    }
    parseFlags(rest, {}, 'audit');
    const check = await verifyStoredAuditChain(readConfig(io.env));
    // Opening a SQLite file that is not there would create an empty one: say so instead.
    if (check.kind === 'no-database') {
      io.stderr(`binder audit: no database at ${check.sqliteFile}; run "binder migrate" first\n`);
      return EXIT.usage;
    }
    // A database that was never migrated (or is behind) has no trail to check, or an older one.
    if (check.kind === 'not-migrated') {
      io.stderr('binder audit: the database is not migrated; run "binder migrate" first\n');
      return EXIT.usage;
    }
    const { report } = check;
    if (report.problems.length === 0) {
      io.stdout(`audit: ${String(report.entries)} entries, chain intact\n`);
      return EXIT.ok;
    }
    for (const problem of report.problems) io.stdout(`audit: ${problem}\n`);
    return EXIT.failed;
  },
};
