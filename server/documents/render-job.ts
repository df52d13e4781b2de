import type { MeetingPrepSheet } from '../../core/case/meeting-prep-sheet';
import { renderMeetingPrepPdf } from './meeting-prep-pdf';
import type { ProgressReport } from '../../core/progress/progress-report';
import type { DocumentMediaType } from '../../core/schemas/document';
import type { LetterLanguage } from '../../core/schemas/letters';
import { extractDocumentText } from './extract-text';
import type { BinderData } from './binder/binder-data';
import { renderBinderPdf } from './binder/binder-pdf';
import { renderLetterPdf, type LetterPdfContent } from './letter-pdf';
import { renderProgressReportPdf } from './progress-report-pdf';
import { zipArchive, type ZipEntry } from './zip-archive';

/** A PDF to make, as plain data: a job crosses to a worker thread by structured clone, so no functions. */
export type PdfJob =
  | {
      readonly kind: 'letter-pdf';
      readonly letter: LetterPdfContent;
      /** The language the letter is sent in, when `letter` is its translation for reading. */
      readonly translationOf?: LetterLanguage;
    }
  | { readonly kind: 'progress-report-pdf'; readonly report: ProgressReport }
  | { readonly kind: 'binder-pdf'; readonly binder: BinderData }
  | { readonly kind: 'meeting-prep-pdf'; readonly sheet: MeetingPrepSheet };

/** One file of an archive job: contents as they are, or a PDF the worker makes first. */
export type ArchiveJobEntry =
  { readonly name: string; readonly data: string | Uint8Array } | { readonly name: string; readonly pdf: PdfJob };

/** Every CPU-heavy document Binder makes or reads: a document definition or file list in, bytes out. */
export type RenderJob =
  | PdfJob
  /** An uploaded document's words for search: the answer is ExtractedText as JSON (extract-text.ts). */
  | { readonly kind: 'extract-text'; readonly mediaType: DocumentMediaType; readonly bytes: Uint8Array }
  | {
      readonly kind: 'archive';
      readonly entries: readonly ArchiveJobEntry[];
      /** ISO timestamp: the archive's entries are dated with it. */
      readonly modifiedAt: string;
    };

async function renderPdfJob(job: PdfJob): Promise<Buffer> {
  switch (job.kind) {
    case 'letter-pdf':
      return renderLetterPdf(job.letter, job.translationOf);
    case 'progress-report-pdf':
      return renderProgressReportPdf(job.report);
    case 'binder-pdf': {
      const bytes = await renderBinderPdf(job.binder);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    case 'meeting-prep-pdf':
      return renderMeetingPrepPdf(job.sheet);
  }
}

/**
 * Does one job. Runs in a worker thread (render-worker.mjs) or, with no render threads configured, on the
 * event loop; the bytes are the same either way.
 */
export async function runRenderJob(job: RenderJob): Promise<Buffer> {
  if (job.kind === 'extract-text') {
    return Buffer.from(JSON.stringify(await extractDocumentText(job.mediaType, job.bytes)), 'utf8');
  }
  if (job.kind !== 'archive') return renderPdfJob(job);
  const files: ZipEntry[] = [];
  // One PDF after another: an archive holds one worker, so one family's export never takes the whole pool.
  for (const entry of job.entries) {
    if ('pdf' in entry) files.push({ name: entry.name, data: await renderPdfJob(entry.pdf) });
    else files.push({ name: entry.name, data: typeof entry.data === 'string' ? entry.data : Buffer.from(entry.data) });
  }
  return zipArchive(files, new Date(job.modifiedAt));
}
