import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { sampleLetter } from '../../test/helpers/child-record-fixture';
import { hasPoppler, pdfInfo, pdfText } from '../../test/helpers/pdf-tools';
import { readZip } from '../../test/helpers/read-zip';
import { createDocumentRenderer } from './document-renderer';
import type { PdfJob, RenderJob } from './render-job';

// The same jobs through the worker pool and on the event loop (0 threads, as before the pool existed): the
// documents must be the same. Byte equality is not expected (a PDF carries its creation time), so the PDFs
// are compared by their text and properties, and archives by their files.
const pool = createDocumentRenderer(2);
const inline = createDocumentRenderer(0);
afterAll(async () => {
  await pool.close();
});

function letterPdf(subject: string): PdfJob {
  return { kind: 'letter-pdf', letter: { ...sampleLetter('2026-11-02'), subject, impliedEvent: null } };
}
const letterJob: (subject: string) => RenderJob = letterPdf;

const poppler = hasPoppler();

describe('the render pool', () => {
  it.runIf(poppler)('makes the same letter PDF as rendering on the event loop', async () => {
    const job = letterJob('Solicitud de los expedientes de Zoë — año escolar 2026–27');
    const [pooled, direct] = await Promise.all([pool.render(job), inline.render(job)]);
    expect(Buffer.isBuffer(pooled)).toBe(true);
    expect(pooled.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pooled)).toBe(pdfText(direct));
    expect(pdfText(pooled)).toContain('Solicitud de los expedientes de Zoë');
    const info = pdfInfo(pooled);
    const { CreationDate: _pooledDate, ModDate: _pooledMod, ...pooledInfo } = info;
    const { CreationDate: _directDate, ModDate: _directMod, ...directInfo } = pdfInfo(direct);
    expect(pooledInfo).toEqual(directInfo);
    expect(info['Page size']).toMatch(/^612 x 792 pts/);
  });

  it.runIf(poppler)('gives each of many concurrent renders its own document back', async () => {
    const subjects = Array.from({ length: 8 }, (_, i) => `Request number ${String(i + 1)} for records`);
    const pdfs = await Promise.all(subjects.map((subject) => pool.render(letterJob(subject))));
    const texts = pdfs.map(pdfText);
    texts.forEach((text, i) => {
      expect(text).toContain(subjects[i]);
      for (const other of subjects.filter((_, j) => j !== i)) expect(text).not.toContain(other);
    });
  });

  it.runIf(poppler)('builds the same archive, PDFs inside made in the worker', async () => {
    const job: RenderJob = {
      kind: 'archive',
      modifiedAt: '2026-11-28T15:00:00.000Z',
      entries: [
        { name: 'record.json', data: JSON.stringify({ student: { givenName: 'Zoë' } }) },
        { name: 'letters/2026-11-02-records-request.pdf', pdf: letterPdf('Records for Zoë') },
        { name: 'bytes.bin', data: new Uint8Array([0, 1, 2, 254, 255]) },
        { name: 'README.txt', data: 'Keep this file private.\n' },
      ],
    };
    const [pooled, direct] = await Promise.all([pool.render(job), inline.render(job)]);
    const pooledFiles = readZip(pooled);
    const directFiles = readZip(direct);
    expect(pooledFiles.map((f) => f.name)).toEqual([
      'record.json',
      'letters/2026-11-02-records-request.pdf',
      'bytes.bin',
      'README.txt',
    ]);
    expect(pooledFiles.map((f) => f.name)).toEqual(directFiles.map((f) => f.name));
    pooledFiles.forEach((file, i) => {
      const twin = directFiles[i]?.data ?? Buffer.alloc(0);
      if (file.name.endsWith('.pdf')) expect(pdfText(file.data)).toBe(pdfText(twin));
      else expect(file.data.equals(twin), file.name).toBe(true);
    });
    expect(pdfText(pooledFiles[1]?.data ?? Buffer.alloc(0))).toContain('Records for Zoë');
  });

  it('refuses an unsafe archive in the worker as on the event loop', async () => {
    const job: RenderJob = {
      kind: 'archive',
      modifiedAt: '2026-11-28T15:00:00.000Z',
      entries: [{ name: '../x', data: 'x' }],
    };
    await expect(pool.render(job)).rejects.toThrow(/not a safe relative path/);
    await expect(inline.render(job)).rejects.toThrow(/not a safe relative path/);
  });

  // Run at normal priority only: under `nice`, the threads' fixed below-normal priority may not be below the process's.
  it.runIf(threadCount() !== null && getPriority() === 0)(
    'runs renders below the event loop’s priority (Linux)',
    async () => {
      await pool.render({ kind: 'archive', modifiedAt: '2026-11-28T15:00:00.000Z', entries: [] });
      const nice = (thread: string) => {
        const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const threads = readdirSync('/proc/self/task');
      expect(threads.filter((thread) => nice(thread) === 10).length).toBeGreaterThanOrEqual(2);
    },
  );

  it('ends its threads when closed, and renders nothing after', async () => {
    const renderer = createDocumentRenderer(1);
    const before = threadCount();
    await renderer.render({ kind: 'archive', modifiedAt: '2026-11-28T15:00:00.000Z', entries: [] });
    const running = threadCount();
    await renderer.close();
    const after = threadCount();
    if (before !== null && running !== null && after !== null) {
      expect(running).toBeGreaterThan(before);
      expect(after).toBeLessThan(running);
      expect(after).toBeLessThanOrEqual(before);
    }
    await expect(renderer.render(letterJob('Too late'))).rejects.toThrow(/closed/);
  });
});

/** The process's threads (Linux: /proc/self/task), or null where that is not readable. */
function threadCount(): number | null {
  try {
    return readdirSync('/proc/self/task').length;
  } catch {
    return null;
  }
}
