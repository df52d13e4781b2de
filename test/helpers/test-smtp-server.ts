import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the test SMTP server accepted, parsed, with the envelope's recipients. */
export interface ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly parsed: ParsedMail;
  /** The plain-text body. */
  readonly text: string;
  readonly subject: string;
  /** A header's value as sent (folded lines joined), or undefined. */
  header(name: string): string | undefined;
}

/** A real SMTP server in the test process (the `smtp-server` package): what Binder sends arrives here. */
export interface TestSmtpServer {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>`, for BINDER_SMTP_URL. */
  readonly url: string;
  readonly received: ReceivedMail[];
  /** Messages to one address, in arrival order. */
  to(address: string): ReceivedMail[];
  /** Stops listening (the mail server is "down"); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A header as it was sent (unfolded), not as mailparser interprets it. */
function rawHeader(parsed: ParsedMail, name: string): string | undefined {
  const line = parsed.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  if (line === undefined) return undefined;
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/** Starts the server on a free port of 127.0.0.1 (no TLS, no authentication: test use only). */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const listen = async (): Promise<void> => {
    const next = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(stream).then(
          (parsed) => {
            received.push({
              envelopeTo,
              parsed,
              text: parsed.text ?? '',
              subject: parsed.subject ?? '',
              header: (name) => rawHeader(parsed, name),
            });
            callback();
          },
          (error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        next.off('error', reject);
        resolve();
      });
    });
    port = (next.server.address() as AddressInfo).port;
    server = next;
  };
  await listen();

  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${String(port)}`;
    },
    received,
    to: (address) => received.filter((mail) => mail.envelopeTo.includes(address)),
    stop: async () => {
      const running = server;
      server = null;
      if (running !== null) {
        await new Promise<void>((resolve) => {
          running.close(() => {
            resolve();
          });
        });
      }
    },
    start: listen,
  };
}
