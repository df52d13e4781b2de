import type { FastifyInstance } from 'fastify';
import { systemClock } from './clock';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { buildApp } from './http/build-app';
import { scheduleDeadlineRefresh } from './deadline-refresh-schedule';
import { resolveAuthSecret } from './auth/auth-secret';
import { createBackgroundJobs } from './jobs/background-jobs';
import { createMailTransport } from './mail/mail-transport';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: Database;
  /** The address people open, e.g. http://localhost:3000. */
  readonly url: string;
  /** Where mail goes: the SMTP server, or the outbox folder. */
  readonly mailDestination: string;
  /** Stops taking requests, lets open ones finish, then closes the database. */
  stop(): Promise<void>;
}

/** The composition root: config → database (migrated) → app → listening. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    const app = await buildApp({ config, database, clock: systemClock });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${String(port)}`;
    const log = (line: string) => {
      app.log.warn(line);
    };
    const refresh = scheduleDeadlineRefresh(database, systemClock, log);
    const transport = createMailTransport(config);
    const jobs = createBackgroundJobs({
      database,
      clock: systemClock,
      transport,
      baseUrl: config.publicUrl ?? url,
      secret: resolveAuthSecret(config),
      log,
    });
    return {
      app,
      database,
      url,
      mailDestination: transport.destination,
      stop: async () => {
        await app.close();
        await refresh.stop();
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Starts the server and stops it cleanly on Ctrl-C or SIGTERM. */
export async function serveUntilSignalled(config: Config, print: (line: string) => void): Promise<void> {
  const server = await startServer(config);
  print(`Binder is running at ${server.url}  (database: ${server.database.dialect}; Ctrl-C to stop)`);
  print(`Mail goes to ${server.mailDestination}`);
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      print('Stopping: finishing open requests and closing the database…');
      server.stop().then(resolveStop, (error: unknown) => {
        print(`Error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        resolveStop();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  print('Stopped.');
}
