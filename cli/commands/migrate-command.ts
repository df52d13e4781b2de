import { readConfig } from '../../server/config';
import { migrateDatabase } from '../../server/services/database-services';
import { EXIT, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'bring the database up to date (backs up the SQLite file first)',
  usage: 'binder migrate',
  async run(args, io) {
    parseFlags(args, {}, 'migrate');
    const report = await migrateDatabase(readConfig(io.env));
    if (report.backupFile !== null) io.stdout(`Backed up the database to ${report.backupFile}\n`);
    io.stdout(
      report.applied.length === 0
        ? `The ${report.dialect} database is up to date.\n`
        : `Applied ${String(report.applied.length)} migration(s) to the ${report.dialect} database: ${report.applied.join(', ')}\n`,
    );
    return EXIT.ok;
  },
};
