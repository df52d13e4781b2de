// The entry of a render worker thread (server/documents/document-renderer.ts). A worker thread loads its
// file with Node's own loader, which knows no TypeScript: not under `tsx` (npm start, the CLI) nor under
// Vitest, whose transform lives in the main thread only. So this one file is plain JavaScript and loads the
// TypeScript module through tsx's scoped import, which works the same in every one of those contexts.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { tsImport } from 'tsx/esm/api';
import { Piscina } from 'piscina';

// The pool has a thread per core, so busy renders could crowd out the event loop, which answers everyone. On
// Linux this thread asks for a lower priority than the event loop's (setpriority on a thread id affects that
// thread only); elsewhere, or if refused, it keeps the normal one.
try {
  const thread = /^\d+\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
  const id = Number(thread?.[1]);
  if (Number.isInteger(id) && id !== process.pid) setPriority(id, constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not Linux: nothing to do.
}

const { runRenderJob } = await tsImport('./render-job.ts', import.meta.url);

/** Runs one job; the bytes go back to the event loop moved, not copied. */
export default async function render(job) {
  const bytes = await runRenderJob(job);
  // Only a buffer that owns its whole memory can be moved (small Node buffers share a pool).
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  return Piscina.move(own);
}
