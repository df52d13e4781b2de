import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentMediaType, NotSearchableReason } from '../../core/schemas/document';
import { readZipEntry, zipEntries } from './zip-entries';

const run = promisify(execFile);

/** A document's words, or why it has none Binder can search. */
export type ExtractedText =
  | { readonly status: 'done'; readonly text: string; readonly note: null }
  | { readonly status: 'not-searchable'; readonly text: null; readonly note: NotSearchableReason };

/** Pages are separated by a form feed in the extracted text, as pdftotext does. */
export const PAGE_BREAK = '\f';
/** Most words kept per document: the search needs no more, and a row stays a reasonable size. */
const MAX_TEXT_CHARS = 2_000_000;
/** One OCR run (a page or an image) may take this long before it is given up. */
const OCR_TIMEOUT_MS = 120_000;
/** A page with fewer letters than this is taken for a scan and given to OCR. */
const SCANNED_PAGE_LETTERS = 3;

function onPath(command: string): boolean {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

/** Whether OCR can run here: Debian's `tesseract-ocr` on PATH (and poppler's `pdftoppm` for scanned PDF pages). */
export function ocrTools(): { readonly tesseract: boolean; readonly pdftoppm: boolean } {
  return { tesseract: onPath('tesseract'), pdftoppm: onPath('pdftoppm') };
}

async function withTemporaryFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'binder-ocr-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Words in an image (PNG, JPEG, or a PDF page drawn as one), English and Spanish. */
async function ocrImage(image: string): Promise<string> {
  const { stdout } = await run('tesseract', [image, 'stdout', '-l', 'eng+spa'], {
    timeout: OCR_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

async function ocrBytes(bytes: Uint8Array, extension: string): Promise<string> {
  return withTemporaryFolder(async (folder) => {
    const file = join(folder, `image.${extension}`);
    await writeFile(file, bytes);
    return ocrImage(file);
  });
}

/** One page of a PDF drawn at 300 dpi by pdftoppm, then read by tesseract. */
async function ocrPdfPage(pdf: Uint8Array, page: number): Promise<string> {
  return withTemporaryFolder(async (folder) => {
    const input = join(folder, 'input.pdf');
    await writeFile(input, pdf);
    const page_ = String(page);
    await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', page_, '-l', page_, input, join(folder, 'page')], {
      timeout: OCR_TIMEOUT_MS,
    });
    const image = (await readdir(folder)).find((name) => name.startsWith('page') && name.endsWith('.png'));
    return image === undefined ? '' : ocrImage(join(folder, image));
  });
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

async function pdfPages(bytes: Uint8Array, tools: ReturnType<typeof ocrTools>): Promise<ExtractedText> {
  // Loaded on first use: pdf.js is large, and a worker that only makes letters never needs it.
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
  // unpdf takes the array over (it may be moved to pdf.js's own worker): give it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  const { text } = await extractPdfText(pdf, { mergePages: false });
  let scannedWithoutOcr = false;
  const pages: string[] = [];
  for (const [index, pageText] of text.entries()) {
    if (letters(pageText) >= SCANNED_PAGE_LETTERS) {
      pages.push(pageText);
    } else if (tools.tesseract && tools.pdftoppm) {
      pages.push(await ocrPdfPage(bytes, index + 1));
    } else {
      scannedWithoutOcr = true;
      pages.push(pageText);
    }
  }
  await pdf.destroy();
  return finish(pages.join(PAGE_BREAK), scannedWithoutOcr ? 'no-ocr' : 'no-text');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The words of a DOCX: word/document.xml's runs, a line per paragraph; everything else in the file is ignored. */
function docxText(bytes: Uint8Array): string {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const body = zipEntries(zip).find((entry) => entry.name === 'word/document.xml');
  if (body === undefined) return '';
  return readZipEntry(zip, body)
    .toString('utf8')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>|<w:br\/>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X'))
        return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return XML_ENTITIES[entity] ?? whole;
    });
}

function finish(text: string, emptyReason: NotSearchableReason): ExtractedText {
  // NUL never goes into the database (PostgreSQL refuses it in text).
  const clean = text.replace(/\u0000/g, '').slice(0, MAX_TEXT_CHARS);
  return letters(clean) === 0
    ? { status: 'not-searchable', text: null, note: emptyReason }
    : { status: 'done', text: clean, note: null };
}

/**
 * A document's words, for search: PDF text by pdf.js (through unpdf), scanned pages and photos by tesseract
 * when it is on PATH (else "not searchable", never a failure), DOCX by its own bounded unzip, plain text as it
 * is. HEIC photos are kept but not read (no decoder here). Runs in a worker thread (render-job.ts).
 */
export async function extractDocumentText(
  mediaType: DocumentMediaType,
  bytes: Uint8Array,
  tools: ReturnType<typeof ocrTools> = ocrTools(),
): Promise<ExtractedText> {
  try {
    switch (mediaType) {
      case 'text/plain':
        return finish(new TextDecoder().decode(bytes), 'no-text');
      case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
        return finish(docxText(bytes), 'no-text');
      case 'application/pdf':
        return await pdfPages(bytes, tools);
      case 'image/jpeg':
      case 'image/png':
        if (!tools.tesseract) return { status: 'not-searchable', text: null, note: 'no-ocr' };
        return finish(await ocrBytes(bytes, mediaType === 'image/png' ? 'png' : 'jpg'), 'no-text');
      case 'image/heic':
        return { status: 'not-searchable', text: null, note: 'heic' };
    }
  } catch {
    return { status: 'not-searchable', text: null, note: 'unreadable' };
  }
}

/** Reads back what a worker answered (JSON bytes) as extracted text. */
export function parseExtractedText(bytes: Uint8Array): ExtractedText {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as ExtractedText;
}
