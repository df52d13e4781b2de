import { lawCoverage } from '../../core/law/law-coverage';
import type { LawCoverage } from '../../core/law/law-coverage';
import { lawCoveragePage } from '../../core/law/law-coverage-page';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

/** One line per jurisdiction: how many records, and how many of each status. */
function coverageTable(coverage: LawCoverage): string {
  const lines = [`Law coverage: ${String(coverage.jurisdictions.length)} jurisdictions (the 50 states and DC)`, ''];
  for (const jurisdiction of coverage.jurisdictions) {
    const counts = jurisdiction.statusCounts;
    const statuses = (Object.keys(counts) as (keyof typeof counts)[])
      .filter((status) => counts[status] > 0)
      .map((status) => `${String(counts[status])} ${status}`)
      .join(', ');
    lines.push(
      `  ${jurisdiction.code}  ${jurisdiction.name.en.padEnd(22)} ${String(jurisdiction.rules.length).padStart(2)} records: ${statuses}`,
    );
  }
  lines.push('', 'Each rule with its numbers, citation and source: --json, or --markdown for the docs page.');
  return `${lines.join('\n')}\n`;
}

export const lawCommand: Command = {
  name: 'law',
  summary: 'what the rules data holds: `law coverage` lists every jurisdiction’s rules, statuses and sources',
  usage: 'binder law coverage [--json | --markdown]',
  run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { json: { type: 'boolean' }, markdown: { type: 'boolean' } },
      'law',
    );
    const [subcommand, ...rest] = positionals;
    if (subcommand !== 'coverage' || rest.length > 0)
      throw new UsageError('expected one subcommand: binder law coverage [--json | --markdown]');
    if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown are exclusive');
    const coverage = lawCoverage();
    if (values.json === true) io.stdout(`${JSON.stringify(coverage, null, 2)}\n`);
    else if (values.markdown === true) io.stdout(lawCoveragePage(coverage));
    else io.stdout(coverageTable(coverage));
    return Promise.resolve(EXIT.ok);
  },
};
