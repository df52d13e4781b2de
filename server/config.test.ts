import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('readConfig', () => {
  it('defaults to the embedded SQLite database on localhost:3000', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: 'localhost', port: 3000, databaseUrl: null, dataDir: 'data' });
  });

  it('reads PORT, HOST and DATABASE_URL', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/binder',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgres://app:pw@127.0.0.1:5432/binder',
    });
  });

  it('names the variable when a value is unusable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL: expected a postgres:\/\/ URL/);
  });
});
