import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the server and the CLI run from there, as `npm start` runs them. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Environment variables a trial sets itself; the caller's own values must not leak into the server. */
const OWN_VARIABLES = [
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'BINDER_DATA_DIR',
  'BINDER_PUBLIC_URL',
  'BINDER_AUTH_SECRET',
  'BINDER_WEB_ROOT',
  'PORT',
  'HOST',
  'LOG_LEVEL',
];

function childEnv(variables: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !OWN_VARIABLES.includes(name));
  return { ...Object.fromEntries(inherited), LOG_LEVEL: 'warn', ...variables };
}

/** Children still running: killed if this process exits first (a test runner tearing its worker down). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * `binder` run as `node --import tsx cli/main.ts …`, not through the `tsx` command: that one starts node as a
 * second process, and a SIGKILL sent to it would leave the real server running.
 */
function spawnBinder(args: readonly string[], variables: Readonly<Record<string, string>>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: childEnv(variables),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
}

/** The last lines a child printed, for a failure message. */
function tail(text: string): string {
  return text.trim().split('\n').slice(-5).join(' | ');
}

/** A real `binder serve` process on a free port of 127.0.0.1. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /**
   * Starts the server and waits until it says where it listens: at most `timeoutMs`, which is generous because
   * on a busy shared machine loading the server's modules alone has taken over a minute.
   */
  static start(variables: Readonly<Record<string, string>>, timeoutMs = 180_000): Promise<ServerProcess> {
    const child = spawnBinder(['serve', '--port', '0', '--host', '127.0.0.1'], variables);
    let output = '';
    return new Promise<ServerProcess>((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`binder serve ${why}: ${tail(output)}`));
      };
      const timer = setTimeout(() => {
        fail(`did not start within ${String(timeoutMs)} ms`);
      }, timeoutMs);
      child.once('exit', (code, signal) => {
        fail(`exited (${String(code ?? signal)}) before listening`);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Binder is running at (http:\/\/\S+)/.exec(output);
        if (match?.[1] === undefined) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        // Keep draining what the server prints so a full pipe never blocks it.
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        child.stderr?.removeAllListeners('data');
        child.stderr?.resume();
        resolve(new ServerProcess(child, match[1]));
      });
    });
  }

  /** `kill -9`: no signal handler, no closing of the database, no flushing of anything. */
  async killHard(): Promise<void> {
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  /** A clean stop (SIGTERM: open requests finish, the database closes); SIGKILL if it takes over 15 s. */
  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited(this.child);
    clearTimeout(timer);
  }
}

/** `binder audit verify` as its own process, as an operator runs it: its exit status and what it printed. */
export function runAuditVerify(
  variables: Readonly<Record<string, string>>,
  timeoutMs = 120_000,
): Promise<{ status: number | null; output: string }> {
  const child = spawnBinder(['audit', 'verify'], variables);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, output: output.trim() });
    });
  });
}
