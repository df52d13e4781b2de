import { createRequire } from 'node:module';
import { PDF_FONTS, type PdfFontName } from './pdf-fonts';
import type { PdfContent } from './pdf-renderer';

/**
 * Right-to-left documents for pdfmake (docs/decisions/0046). pdfmake lays every line out left to right and
 * knows nothing of the Unicode bidirectional algorithm; fontkit, underneath, joins Arabic letters and draws
 * the glyphs of one Arabic word from right to left, but pdfmake still places the words of a line from left
 * to right, so an Arabic sentence comes out with its words backwards. So an Arabic document is laid out
 * here first: every paragraph is broken into lines at the width it will have on the page (measured with
 * the same fonts), each line is put in visual order by the bidirectional algorithm (bidi-js), and pdfmake
 * gets one right-aligned line per paragraph line whose pieces it only has to place in the order given:
 * Arabic words in Noto Naskh Arabic, Latin words, digits and citations in Roboto, left to right inside.
 */

interface FontkitFont {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(path: string): FontkitFont };
interface Bidi {
  getEmbeddingLevels(text: string, direction: 'rtl' | 'ltr'): { readonly levels: Uint8Array };
  getMirroredCharacter(ch: string): string | null;
}
// bidi-js ships no types: the two functions used, as documented.
const bidi = (require('bidi-js') as () => Bidi)();

const opened = new Map<string, FontkitFont>();
function fontFile(name: PdfFontName, bold: boolean): FontkitFont {
  const path = bold ? PDF_FONTS[name].bold : PDF_FONTS[name].normal;
  let font = opened.get(path);
  if (font === undefined) {
    font = fontkit.openSync(path);
    opened.set(path, font);
  }
  return font;
}

function textWidth(text: string, name: PdfFontName, bold: boolean, size: number): number {
  const font = fontFile(name, bold);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/** The Arabic script's letters, marks and presentation forms. */
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What a piece of text looks like; inherited from the document's default style, named styles and the node. */
interface TextStyle {
  readonly bold: boolean;
  readonly italics: boolean;
  readonly fontSize: number;
  readonly color?: string;
}

/** A run of text in one style, in logical (reading) order. */
interface Piece {
  readonly text: string;
  readonly style: TextStyle;
}

/** The smallest unit placed on a line: no space inside, one font, one style, one bidi level. */
interface Atom {
  readonly text: string;
  readonly level: number;
  readonly font: PdfFontName;
  readonly style: TextStyle;
  readonly space: boolean;
  readonly width: number;
}

/** What the layout needs to know about the document. */
export interface RtlContext {
  readonly styles: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly fontSize: number;
}

type Node = Exclude<PdfContent, string>;
type TextNode = Extract<Node, { text: unknown }>;
type StyleSource = Readonly<Record<string, unknown>>;

function styleOf(source: StyleSource, parent: TextStyle, context: RtlContext): TextStyle {
  const names = typeof source.style === 'string' ? [source.style] : Array.isArray(source.style) ? source.style : [];
  let style: TextStyle = parent;
  for (const layer of [...names.map((name) => context.styles[String(name)] ?? {}), source]) {
    style = {
      bold: typeof layer.bold === 'boolean' ? layer.bold : style.bold,
      italics: typeof layer.italics === 'boolean' ? layer.italics : style.italics,
      fontSize: typeof layer.fontSize === 'number' ? layer.fontSize : style.fontSize,
      ...(typeof layer.color === 'string'
        ? { color: layer.color }
        : style.color === undefined
          ? {}
          : { color: style.color }),
    };
  }
  return style;
}

function piecesOf(text: TextNode['text'], style: TextStyle, context: RtlContext): Piece[] {
  if (typeof text === 'string') return [{ text, style }];
  return text.flatMap((item) =>
    typeof item === 'string'
      ? [{ text: item, style }]
      : 'text' in item
        ? piecesOf(item.text, styleOf(item as StyleSource, style, context), context)
        : [],
  );
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.bold === b.bold && a.italics === b.italics && a.fontSize === b.fontSize && a.color === b.color;
}

/**
 * A stretch of Latin words, digits and the punctuation between them (a citation such as "34 CFR 300.322",
 * a date, a name, an address): kept together left to right inside Arabic text, as lang22 asks of numbers
 * and citations. Brackets around it are not part of it, so they stay with the Arabic and are mirrored; a
 * bracket opened inside it is closed inside it (endWithClosingBrackets).
 */
const LEFT_TO_RIGHT_STRETCH = /[\p{Script=Latin}0-9](?:[^\p{Script=Arabic}\n]*[\p{Script=Latin}0-9])?/gu;
const CLOSING_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * The end of a left-to-right stretch, moved past the brackets that close brackets opened inside it: in
 * "Lincoln Park Middle School (fictional)" the stretch ends at the last Latin letter, and its ")" left outside
 * would be mirrored with the Arabic and drawn before the name, as "(Lincoln Park Middle School (fictional".
 */
function endWithClosingBrackets(text: string, start: number, end: number): number {
  const open: string[] = [];
  for (const ch of text.slice(start, end)) {
    const closing = CLOSING_OF[ch];
    if (closing !== undefined) open.push(closing);
    else if (ch === open.at(-1)) open.pop();
  }
  let stretched = end;
  while (open.length > 0 && text[stretched] === open.at(-1)) {
    open.pop();
    stretched++;
  }
  return stretched;
}

const ISOLATE = '\u2066';
const POP_ISOLATE = '\u2069';

/** The bidi level of every UTF-16 unit of `text`, in a right-to-left paragraph, Latin stretches isolated. */
function levelsOf(text: string): number[] {
  const positions: number[] = [];
  let marked = '';
  let last = 0;
  const copy = (end: number): void => {
    for (let i = last; i < end; i++) {
      positions.push(marked.length);
      marked += text[i] ?? '';
    }
    last = end;
  };
  for (const match of text.matchAll(LEFT_TO_RIGHT_STRETCH)) {
    // A stretch the one before it already took in (its closing bracket) is not isolated twice.
    if (match.index < last) continue;
    copy(match.index);
    marked += ISOLATE;
    copy(endWithClosingBrackets(text, match.index, match.index + match[0].length));
    marked += POP_ISOLATE;
  }
  copy(text.length);
  const { levels } = bidi.getEmbeddingLevels(marked, 'rtl');
  return positions.map((position) => levels[position] ?? 1);
}

/** Cuts one paragraph (no line feed inside) into atoms with their bidi levels, fonts and widths. */
function atomsOf(pieces: readonly Piece[]): Atom[] {
  const chars: { ch: string; style: TextStyle }[] = [];
  for (const piece of pieces) for (const ch of Array.from(piece.text)) chars.push({ ch, style: piece.style });
  const levels = levelsOf(chars.map((c) => c.ch).join(''));
  const drafts: { text: string; level: number; font: PdfFontName; style: TextStyle; space: boolean }[] = [];
  let offset = 0;
  for (const { ch, style } of chars) {
    const level = levels[offset] ?? 1;
    offset += ch.length;
    const space = /\s/u.test(ch);
    const rightToLeft = level % 2 === 1;
    const arabicHasIt = fontFile('NotoNaskhArabic', style.bold).hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
    // Arabic letters, and the spaces and punctuation between them, in the Arabic font; the rest in Roboto.
    const font: PdfFontName =
      ARABIC_LETTER.test(ch) || (rightToLeft && !LETTER_OR_DIGIT.test(ch) && arabicHasIt)
        ? 'NotoNaskhArabic'
        : 'Roboto';
    const last = drafts.at(-1);
    if (
      last !== undefined &&
      !space &&
      !last.space &&
      last.level === level &&
      last.font === font &&
      sameStyle(last.style, style)
    ) {
      last.text += ch;
    } else {
      drafts.push({ text: space ? ' ' : ch, level, font, style, space });
    }
  }
  return drafts.map((draft) => ({
    ...draft,
    width: textWidth(draft.text, draft.font, draft.style.bold, draft.style.fontSize),
  }));
}

/** Breaks atoms into lines no wider than `width`, breaking only at spaces (a word wider than a line stands alone). */
function breakLines(atoms: readonly Atom[], width: number): Atom[][] {
  const lines: Atom[][] = [];
  let line: Atom[] = [];
  let lineWidth = 0;
  let i = 0;
  while (i < atoms.length) {
    const spaces: Atom[] = [];
    while (i < atoms.length && atoms[i]?.space === true) spaces.push(atoms[i++] as Atom);
    const word: Atom[] = [];
    while (i < atoms.length && atoms[i]?.space === false) word.push(atoms[i++] as Atom);
    const spaceWidth = spaces.reduce((sum, atom) => sum + atom.width, 0);
    const wordWidth = word.reduce((sum, atom) => sum + atom.width, 0);
    if (line.length > 0 && lineWidth + spaceWidth + wordWidth > width) {
      lines.push(line);
      line = [...word];
      lineWidth = wordWidth;
    } else {
      line.push(...(line.length === 0 ? [] : spaces), ...word);
      lineWidth += (line.length === word.length ? 0 : spaceWidth) + wordWidth;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Rule L2 of the bidirectional algorithm on whole atoms: reverse every run at or above each odd level. */
function visualOrder(line: readonly Atom[]): Atom[] {
  const ordered = [...line];
  const highest = Math.max(1, ...ordered.map((atom) => atom.level));
  for (let level = highest; level >= 1; level--) {
    let start = 0;
    while (start < ordered.length) {
      if ((ordered[start]?.level ?? 0) < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < ordered.length && (ordered[end]?.level ?? 0) >= level) end++;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}

/**
 * The text pdfmake is given for an atom. fontkit draws a piece with Arabic letters right to left itself
 * (mirroring no bracket), so such a piece keeps its reading order with its brackets swapped; a right-to-left
 * piece without Arabic letters (a bracket, a full stop) is reversed and mirrored here.
 */
function atomText(atom: Atom): string {
  if (atom.level % 2 === 0 || atom.space) return atom.text;
  const mirrored = Array.from(atom.text).map((ch) => bidi.getMirroredCharacter(ch) ?? ch);
  return ARABIC_LETTER.test(atom.text) ? mirrored.join('') : mirrored.reverse().join('');
}

function lineNode(line: readonly Atom[], alignment: string): PdfContent {
  const inlines = visualOrder(line).map((atom) => ({
    text: atomText(atom),
    font: atom.font,
    bold: atom.style.bold,
    italics: atom.style.italics,
    fontSize: atom.style.fontSize,
    noWrap: true,
    ...(atom.style.color === undefined ? {} : { color: atom.style.color }),
  }));
  return { text: inlines.length === 0 ? [{ text: ' ' }] : inlines, alignment };
}

/** A small allowance so pdfmake, measuring the same text with the same fonts, never breaks a line again. */
const SLACK = 0.985;

function layoutText(node: TextNode, width: number, parent: TextStyle, context: RtlContext): PdfContent {
  const style = styleOf(node, parent, context);
  const { text: _text, tocItem, outline, ...rest } = node;
  const alignment = node.alignment === 'center' ? 'center' : 'right';
  const margin = node.margin ?? [0, 0, 0, 0];
  const inner = (width - (margin[0] ?? 0) - (margin[2] ?? 0)) * SLACK;
  // A heading in the contents or the bookmarks stays one line: pdfmake takes its text from that node.
  const paragraphs = splitParagraphs(piecesOf(node.text, style, context));
  const lines = paragraphs.flatMap((pieces) => {
    const atoms = atomsOf(pieces);
    return tocItem === true || outline === true ? [atoms] : breakLines(atoms, inner);
  });
  const [first, ...others] = lines.map((line) => lineNode(line, alignment));
  if (tocItem === true || outline === true) {
    return {
      ...rest,
      ...(first as object),
      ...(tocItem === true ? { tocItem } : {}),
      ...(outline === true ? { outline, outlineText: plainText(node.text) } : {}),
    } as unknown as PdfContent;
  }
  return { ...rest, stack: [first, ...others] } as unknown as PdfContent;
}

function plainText(text: TextNode['text']): string {
  return typeof text === 'string'
    ? text
    : text.map((item) => (typeof item === 'string' ? item : 'text' in item ? plainText(item.text) : '')).join('');
}

/** Line feeds inside a text end a paragraph. */
function splitParagraphs(pieces: readonly Piece[]): Piece[][] {
  const paragraphs: Piece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split(/\r?\n/u);
    parts.forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part !== '') paragraphs[paragraphs.length - 1]?.push({ text: part, style: piece.style });
    });
  }
  return paragraphs;
}

/** Left and right cell padding of pdfmake's table layouts, and the width of a vertical rule. */
function tablePadding(layout: string | undefined): { inner: number; outer: number; rule: number } {
  if (layout === 'noBorders') return { inner: 4, outer: 0, rule: 0 };
  if (layout === 'lightHorizontalLines' || layout === 'headerLineOnly') return { inner: 8, outer: 0, rule: 0 };
  return { inner: 4, outer: 4, rule: 1 };
}

/**
 * Lays out one content node for a right-to-left page of `width` points: text as right-aligned lines in
 * visual order; a table's columns from right to left with every column's width fixed (so the lines measured
 * here are the lines pdfmake draws); a list with its bullets on the right; a drawn line mirrored.
 */
export function layoutRightToLeft(node: PdfContent, width: number, parent: TextStyle, context: RtlContext): PdfContent {
  if (typeof node === 'string') return layoutText({ text: node }, width, parent, context);
  if ('text' in node) return layoutText(node, width, parent, context);
  const margin = 'margin' in node && node.margin !== undefined ? node.margin : [0, 0, 0, 0];
  const inner = width - (margin[0] ?? 0) - (margin[2] ?? 0);
  const style = styleOf(node, parent, context);
  if ('stack' in node) {
    return { ...node, stack: node.stack.map((child) => layoutRightToLeft(child, inner, style, context)) };
  }
  if ('ul' in node) {
    const bullet = 12;
    return {
      table: {
        widths: [inner - bullet - 4, bullet],
        body: node.ul.map((item) => [
          layoutRightToLeft(item, inner - bullet - 4, style, context),
          { text: '•', alignment: 'right' },
        ]),
      },
      layout: 'noBorders',
      margin,
    };
  }
  if ('table' in node) {
    const { widths, body } = node.table;
    const padding = tablePadding(node.layout);
    const columns = widths.length;
    const spent = padding.outer * 2 + padding.inner * 2 * (columns - 1) + padding.rule * (columns + 1);
    const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
    const flexible = widths.filter((w) => typeof w !== 'number').length;
    const share = flexible === 0 ? 0 : Math.max(24, (inner - spent - fixed) / flexible);
    const resolved = widths.map((w) => (typeof w === 'number' ? w : share));
    return {
      ...node,
      table: {
        ...node.table,
        widths: [...resolved].reverse(),
        body: body.map((row) =>
          row.map((cell, i) => layoutRightToLeft(cell, resolved[i] ?? share, style, context)).reverse(),
        ),
      },
    };
  }
  if ('canvas' in node) {
    return {
      ...node,
      canvas: node.canvas.map((shape) => ({ ...shape, x1: inner - shape.x2, x2: inner - shape.x1 })),
    };
  }
  if ('toc' in node) {
    return { ...node, toc: { ...node.toc, title: layoutRightToLeft(node.toc.title, inner, style, context) } };
  }
  return node;
}

/** The style every node inherits in a document with this body size. */
export function rootStyle(fontSize: number): TextStyle {
  return { bold: false, italics: false, fontSize };
}
