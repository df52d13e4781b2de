/**
 * A fingerprint of the engine's results: `npx tsx bench/timeline-digest.ts [count] [seeds…]`.
 * Prints, per seed, a SHA-256 of every generated case's result as JSON and a second one of the texts read
 * field by field in each language, and a third one of each result as the API's zod schema
 * (`timelineResultSchema`) parses and serialises it, so a change meant only to make the engine faster
 * can be shown to change no result (run it before and after; the digests must match).
 */
import { createHash } from 'node:crypto';
import { TEXT_LANGUAGES } from '../core/law/rule-status';
import type { LocalizedText } from '../core/law/rule-status';
import { computeTimeline } from '../core/timeline/compute-timeline';
import { timelineResultSchema } from '../core/timeline/timeline-result';
import { generateCases } from './generate-cases';

const count = Number(process.argv[2] ?? 30_000);
const seeds = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [20_250_901, 1, 2_026_1207];

/** Every language of a text, read one property at a time as a page would. */
function eachLanguage(text: LocalizedText | undefined): string {
  if (text === undefined) return '-';
  return TEXT_LANGUAGES.map((language) => `${language}=${text[language] ?? '(none)'}`).join('|');
}

for (const seed of seeds) {
  const json = createHash('sha256');
  const read = createHash('sha256');
  const parsed = createHash('sha256');
  let deadlines = 0;
  for (const { caseFile, asOf } of generateCases(count, seed)) {
    const result = computeTimeline(caseFile, asOf);
    json.update(JSON.stringify(result));
    json.update('\n');
    parsed.update(JSON.stringify(timelineResultSchema.parse(result)));
    parsed.update('\n');
    for (const deadline of result.deadlines) {
      deadlines++;
      read.update(Object.keys(deadline).join(','));
      read.update(eachLanguage(deadline.explanation));
      read.update(eachLanguage(deadline.measuredTo));
      read.update('\n');
    }
    for (const finding of result.findings) read.update(eachLanguage(finding.explanation));
  }
  console.log(
    `seed ${String(seed)}: ${String(count)} cases, ${String(deadlines)} deadlines; json ${json.digest('hex')}; texts ${read.digest('hex')}; zod ${parsed.digest('hex')}`,
  );
}
