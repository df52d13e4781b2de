import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../core/schemas/document';
import type { Database } from '../db/database';
import { findDocument, pendingDocuments, setDocumentText } from '../db/document-queries';
import type { DocumentRenderer } from '../documents/document-renderer';
import { parseExtractedText } from '../documents/extract-text';
import type { BlobStore } from '../storage/blob-store';

function isMediaType(value: string): value is DocumentMediaType {
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(value);
}

/**
 * Extracts uploaded documents' words off the request path (docs/decisions/0043): an upload answers at once
 * with `textStatus: pending`; this queue reads the bytes, hands them to a render worker thread (pdf.js, the
 * DOCX unzip, tesseract for scans and photos) and stores the words with `done` or `not-searchable`. One
 * document at a time, so extraction never takes more than one of the pool's threads. Documents still pending
 * when the server stopped are picked up again when it starts.
 */
export class DocumentTextQueue {
  private readonly waiting: string[] = [];
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly store: BlobStore,
    private readonly renderer: Pick<DocumentRenderer, 'render'>,
  ) {}

  /** Queues a document's extraction; it runs after the current one. */
  enqueue(id: string): void {
    if (this.closed) return;
    this.waiting.push(id);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Queues every document left pending (say, by a restart). */
  async resumePending(): Promise<void> {
    for (const { id } of await pendingDocuments(this.database.db, 10_000)) this.enqueue(id);
  }

  /** Resolves when nothing is queued or running (tests wait for it instead of a clock). */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  /** Takes no more work and waits for the current document; what is left stays pending for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    await this.idle();
  }

  private async drain(): Promise<void> {
    for (let id = this.waiting.shift(); id !== undefined; id = this.waiting.shift()) {
      try {
        await this.extract(id);
      } catch {
        // The worker pool was closed under it (the app is stopping): the row stays pending for the next start.
      }
    }
  }

  private async extract(id: string): Promise<void> {
    const document = await findDocument(this.database.db, id);
    if (document?.textStatus !== 'pending') return;
    const bytes = await this.store.get(document.sha256);
    if (bytes === null || !isMediaType(document.mediaType)) {
      await setDocumentText(this.database.db, id, { status: 'not-searchable', text: null, note: 'unreadable' });
      return;
    }
    const answer = await this.renderer.render({ kind: 'extract-text', mediaType: document.mediaType, bytes });
    const result = parseExtractedText(answer);
    await setDocumentText(this.database.db, id, result);
  }
}
