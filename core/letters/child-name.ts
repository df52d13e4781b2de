import type { LetterParagraph } from './letter';

/** What a letter calls the child after naming them in full: the given name, else the full name's first word. */
export function givenNameOf(student: { readonly name: string; readonly givenName?: string | undefined }): string {
  return student.givenName ?? student.name.split(/\s+/)[0] ?? student.name;
}

/**
 * The body of a letter names the child in full once, at the first mention, and by the given name after
 * that (docs/decisions/0037). Applied to every kind of letter after its paragraphs are written, so a new
 * kind is written the same way without doing anything. Only whole-name occurrences change: a name inside a
 * longer word is left alone.
 */
export function nameOnceThenGiven(
  paragraphs: readonly LetterParagraph[],
  fullName: string,
  givenName: string,
): LetterParagraph[] {
  if (fullName === givenName || fullName === '') return [...paragraphs];
  const escaped = fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A letter or digit of the same word stops a match; a Chinese character does not, since Chinese has no spaces.
  const wordChar = '(?=[^\\p{Script=Han}])[\\p{L}\\p{N}]';
  const pattern = new RegExp(`(?<!${wordChar})${escaped}(?!${wordChar})`, 'gu');
  let seen = false;
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    text: paragraph.text.replace(pattern, (match) => {
      if (seen) return givenName;
      seen = true;
      return match;
    }),
  }));
}
