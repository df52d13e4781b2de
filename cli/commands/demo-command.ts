import { systemClock } from '../../server/clock';
import { readConfig } from '../../server/config';
import { openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { loadDemoFamily } from '../../server/services/load-demo-family';
import { DEMO_FAMILY } from '../../core/demo/demo-family';
import { EXIT, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'load a fictional family: one child on an IEP, a sibling on a 504 plan',
  usage: 'binder demo',
  async run(args, io) {
    parseFlags(args, {}, 'demo');
    const database = openDatabase(readConfig(io.env));
    try {
      await migrateToLatest(database);
      const result = await loadDemoFamily(database, systemClock);
      const children = DEMO_FAMILY.students.map(
        (s) => `${s.givenName} (${s.plan.framework === 'iep' ? 'IEP' : '504 plan'})`,
      );
      io.stdout(
        result.created
          ? `Loaded the ${DEMO_FAMILY.name}: ${children.join(', ')}.\n`
          : `The ${DEMO_FAMILY.name} is already loaded; nothing changed.\n`,
      );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
