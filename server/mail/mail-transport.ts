import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config';

/** One message as handed to the mail server. */
export interface OutgoingMail {
  /** The send record's id: it names the `.eml` file and makes the Message-ID, so a retried send keeps it. */
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where mail goes: an SMTP server, or the outbox folder when none is configured. */
export interface MailTransport {
  /** Says where messages go, for the start-up line. */
  readonly destination: string;
  /** Sends one message; throws when the mail server refuses it or cannot be reached. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The folder `.eml` files are written to when no SMTP server is configured. */
export function outboxFolder(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'outbox');
}

/** The domain of the From address, for Message-IDs. */
function fromDomain(from: string): string {
  const match = /@([^\s@<>]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}

/**
 * The transport the configuration names (docs/decisions/0040): nodemailer over SMTP to `BINDER_SMTP_URL`, or,
 * with none set, nodemailer's stream transport writing each message as `<dataDir>/outbox/<id>.eml`, so a
 * newcomer sees exactly what would be sent.
 */
export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  const domain = fromDomain(config.mailFrom);
  const message = (mail: OutgoingMail) => ({
    from: config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.body,
    headers: { ...mail.headers },
    messageId: `<${mail.id}@${domain}>`,
  });
  if (config.smtpUrl !== null) {
    const transporter = nodemailer.createTransport(config.smtpUrl);
    const url = new URL(config.smtpUrl);
    return {
      destination: `the mail server at ${url.hostname}${url.port === '' ? '' : `:${url.port}`}`,
      send: async (mail) => {
        await transporter.sendMail(message(mail));
      },
      close: () => {
        transporter.close();
      },
    };
  }
  const folder = outboxFolder(config);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    destination: `${folder} (no BINDER_SMTP_URL: each message is written there as an .eml file)`,
    send: async (mail) => {
      const info = await transporter.sendMail(message(mail));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${mail.id}.eml`), info.message as Buffer);
    },
    close: () => {
      transporter.close();
    },
  };
}
