import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstPage } from '../../bench/first-page';
import { LANGUAGES } from '../../web/i18n/languages';

// The budget for the JavaScript of the first page (issue #20; docs/performance.md): what index.html names plus
// the chosen language's shell strings, gzip-compressed as the server sends them. Read from the build
// (npm test builds first), never from a list written by hand.
const WEB_ROOT = 'dist/web';
const FIRST_PAGE_GZIP_BUDGET = 150 * 1024;

describe('the first page of the built web app', () => {
  it('has been built (npm run build)', () => {
    expect(existsSync(`${WEB_ROOT}/index.html`), 'run npm run build first').toBe(true);
    expect(existsSync(`${WEB_ROOT}/.vite/manifest.json`), 'the build writes its manifest').toBe(true);
  });

  it('names in index.html exactly the entry and its static imports, as the manifest has them', () => {
    const page = firstPage(WEB_ROOT);
    expect(page.entryClosure.length).toBeGreaterThan(1);
    expect([...page.tagged].sort()).toEqual([...page.entryClosure].sort());
  });

  it('loads at most 150 KB of JavaScript (gzip), its language’s shell strings included', () => {
    const page = firstPage(WEB_ROOT);
    expect(Object.keys(page.languages).sort()).toEqual([...LANGUAGES].sort());
    const shown = page.scripts.map((script) => `${script.file} ${String(script.gzipBytes)}`).join('\n');
    expect(page.gzipBytes, `first page scripts (gzip bytes):\n${shown}`).toBeLessThanOrEqual(FIRST_PAGE_GZIP_BUDGET);
  });

  it('does not load two languages, nor the pages’ strings, nor the editors', () => {
    const page = firstPage(WEB_ROOT);
    const files = page.scripts.map((script) => script.file);
    const chunkOf = (kind: string) => new RegExp(`/${kind}\\.(${LANGUAGES.join('|')})-[^/]*$`);
    expect(files.filter((file) => chunkOf('shell').test(file))).toHaveLength(1);
    expect(files.filter((file) => chunkOf('strings').test(file))).toEqual([]);
    expect(files.filter((file) => /editor|student-page|letters-page|account-page|children-page/.test(file))).toEqual(
      [],
    );
  });
});
