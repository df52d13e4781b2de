import { randomBytes } from 'node:crypto';

let lastMillis = 0;
let counter = 0;

/**
 * An id that sorts in the order rows were written (time, then a per-process counter, then randomness),
 * so append-only tables keep their order on both dialects without a database sequence, even when many
 * rows share a timestamp.
 */
export function sortableId(): string {
  const now = Date.now();
  if (now === lastMillis) counter += 1;
  else {
    lastMillis = now;
    counter = 0;
  }
  return `${now.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${randomBytes(6).toString('hex')}`;
}
