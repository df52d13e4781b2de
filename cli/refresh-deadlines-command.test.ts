import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIo } from '../test/helpers/capture-io';
import { testConfig } from '../test/helpers/test-app';
import { runCli } from './run-cli';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function env(): Record<string, string> {
  const dir = testConfig().dataDir;
  dirs.push(dir);
  return { BINDER_DATA_DIR: dir };
}

describe('binder refresh-deadlines', () => {
  it('says how many children it recomputed (none in an empty database)', async () => {
    const io = captureIo(env());
    expect(await runCli(['refresh-deadlines', '--as-of', '2026-11-28'], io)).toBe(0);
    expect(io.out()).toMatch(/^Refreshed the deadlines of 0 children as of 2026-11-28 in \d+\.\d s\.\n$/);
  });

  it('exits 2 with one line naming the flag for a bad date', async () => {
    const io = captureIo(env());
    expect(await runCli(['refresh-deadlines', '--as-of', '11/28/2026'], io)).toBe(2);
    expect(io.err()).toBe('binder refresh-deadlines: --as-of: expected YYYY-MM-DD, got "11/28/2026"\n');
    expect(io.out()).toBe('');
  });
});
