import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { firstIssueLine } from '../core/schemas/format-issues';

/** Everything the server reads from the environment, parsed once at boot (docs/architecture.md). */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** A PostgreSQL URL, or null for the embedded SQLite database. */
  readonly databaseUrl: string | null;
  /** The PostgreSQL schema to use (search_path), or null for the server's default. */
  readonly databaseSchema: string | null;
  /** Where the SQLite file (and later, uploaded documents) live. */
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Where the built web app is; null serves the API only. */
  readonly webRoot: string | null;
  /**
   * The address people open, e.g. https://binder.example.org: the only origin allowed to send state-changing
   * requests. Null (the default) allows the origin each request was sent to, which suits localhost use.
   */
  readonly publicUrl: string | null;
  /** The secret that signs sessions and CSRF tokens; null reads or creates `<dataDir>/auth-secret`. */
  readonly authSecret: string | null;
  /**
   * Refusals answered to anonymous callers and to accounts without a grant on the child, per client address
   * (docs/decisions/0013): a bucket of `burst` refusals refilled by `perMinute`; beyond it, 429. Null: no limit.
   */
  readonly refusalLimit: { readonly burst: number; readonly perMinute: number } | null;
  /** Repeated refusals from one source within this many seconds become one audit entry with a count; 0: never. */
  readonly refusalWindowSeconds: number;
  /**
   * Worker threads that render PDFs and build export archives, off the event loop (docs/decisions/0012).
   * Defaults to the machine's cores; 0 renders on the event loop itself, for benchmarks only.
   */
  readonly renderThreads: number;
  /** How many renders one signed-in account may have running at once; beyond it the answer is 429. */
  readonly rendersPerAccount: number;
  /**
   * Where mail goes (docs/decisions/0040): an smtp:// or smtps:// URL, or null to write each message as an
   * `.eml` file in `<dataDir>/outbox/` instead.
   */
  readonly smtpUrl: string | null;
  /** The From address of every message Binder sends. */
  readonly mailFrom: string;
  /** Bytes of uploaded documents one family may keep across its children (docs/decisions/0042). */
  readonly familyQuotaBytes: number;
}

/** A whole number of something within a range, from an environment variable. */
function count(min: number, max: number) {
  return z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(min, `expected ${String(min)}–${String(max)}`)
    .max(max, `expected ${String(min)}–${String(max)}`);
}

const envSchema = z.object({
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected 0–65535')
    .max(65535, 'expected 0–65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a lower-case PostgreSQL schema name')
    .optional(),
  BINDER_DATA_DIR: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('warn'),
  BINDER_WEB_ROOT: z.string().min(1).default('dist/web'),
  BINDER_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s):// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  BINDER_AUTH_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  BINDER_REFUSAL_BURST: count(0, 100_000).default(30),
  BINDER_REFUSALS_PER_MINUTE: count(1, 100_000).default(30),
  BINDER_REFUSAL_WINDOW_SECONDS: count(0, 3600).default(60),
  BINDER_RENDER_THREADS: z.coerce
    .number({ error: 'expected a number of threads' })
    .int('expected a whole number')
    .min(0, 'expected 0 (render on the event loop) or more')
    .max(64, 'expected at most 64')
    .optional(),
  BINDER_RENDERS_PER_ACCOUNT: z.coerce
    .number({ error: 'expected a number of renders' })
    .int('expected a whole number')
    .min(1, 'expected at least 1')
    .max(1000, 'expected at most 1000')
    .default(4),
  BINDER_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'expected an smtp:// or smtps:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  BINDER_MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
      'expected an e-mail address, e.g. Binder <binder@example.org>',
    )
    .default('Binder <binder@localhost>'),
  BINDER_FAMILY_QUOTA_MB: count(1, 1_000_000).default(2048),
});

/** Thrown when the environment is unusable; the message names the variable. */
export class ConfigError extends Error {}

/** Reads the configuration from an environment (normally `process.env`, passed in by the composition root). */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(firstIssueLine(parsed.error));
  const value = parsed.data;
  return {
    host: value.HOST,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL ?? null,
    databaseSchema: value.DATABASE_SCHEMA ?? null,
    dataDir: value.BINDER_DATA_DIR,
    logLevel: value.LOG_LEVEL,
    webRoot: value.BINDER_WEB_ROOT,
    publicUrl: value.BINDER_PUBLIC_URL ?? null,
    authSecret: value.BINDER_AUTH_SECRET ?? null,
    // A burst of 0 turns the limit off (say, behind a proxy that limits already).
    refusalLimit:
      value.BINDER_REFUSAL_BURST === 0
        ? null
        : { burst: value.BINDER_REFUSAL_BURST, perMinute: value.BINDER_REFUSALS_PER_MINUTE },
    refusalWindowSeconds: value.BINDER_REFUSAL_WINDOW_SECONDS,
    // One thread per core (at least one): the event loop shares the cores, but it only waits while they work.
    renderThreads: value.BINDER_RENDER_THREADS ?? Math.max(1, availableParallelism()),
    rendersPerAccount: value.BINDER_RENDERS_PER_ACCOUNT,
    smtpUrl: value.BINDER_SMTP_URL ?? null,
    mailFrom: value.BINDER_MAIL_FROM,
    familyQuotaBytes: value.BINDER_FAMILY_QUOTA_MB * 1024 * 1024,
  };
}
