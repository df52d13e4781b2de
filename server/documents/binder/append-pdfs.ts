import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import type { AppendedPdf } from './binder-data';

/** US Letter, in points: every appended page is placed on one. */
const PAGE = { width: 612, height: 792 } as const;

/**
 * The blank band kept around an appended page's content, in points (half an inch): a school's scan that runs
 * to its paper's edge is shrunk to fit inside it, so nothing is lost to a printer's unprintable edge.
 */
export const APPENDED_INSET = 36;

/** Why an appended PDF could not be read (damaged, encrypted, not a PDF): names the document. */
export class UnreadablePdfError extends Error {
  constructor(
    readonly title: string,
    cause: unknown,
  ) {
    super(`the document “${title}” is not a PDF that can be appended`, { cause });
    this.name = 'UnreadablePdfError';
  }
}

async function loadAppended(item: AppendedPdf): Promise<PDFDocument> {
  try {
    // Encrypted PDFs are refused: their pages cannot be copied faithfully without the password.
    return await PDFDocument.load(item.bytes, { updateMetadata: false });
  } catch (error) {
    throw new UnreadablePdfError(item.title, error);
  }
}

/**
 * Appends PDFs after `base`'s pages, in order (docs/decisions/0044). Each appended page becomes a US Letter
 * page with the original drawn on it whole, shrunk if needed to fit inside `APPENDED_INSET` (never enlarged),
 * centred; its text stays text. Each document gets a bookmark, after `base`'s own, pointing at its first
 * page. With nothing to append, `base` comes back unchanged.
 */
export async function appendPdfs(base: Uint8Array, appended: readonly AppendedPdf[]): Promise<Uint8Array> {
  if (appended.length === 0) return base;
  const document = await PDFDocument.load(base, { updateMetadata: false });
  const bookmarks: { title: string; page: PDFRef }[] = [];
  for (const item of appended) {
    const source = await loadAppended(item);
    const indices = source.getPageIndices();
    if (indices.length === 0) continue;
    const pages = await document.embedPdf(source, indices);
    let first: PDFRef | null = null;
    for (const embedded of pages) {
      const page = document.addPage([PAGE.width, PAGE.height]);
      const scale = Math.min(
        1,
        (PAGE.width - 2 * APPENDED_INSET) / embedded.width,
        (PAGE.height - 2 * APPENDED_INSET) / embedded.height,
      );
      const width = embedded.width * scale;
      const height = embedded.height * scale;
      page.drawPage(embedded, { x: (PAGE.width - width) / 2, y: (PAGE.height - height) / 2, width, height });
      first ??= page.ref;
    }
    if (first !== null) bookmarks.push({ title: item.title, page: first });
  }
  addBookmarks(document, bookmarks);
  return document.save();
}

/**
 * Adds top-level bookmarks after the document's existing ones (the outline is a linked list of dictionaries:
 * PDF 32000-1 12.3.3); pdf-lib reads and writes the dictionaries but has no outline API of its own.
 */
function addBookmarks(document: PDFDocument, bookmarks: readonly { title: string; page: PDFRef }[]): void {
  if (bookmarks.length === 0) return;
  const { context, catalog } = document;
  let root = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let rootRef = catalog.get(PDFName.of('Outlines'));
  if (root === undefined || !(rootRef instanceof PDFRef)) {
    root = context.obj({ Type: 'Outlines' });
    rootRef = context.register(root);
    catalog.set(PDFName.of('Outlines'), rootRef);
  }
  const lastKey = PDFName.of('Last');
  let last = root.get(lastKey);
  let count = root.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0;
  for (const bookmark of bookmarks) {
    const item = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: rootRef,
      Dest: [bookmark.page, 'Fit'],
    });
    const ref = context.register(item);
    if (last instanceof PDFRef) {
      item.set(PDFName.of('Prev'), last);
      context.lookup(last, PDFDict).set(PDFName.of('Next'), ref);
    } else {
      root.set(PDFName.of('First'), ref);
    }
    last = ref;
    count += 1;
  }
  root.set(lastKey, last as PDFRef);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
