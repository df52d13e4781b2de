import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';

/** What routes and services are given: built once by the composition root (server/main.ts). */
export interface AppContext {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
}
