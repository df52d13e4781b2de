import { readConfig } from '../../server/config';
import { openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { EXIT, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'bring the database up to date (backs up the SQLite file first)',
  usage: 'binder migrate',
  async run(args, io) {
    parseFlags(args, {}, 'migrate');
    const database = openDatabase(readConfig(io.env));
    try {
      const report = await migrateToLatest(database);
      if (report.backupFile !== null) io.stdout(`Backed up the database to ${report.backupFile}\n`);
      io.stdout(
        report.applied.length === 0
          ? `The ${database.dialect} database is up to date.\n`
          : `Applied ${String(report.applied.length)} migration(s) to the ${database.dialect} database: ${report.applied.join(', ')}\n`,
      );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
