import { checkGoal } from '../../core/goals/check-goal';
import { goalCheckInputSchema } from '../../core/schemas/goal-check';
import { firstIssueLine } from '../../core/schemas/format-issues';
import { EXIT, UsageError, type Command } from '../command';
import { parseFlags } from '../parse-flags';

const PARTS = ['timeframe', 'condition', 'behavior', 'criterion', 'measurement'] as const;

export const checkGoalCommand: Command = {
  name: 'check-goal',
  summary: 'check whether an IEP goal is measurable, and flag vague words (English or Spanish)',
  usage: 'binder check-goal "GOAL TEXT" [--language en|es] [--json]',
  run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { language: { type: 'string' }, json: { type: 'boolean' } },
      'check-goal',
    );
    if (positionals.length !== 1)
      throw new UsageError('expected the goal as one quoted argument: binder check-goal "By June…"');
    const parsed = goalCheckInputSchema.safeParse({ text: positionals[0], language: values.language });
    if (!parsed.success) throw new UsageError(firstIssueLine(parsed.error));
    const result = checkGoal(
      parsed.data.text,
      parsed.data.language === undefined ? {} : { language: parsed.data.language },
    );
    if (values.json === true) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return Promise.resolve(EXIT.ok);
    }
    const lines = [result.summary.en, ''];
    for (const part of PARTS) lines.push(`  ${part.padEnd(12)} ${result[part]?.text ?? '(not found)'}`);
    for (const vague of result.vague) lines.push(`  vague: "${vague.phrase}" — ${vague.why.en}`);
    io.stdout(`${lines.join('\n')}\n`);
    return Promise.resolve(EXIT.ok);
  },
};
