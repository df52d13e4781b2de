import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { sendDueMail, type SendPass } from '../mail/mail-sender';
import type { MailTransport } from '../mail/mail-transport';
import { queueDueReminders, queueWeeklyDigests } from '../services/reminder-services';

/** How often the mail job looks for due messages. */
const MAIL_EVERY_MS = 30 * 1000;
/** How often reminders and digests are looked for (queuing them again is harmless: the send key decides). */
const REMINDERS_EVERY_MS = 15 * 60 * 1000;

export interface BackgroundJobOptions {
  readonly database: Database;
  readonly clock: Clock;
  readonly transport: MailTransport;
  /** The address links in mail start with, e.g. https://binder.example.org. */
  readonly baseUrl: string;
  /** The server's secret (unsubscribe tokens). */
  readonly secret: string;
  readonly log: (line: string) => void;
}

/** What one run of every job did. */
export interface JobPass {
  readonly remindersQueued: number;
  readonly digestsQueued: number;
  readonly mail: SendPass;
}

export interface BackgroundJobs {
  /** Runs the reminder, digest and mail jobs once, now (what the timers do; tests call it directly). */
  runOnce(): Promise<JobPass>;
  /** Sends the mail that is due, now. */
  sendMail(): Promise<SendPass>;
  /** Stops the timers and waits for a run under way to finish (before the database closes). */
  stop(): Promise<void>;
}

/**
 * The jobs every `binder serve` runs (docs/decisions/0040): reminders and weekly digests are queued as rows of
 * `mail_messages`, and the mail job sends what is due. The queue lives in the database, on SQLite as on
 * PostgreSQL: several servers on one PostgreSQL database run the same jobs, and the unique send key (queuing)
 * and a conditional claim (sending) make each message go out once. The nightly deadline refresh runs beside
 * them (server/deadline-refresh-schedule.ts). `start: false` makes the runner without timers.
 */
export function createBackgroundJobs(options: BackgroundJobOptions, start = true): BackgroundJobs {
  const { database, clock, transport } = options;
  const context = { database, clock, baseUrl: options.baseUrl, secret: options.secret };
  let mailRun: Promise<SendPass> | null = null;
  let reminderRun: Promise<JobPass> | null = null;

  const sendMail = (): Promise<SendPass> => {
    mailRun ??= sendDueMail(database, transport, clock).finally(() => {
      mailRun = null;
    });
    return mailRun;
  };
  const runOnce = (): Promise<JobPass> => {
    reminderRun ??= (async () => {
      const remindersQueued = await queueDueReminders(context);
      const digestsQueued = await queueWeeklyDigests(context);
      const mail = await sendMail();
      return { remindersQueued, digestsQueued, mail };
    })().finally(() => {
      reminderRun = null;
    });
    return reminderRun;
  };
  const report = (what: string) => (error: unknown) => {
    options.log(`The ${what} job failed and will run again: ${error instanceof Error ? error.message : String(error)}`);
  };

  const timers: NodeJS.Timeout[] = [];
  if (start) {
    runOnce().catch(report('reminder'));
    timers.push(
      setInterval(() => {
        sendMail()
          .then((pass) => {
            if (pass.failed > 0) options.log(`${String(pass.failed)} messages could not be sent and will be retried.`);
          })
          .catch(report('mail'));
      }, MAIL_EVERY_MS),
      setInterval(() => {
        runOnce().catch(report('reminder'));
      }, REMINDERS_EVERY_MS),
    );
    for (const timer of timers) timer.unref();
  }
  return {
    runOnce,
    sendMail,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([reminderRun, mailRun]);
      transport.close();
    },
  };
}
