import type { FoundText } from '../schemas/goal-check';

/**
 * Patterns are written as data in a readable regex dialect: a space stands for any run of whitespace (" ?" for
 * optional whitespace), and each
 * pattern is matched as whole words. JavaScript's `\b` treats "á" and "ñ" as non-letters, which would break
 * Spanish words such as "leerá", so the word edges are spelled with Unicode letter classes.
 */
export function compilePattern(source: string): RegExp {
  const body = source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Compiles a list of pattern sources once. */
export function compilePatterns(sources: readonly string[]): readonly RegExp[] {
  return sources.map(compilePattern);
}

/** The earliest match of any pattern, as found text. */
export function findFirst(text: string, patterns: readonly RegExp[]): FoundText | null {
  let best: FoundText | null = null;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match === null) continue;
    if (
      best === null ||
      match.index < best.start ||
      (match.index === best.start && match[0].length > best.end - best.start)
    ) {
      best = { text: match[0], start: match.index, end: match.index + match[0].length };
    }
  }
  return best;
}

/** Every match of every pattern, earliest first. */
export function findAll(text: string, patterns: readonly RegExp[]): FoundText[] {
  const all: FoundText[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      all.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The found text widened to the end of its clause (where `stop` first matches after it), at most `limit` chars. */
export function extendToClauseEnd(text: string, found: FoundText, stop: RegExp, limit = 120): FoundText {
  const rest = text.slice(found.end, found.start + limit);
  const match = stop.exec(rest);
  const widened = text.slice(found.start, found.end + (match === null ? rest.length : match.index)).trimEnd();
  return { text: widened, start: found.start, end: found.start + widened.length };
}

/** A word of the text with its position. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words (letters, digits, apostrophes and inner hyphens), lower-cased. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    tokens.push({
      word: match[0].toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}
