import { parseCaseFile } from '../../core/schemas/case-file';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import type { TimelineResult } from '../../core/timeline/timeline-result';
import { systemClock } from '../../server/clock';
import { asOfFlag } from '../as-of-flag';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';
import { readJsonFile } from '../read-json-file';

const STATUS_WORDS = { met: 'met', late: 'met late', overdue: 'OVERDUE', open: 'open', unknown: 'unknown' } as const;

/** The result as a person reads it: one line per deadline, then findings and reminders. */
export function timelineTable(result: TimelineResult): string {
  const lines = [`Deadlines as of ${result.asOf} (${result.jurisdiction})`, ''];
  if (result.deadlines.length === 0) lines.push('  No deadlines: no event in this case file starts a clock.');
  for (const deadline of result.deadlines) {
    const done = deadline.completedOn === null ? '' : `, done ${deadline.completedOn}`;
    lines.push(`  ${deadline.due ?? 'no date  '}  ${deadline.kind.padEnd(28)} ${STATUS_WORDS[deadline.status]}${done}`);
    lines.push(`              ${deadline.explanation.en}`);
  }
  if (result.findings.length > 0) {
    lines.push('', 'Findings');
    for (const finding of result.findings)
      lines.push(`  [${finding.severity}] ${finding.explanation.en} (${finding.citation})`);
  }
  if (result.reminders.length > 0) {
    lines.push('', 'Reminders (the law sets no number of days)');
    for (const reminder of result.reminders) {
      const timing = reminder.timing.en.charAt(0).toUpperCase() + reminder.timing.en.slice(1);
      lines.push(`  ${timing}: ${reminder.summary.en} (${reminder.citation})`);
    }
  }
  lines.push('', 'How we count');
  for (const convention of result.conventions) lines.push(`  - ${convention.en}`);
  return `${lines.join('\n')}\n`;
}

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'compute every deadline and finding for a case file (docs/case-file-contract.md)',
  usage: 'binder timeline CASE.json [--as-of YYYY-MM-DD] [--json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
      'timeline',
    );
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('expected a case file: binder timeline CASE.json');
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    const asOf = asOfFlag(values['as-of'], systemClock.today());
    const parsed = parseCaseFile(await readJsonFile(file));
    if (!parsed.ok) throw new UsageError(parsed.message);
    const result = computeTimeline(parsed.value, asOf);
    io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : timelineTable(result));
    return EXIT.ok;
  },
};
