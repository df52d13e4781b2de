import { systemClock } from '../../server/clock';
import { readConfig } from '../../server/config';
import { withMigratedDatabase } from '../../server/services/database-services';
import { loadDemoFamilyOfOwner } from '../../server/services/load-demo-family';
import { demoFamily } from '../../core/demo/demo-family';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'load a fictional family: one child on an IEP, a sibling on a 504 plan',
  usage: 'binder demo --owner <e-mail of an existing account> [--language en|es]',
  async run(args, io) {
    const { values } = parseFlags(args, { owner: { type: 'string' }, language: { type: 'string' } }, 'demo');
    if (values.owner === undefined) {
      throw new UsageError('--owner is required: the e-mail of the account that will own the demo family');
    }
    const owner = values.owner;
    const language = values.language ?? 'en';
    if (language !== 'en' && language !== 'es') {
      throw new UsageError(`--language: expected en or es, got ${language}`);
    }
    const result = await withMigratedDatabase(readConfig(io.env), (database) =>
      loadDemoFamilyOfOwner(database, systemClock, owner, language),
    );
    if (result === null) {
      throw new UsageError(`--owner: no account has the e-mail ${owner}; sign up in the app first`);
    }
    const family = demoFamily(systemClock.today(), language);
    const children = family.students.map((s) => `${s.givenName} (${s.plan.framework === 'iep' ? 'IEP' : '504 plan'})`);
    io.stdout(
      result.created
        ? `Loaded the ${family.name}: ${children.join(', ')}.\n`
        : `The ${family.name} is already loaded; nothing changed.\n`,
    );
    return EXIT.ok;
  },
};
