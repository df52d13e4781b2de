import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One JavaScript file the first page loads, with the bytes sent without and with gzip. */
export interface PageScript {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

/** The files a page must load before it runs: the chunk itself and every static import, in order. */
function withStaticImports(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`the manifest has no chunk "${key}"`);
  if (seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((imported) => withStaticImports(manifest, imported, seen))];
}

/** The scripts index.html names: its module script and its module preloads. */
export function taggedScripts(indexHtml: string): string[] {
  return [
    ...indexHtml.matchAll(/<(?:script type="module"[^>]* src|link rel="modulepreload"[^>]* href)="\/([^"]+)"/g),
  ].map((match) => match[1] ?? '');
}

/** The strings the first render waits for, one chunk per language (web/i18n/i18n.ts). */
const SHELL_STRINGS = /^i18n\/shell\.([a-z]{2}(?:-[A-Z][a-z]{3})?)\.json$/;

function measure(webRoot: string, file: string): PageScript {
  const path = join(webRoot, file);
  const bytes = statSync(path).size;
  // What the server sends to a browser that accepts gzip: the build's .gz copy, or the file when it has none.
  const gzipBytes = existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : bytes;
  return { file, bytes, gzipBytes };
}

export interface FirstPage {
  /** The scripts index.html names, as the manifest has them (the entry and its static imports). */
  readonly tagged: readonly string[];
  /** The entry's static imports, from the manifest: must be exactly `tagged`. */
  readonly entryClosure: readonly string[];
  /** Each language's shell strings chunk (with its own imports not already loaded), by language. */
  readonly languages: Readonly<Record<string, readonly string[]>>;
  /** Everything the first page loads, in the heavier language: entry, preloads and that language's strings. */
  readonly scripts: readonly PageScript[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The JavaScript the first page of the built app (`webRoot`, normally dist/web) loads before it shows anything:
 * what index.html names, and the shell strings of the chosen language, which load before the first render
 * (web/i18n/i18n.ts), counted for the heavier language. Read from the build output, never a list written by hand.
 */
export function firstPage(webRoot: string): FirstPage {
  const indexHtml = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true && key === 'index.html');
  if (entryKey === undefined) throw new Error('the manifest has no entry for index.html');
  const entryClosure = withStaticImports(manifest, entryKey);
  const languages: Record<string, string[]> = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    const language = SHELL_STRINGS.exec(chunk.src ?? '')?.[1];
    if (language === undefined) continue;
    languages[language] = withStaticImports(manifest, key).filter((file) => !entryClosure.includes(file));
  }
  const heaviest = Object.values(languages)
    .map((files) => files.map((file) => measure(webRoot, file)))
    .sort((a, b) => sum(b, 'gzipBytes') - sum(a, 'gzipBytes'))[0];
  const scripts = [...entryClosure.map((file) => measure(webRoot, file)), ...(heaviest ?? [])];
  return {
    tagged: taggedScripts(indexHtml),
    entryClosure,
    languages,
    scripts,
    bytes: sum(scripts, 'bytes'),
    gzipBytes: sum(scripts, 'gzipBytes'),
  };
}

function sum(scripts: readonly PageScript[], field: 'bytes' | 'gzipBytes'): number {
  return scripts.reduce((total, script) => total + script[field], 0);
}
