import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../core/letters/compose-letter';
import type { Letter } from '../../core/letters/letter';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../../core/schemas/letters';
import { hasPoppler, pdfText } from '../../test/helpers/pdf-tools';
import { renderLetterPdf } from './letter-pdf';

// Issue #17, point 5: for every kind of letter (the registry, so kinds added later are checked too) and
// both languages, the closing is on the same page as the signature, and pages are numbered.
const poppler = hasPoppler();
const EVERY = LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => [kind, language] as const));

function compose(kind: (typeof LETTER_KINDS)[number], language: 'en' | 'es'): Letter {
  return composeLetter(buildLetterInput(kind, { language }), jurisdictionFacts('TX'));
}

/** pdftotext's pages (form feed between pages), each as its lines without layout spaces. */
async function pagesOf(letter: Letter): Promise<string[][]> {
  const text = pdfText(await renderLetterPdf(letter));
  return text
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
}

/** The page holding the closing, and whether the signature's lines follow it there. */
function signaturePage(pages: string[][], letter: Letter): { page: number; closingFirst: boolean } {
  const page = pages.findLastIndex((lines) => lines.includes(letter.closing));
  expect(page, `"${letter.closing}" is on a page`).toBeGreaterThanOrEqual(0);
  const lines = pages[page] ?? [];
  const at = lines.lastIndexOf(letter.closing);
  // Everything after the closing on that page: the signature lines, in order, then the page number.
  expect(lines.slice(at + 1, at + 1 + letter.signatureLines.length)).toEqual(letter.signatureLines);
  return { page, closingFirst: at === 0 };
}

describe('letter PDFs', () => {
  it.runIf(poppler).each(EVERY)(
    '%s (%s): the closing and the signature are on the same page, and pages are numbered',
    async (kind, language) => {
      const letter = compose(kind, language);
      const pages = await pagesOf(letter);
      signaturePage(pages, letter);
      const label = language === 'en' ? 'Page' : 'Página';
      const of = language === 'en' ? 'of' : 'de';
      pages.forEach((lines, index) => {
        expect(lines.at(-1)).toBe(`${label} ${String(index + 1)} ${of} ${String(pages.length)}`);
      });
    },
  );

  // However long the letter, the closing never ends a page alone. Short paragraphs are added to find the
  // length at which the signature block no longer fits on its page (a binary search, monotone in length):
  // one paragraph less, the closing and signature share the page; at that length, the whole block starts
  // the next page.
  it.runIf(poppler).each(LETTER_LANGUAGES)(
    'a letter of any length keeps the closing with the signature (%s)',
    { timeout: 120_000 },
    async (language) => {
      const base = compose('pwn-request', language);
      const padded = (extra: number): Letter => ({
        ...base,
        paragraphs: [
          ...base.paragraphs,
          ...Array.from({ length: extra }, (_, i) => ({ text: `Note ${String(i + 1)}.`, citations: [] })),
        ],
      });
      const placed = async (extra: number) => {
        const letter = padded(extra);
        return signaturePage(await pagesOf(letter), letter);
      };
      const first = (await placed(0)).page;
      let low = 0;
      let high = 30;
      expect((await placed(high)).page).toBeGreaterThan(first);
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if ((await placed(middle)).page > first) high = middle;
        else low = middle;
      }
      expect(await placed(low)).toEqual({ page: first, closingFirst: false });
      expect(await placed(high)).toEqual({ page: first + 1, closingFirst: true });
    },
  );
});
