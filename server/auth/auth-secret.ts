import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';

/**
 * The secret that signs sessions and CSRF tokens. `BINDER_AUTH_SECRET` wins; otherwise a random one is made
 * once and kept in the data folder (readable by its owner only), so `npm start` needs no setup. Several app
 * servers on PostgreSQL must share one: set BINDER_AUTH_SECRET on each (docs/scaling.md).
 */
export function resolveAuthSecret(config: Pick<Config, 'authSecret' | 'dataDir'>): string {
  if (config.authSecret !== null) return config.authSecret;
  const file = join(config.dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
