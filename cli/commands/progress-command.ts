import { progressStatusLabel } from '../../core/progress/progress-status-label';
import { analyzeProgress } from '../../core/progress/analyze-progress';
import { parseProgressInput } from '../../core/schemas/progress';
import { systemClock } from '../../server/clock';
import { asOfFlag } from '../as-of-flag';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';
import { readJsonFile } from '../read-json-file';

export const progressCommand: Command = {
  name: 'progress',
  summary: "analyse a goal's progress data: trend, decision rules, status (docs/progress-methods.md)",
  usage: 'binder progress GOAL.json [--as-of YYYY-MM-DD] [--json]',
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
      'progress',
    );
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('expected a goal file: binder progress GOAL.json');
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    const asOf = asOfFlag(values['as-of'], systemClock.today());
    const parsed = parseProgressInput(await readJsonFile(file));
    if (!parsed.ok) throw new UsageError(parsed.message);
    const analysis = analyzeProgress(parsed.value, asOf);
    if (values.json === true) {
      io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
      return EXIT.ok;
    }
    const label = progressStatusLabel(analysis, { language: 'en' });
    io.stdout(
      [
        `Status: ${label.text}${label.advice === null ? '' : ` — ${label.advice}`}`,
        analysis.explanation,
        `Points used: ${String(analysis.pointsUsed)}; four-point rule: ${analysis.rules.fourPoint ?? 'not enough data'}; trend rule: ${analysis.rules.trend ?? 'not enough data'}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
