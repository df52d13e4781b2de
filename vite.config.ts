import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The built files worth compressing (text; the images we ship other than SVG are compressed already). */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;

/** Built files the server never sends as they are. */
const NOT_SERVED_AS_FILES = /^(?:index\.html$|\.vite\b)/;

/** Below this a compressed copy saves less than one packet, and the plain file is sent. */
const PRECOMPRESS_MIN_BYTES = 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function compressBeside(file: string): Promise<void> {
  const content = await readFile(file);
  if (content.length < PRECOMPRESS_MIN_BYTES) return;
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  if (brotli.length < content.length) await writeFile(`${file}.br`, brotli);
  if (gzipped.length < content.length) await writeFile(`${file}.gz`, gzipped);
}

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip, level 9) beside every text file of the build, so
 * the server sends them as they are (server/http/static-files.ts) instead of compressing on each request
 * (docs/decisions/0023). A copy is kept only when it is smaller than the file.
 */
function precompress(): Plugin {
  return {
    name: 'binder-precompress',
    apply: 'build',
    async writeBundle({ dir }) {
      if (dir === undefined) throw new Error('precompress: the build has no output folder');
      // index.html is never sent as a file (each response carries its own nonces), nor is the manifest.
      const files = readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((file) => !NOT_SERVED_AS_FILES.test(relative(dir, file)));
      await Promise.all(files.map(compressBeside));
    },
  };
}

// The web app is built into dist/web and served by the Fastify server (server/http/static-files.ts). The
// manifest (dist/web/.vite/manifest.json, never served) lets the bundle budget test follow each chunk's
// imports.
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
