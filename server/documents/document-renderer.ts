import { Piscina } from 'piscina';
import { runRenderJob, type RenderJob } from './render-job';

/** Makes documents off the event loop; closed with the app. */
export interface DocumentRenderer {
  render(job: RenderJob): Promise<Buffer>;
  /** Ends the worker threads; a render still queued is refused. */
  close(): Promise<void>;
}

/** A rendered document back from a worker arrives as a plain Uint8Array (moved, not copied): a Buffer view on it. */
function asBuffer(result: unknown): Buffer {
  if (!(result instanceof Uint8Array)) throw new Error('the render worker answered something other than bytes');
  return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
}

/**
 * The render pool (docs/decisions/0012): `threads` worker threads running render-job.ts through
 * render-worker.mjs. The threads start with the first render, not with the app, so a test app or a CLI
 * command that never renders never pays for them. With 0 threads, documents are rendered on the event
 * loop, as before the pool existed (the benchmark's "before").
 */
export function createDocumentRenderer(threads: number): DocumentRenderer {
  if (threads === 0) return { render: runRenderJob, close: () => Promise.resolve() };
  let pool: Piscina | null = null;
  let closed = false;
  return {
    async render(job) {
      if (closed) throw new Error('the document renderer is closed');
      pool ??= new Piscina({
        filename: new URL('./render-worker.mjs', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        // Threads stay for the app's life: starting one loads tsx, pdfmake and the fonts again.
        idleTimeout: Infinity,
      });
      return asBuffer(await pool.run(job));
    },
    async close() {
      closed = true;
      await pool?.destroy();
      pool = null;
    },
  };
}
