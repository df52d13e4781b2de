import { formatLongDate } from '../../../core/calendar/format-long-date';
import type { PdfContent } from '../pdf-renderer';
import type { BinderData, BinderLanguage } from './binder-data';

/** Words in every language a binder is printed in. */
export type BinderWords<T> = Readonly<Record<BinderLanguage, T>>;

/** A section's heading in every language, from its words table, so a new language needs no second list. */
export function headingsOf(words: BinderWords<{ readonly heading: string }>): BinderWords<string> {
  return {
    en: words.en.heading,
    es: words.es.heading,
    vi: words.vi.heading,
    'zh-Hans': words['zh-Hans'].heading,
    ar: words.ar.heading,
  };
}

/**
 * One section of the binder PDF: a heading (it opens a new page, goes into the contents with its page
 * number and into the PDF outline) and the content after it, made from plain data. Sections are listed in
 * order in ./binder-sections.ts; adding one is adding a module there.
 */
export interface BinderSection {
  readonly id: string;
  readonly heading: BinderWords<string>;
  /** False when the section has nothing to say at all (then it is left out, contents and outline too). */
  readonly isShown?: (data: BinderData) => boolean;
  readonly content: (data: BinderData) => PdfContent[];
}

/** A date in words in the binder's language ("13 November 2026"), or `none`. */
export function dateText(date: string | null | undefined, language: BinderLanguage, none = '—'): string {
  return date === null || date === undefined ? none : formatLongDate(date, language);
}

/** A heading inside a section. */
export function subheading(text: string): PdfContent {
  return { text, style: 'subheading', margin: [0, 12, 0, 4] };
}

/** A paragraph of body text. */
export function paragraph(text: string, margin: number[] = [0, 0, 0, 6]): PdfContent {
  return { text, margin };
}

/** The small grey line under a subheading naming the law it follows. */
export function citationLine(label: string, citation: string): PdfContent {
  return { text: `${label}: ${citation}`, style: 'citation', margin: [0, 0, 0, 4] };
}

/** What a section says when it has no entries ("No meetings are recorded."). */
export function emptyNote(text: string): PdfContent {
  return { text, style: 'note', margin: [0, 4, 0, 8] };
}

/** Label–value pairs as a two-column table with no borders. */
export function factTable(rows: readonly (readonly [string, string])[]): PdfContent {
  return {
    table: {
      widths: [140, '*'],
      body: rows.map(([label, value]): PdfContent[] => [{ text: label, style: 'label' }, value]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

/** A bulleted list of text, or `empty` when there are no items. */
export function bullets(items: readonly string[], empty: string): PdfContent {
  return items.length === 0 ? emptyNote(empty) : { ul: items.map((item): PdfContent => item), margin: [0, 0, 0, 8] };
}

/** A table with a header row and light lines; the last column takes the rest of the width. */
export function listTable(
  headers: readonly string[],
  rows: readonly PdfContent[][],
  widths?: (number | string)[],
): PdfContent {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? headers.map((_, i) => (i === headers.length - 1 ? '*' : 'auto')),
      body: [headers.map((header): PdfContent => ({ text: header, style: 'label' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

/** Text or a dash, so an empty field never looks like a mistake in print. */
export function orDash(text: string): string {
  return text.trim() === '' ? '—' : text;
}
