import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-database';

// What the benchmarks that run a real `binder serve` share: starting and stopping it (a fresh SQLite database in a
// data folder of its own, or a fresh PostgreSQL schema when DATABASE_URL is set), one HTTP request at a time, a
// fictional account signed in, and a fictional letter of about a page.

const DATABASE_URL = benchDatabaseUrl();
const PASSWORD = 'violet-harbor-lantern-42';

/** A fresh PostgreSQL schema for one server (dropped afterwards); nothing on SQLite (DATABASE_URL unset). */
export async function withSchema(action: 'create' | 'drop', name: string): Promise<void> {
  if (DATABASE_URL === null) return;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(action === 'create' ? `CREATE SCHEMA ${name}` : `DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** One HTTP request over the given agent; resolves with the whole answer. */
export function send(
  base: string,
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = httpRequest(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': payload.length }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Account {
  readonly headers: Record<string, string>;
}

/** Starts `binder serve` in its own process and waits for its address. */
export async function startServer(
  threads: number,
  dataDir: string,
  schema: string,
): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cli/main.ts', 'serve'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: DATABASE_URL ?? '',
      ...(DATABASE_URL === null ? {} : { DATABASE_SCHEMA: schema }),
      BINDER_DATA_DIR: dataDir,
      BINDER_WEB_ROOT: join(dataDir, 'no-web-app'),
      BINDER_RENDER_THREADS: String(threads),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /running at (http:\/\/[^\s]+)/.exec(seen);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => {
      reject(new Error(`binder serve ended early (exit ${String(code)})`));
    });
  });
  return { base, child };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  const ended = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await ended;
}

/**
 * Signs a new fictional account up, then in (sign-up opens no session: docs/decisions/0017), and returns the
 * headers its requests carry (cookie, Origin, CSRF token).
 */
export async function newAccount(base: string, agent: Agent, n: number): Promise<Account> {
  const email = `bench.parent.${String(n)}@example.org`;
  const person = { name: `Bench Parent ${String(n)}`, email, password: PASSWORD };
  const signUp = await send(base, agent, 'POST', '/api/auth/sign-up/email', { origin: base }, person);
  if (signUp.status !== 200) throw new Error(`sign-up failed: ${String(signUp.status)}`);
  const signIn = await send(
    base,
    agent,
    'POST',
    '/api/auth/sign-in/email',
    { origin: base },
    { email, password: PASSWORD },
  );
  const cookie = ([signIn.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? '';
  if (signIn.status !== 200 || cookie === '') throw new Error(`sign-in failed: ${String(signIn.status)}`);
  const session = await send(base, agent, 'GET', '/api/v1/session', { cookie });
  const { csrfToken } = JSON.parse(session.body.toString()) as { csrfToken: string };
  return { headers: { cookie, origin: base, 'x-csrf-token': csrfToken } };
}

/** A fictional letter of about a page, the size of the ones Binder writes. */
export function letter(n: number) {
  const paragraph = (text: string) => ({ text, citations: [] });
  return {
    kind: 'evaluation-request',
    language: 'en',
    date: '2026-11-02',
    dateLine: 'November 2, 2026',
    senderLines: [`Bench Parent ${String(n)}`, '12 Alder Lane (fictional)', 'parent@example.org'],
    recipientLines: ['Director of Special Education', 'Brookfield ISD (fictional)'],
    subject: 'Request for a full and individual evaluation',
    salutation: 'Dear Director,',
    paragraphs: [
      paragraph(
        'I am writing to ask that my child be given a full and individual initial evaluation for special education and related services. I have concerns about reading, writing and attention that have lasted more than a school year despite the help given in class.',
      ),
      paragraph(
        'Under the Individuals with Disabilities Education Act (34 CFR 300.301), a parent may ask for an initial evaluation. Please send me the consent form and a prior written notice of what the school proposes, and tell me who will contact me to plan the evaluation.',
      ),
      paragraph(
        'Please evaluate every area of suspected disability, including reading, written expression, attention, and speech and language, and share the reports with me before any eligibility meeting so that I have time to read them.',
      ),
      paragraph(
        'I would like every communication about this request in writing. Thank you for your help; I look forward to working with the school team.',
      ),
    ],
    closing: 'Sincerely,',
    signatureLines: [`Bench Parent ${String(n)}`],
  };
}
