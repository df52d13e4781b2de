import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../test/helpers/test-app';

const dataDir = testConfig().dataDir;
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('binder serve as a real process', () => {
  it('prints its address, answers, and stops cleanly on SIGINT (Ctrl-C)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/main.ts', 'serve', '--port', '0', '--host', '127.0.0.1'],
      {
        env: { ...process.env, BINDER_DATA_DIR: dataDir, BINDER_WEB_ROOT: 'no-web-build-needed', BINDER_SMTP_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no address printed: ${output}`));
      }, 15_000);
      child.stdout.on('data', () => {
        const match = /Binder is running at (http:\/\/[^\s]+)/.exec(output);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const health = await fetch(`${url}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });

    // No BINDER_SMTP_URL: mail goes to the outbox, and the start-up says where.
    expect(output).toContain(`Mail goes to ${join(dataDir, 'outbox')} (no BINDER_SMTP_URL`);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
    expect(output).not.toMatch(/Error|at .*\.ts:\d+/);
  });
});
