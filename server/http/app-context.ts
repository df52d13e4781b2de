import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { DocumentRenderer } from '../documents/document-renderer';
import type { RenderSlots } from '../documents/render-slots';

/** What routes and services are given: built once by the composition root (server/main.ts). */
export interface AppContext {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
}

/** What routes that make PDFs or archives are also given: the render pool and each account's share of it. */
export interface DocumentContext extends AppContext {
  readonly renderer: DocumentRenderer;
  readonly renderSlots: RenderSlots;
}
