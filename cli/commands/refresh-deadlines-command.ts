import { isoDate } from '../../core/schemas/iso-date';
import { systemClock } from '../../server/clock';
import { readConfig } from '../../server/config';
import { withMigratedDatabase } from '../../server/services/database-services';
import { refreshStaleDeadlines } from '../../server/services/refresh-stale-deadlines';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

export const refreshDeadlinesCommand: Command = {
  name: 'refresh-deadlines',
  summary: 'recompute the stored deadlines that changed with the date (the nightly job; serve also runs it)',
  usage: 'binder refresh-deadlines [--as-of YYYY-MM-DD]',
  async run(args, io) {
    const { values } = parseFlags(args, { 'as-of': { type: 'string' } }, 'refresh-deadlines');
    const asOf = values['as-of'] ?? systemClock.today();
    const parsed = isoDate.safeParse(asOf);
    if (!parsed.success) throw new UsageError(`--as-of: expected YYYY-MM-DD, got "${asOf}"`);
    const { count, seconds } = await withMigratedDatabase(readConfig(io.env), async (database) => {
      const started = performance.now();
      const refreshed = await refreshStaleDeadlines(database, parsed.data);
      return { count: refreshed, seconds: ((performance.now() - started) / 1000).toFixed(1) };
    });
    io.stdout(
      `Refreshed the deadlines of ${String(count)} ${count === 1 ? 'child' : 'children'} as of ${parsed.data} in ${seconds} s.\n`,
    );
    return EXIT.ok;
  },
};
