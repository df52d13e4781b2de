import type { VagueFinding, VagueKind } from '../schemas/goal-check';
import { VAGUE_REASONS } from './goal-lexicon';

/**
 * Every vague phrase in the text, in reading order. Where phrases overlap ("age-appropriate" and
 * "appropriate") only the earliest, longest one is kept, so a parent reads each problem once.
 */
export function findVague(
  text: string,
  entries: readonly { readonly pattern: RegExp; readonly kind: VagueKind }[],
): VagueFinding[] {
  const all: VagueFinding[] = [];
  for (const { pattern, kind } of entries) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const phrase = match[0];
      all.push({ phrase, kind, why: VAGUE_REASONS[kind], start: match.index, end: match.index + phrase.length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VagueFinding[] = [];
  for (const finding of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || finding.start >= last.end) kept.push(finding);
  }
  return kept;
}
