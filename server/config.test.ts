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

  it('limits refusals per address by default, and reads the limit and the collapsing window', () => {
    expect(readConfig({})).toMatchObject({ refusalLimit: { burst: 30, perMinute: 30 }, refusalWindowSeconds: 60 });
    expect(
      readConfig({ BINDER_REFUSAL_BURST: '5', BINDER_REFUSALS_PER_MINUTE: '2', BINDER_REFUSAL_WINDOW_SECONDS: '0' }),
    ).toMatchObject({ refusalLimit: { burst: 5, perMinute: 2 }, refusalWindowSeconds: 0 });
    expect(readConfig({ BINDER_REFUSAL_BURST: '0' }).refusalLimit).toBeNull();
    expect(() => readConfig({ BINDER_REFUSALS_PER_MINUTE: '0' })).toThrow(/^BINDER_REFUSALS_PER_MINUTE: /);
  });

  it('names the variable when a value is unusable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL: expected a postgres:\/\/ URL/);
    expect(() => readConfig({ BINDER_SMTP_URL: 'mail.example.org:25' })).toThrow(
      /^BINDER_SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL$/,
    );
    expect(() => readConfig({ BINDER_MAIL_FROM: 'not an address' })).toThrow(/^BINDER_MAIL_FROM: /);
  });

  it('reads where mail goes, and writes it to the outbox when no SMTP server is set', () => {
    expect(readConfig({})).toMatchObject({ smtpUrl: null, mailFrom: 'Binder <binder@localhost>' });
    expect(
      readConfig({ BINDER_SMTP_URL: 'smtps://user:pass@mail.example.org:465', BINDER_MAIL_FROM: 'binder@example.org' }),
    ).toMatchObject({ smtpUrl: 'smtps://user:pass@mail.example.org:465', mailFrom: 'binder@example.org' });
  });

  it('sizes the render pool to the cores unless told, and limits renders per account', () => {
    expect(readConfig({}).renderThreads).toBeGreaterThanOrEqual(1);
    expect(readConfig({}).rendersPerAccount).toBe(4);
    expect(readConfig({ BINDER_RENDER_THREADS: '0', BINDER_RENDERS_PER_ACCOUNT: '2' })).toMatchObject({
      renderThreads: 0,
      rendersPerAccount: 2,
    });
    expect(() => readConfig({ BINDER_RENDER_THREADS: '-1' })).toThrow(/^BINDER_RENDER_THREADS: /);
    expect(() => readConfig({ BINDER_RENDERS_PER_ACCOUNT: '0' })).toThrow(/^BINDER_RENDERS_PER_ACCOUNT: /);
  });
});
