import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of docs/architecture.md, as ESLint enforces it (eslint.config.js): for each layer, a
 * file in that folder with a forbidden import is reported, the same file with an allowed import is not, and
 * the tree as it stands passes. Only the import rule runs, without type information, so the check is fast;
 * the probe files are linted as text under a path in the folder and never written.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  if (result === undefined) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(`could not parse ${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

interface Case {
  readonly layer: string;
  /** Where the probe file stands, relative to the repository. */
  readonly file: string;
  readonly forbidden: readonly string[];
  readonly allowed: readonly string[];
}

const CASES: readonly Case[] = [
  {
    layer: 'core imports nothing of ours outside core/ and does no I/O',
    file: 'core/case/layer-probe.ts',
    forbidden: [
      "import { systemClock } from '../../server/clock';",
      "import { callApi } from '../../web/api/client';",
      "import { runCli } from '../../cli/run-cli';",
      "import { readFileSync } from 'node:fs';",
    ],
    allowed: ["import { isoDate } from '../schemas/iso-date';"],
  },
  {
    layer: 'web talks to the server over HTTP only',
    file: 'web/api/layer-probe.ts',
    forbidden: [
      "import { listStudents } from '../../server/services/student-services';",
      "import { openDatabase } from '../../server/db/database';",
      "import { runCli } from '../../cli/run-cli';",
    ],
    allowed: ["import { isoDate } from '../../core/schemas/iso-date';", "import { callApi } from './client';"],
  },
  {
    layer: 'server imports no web or cli',
    file: 'server/layer-probe.ts',
    forbidden: ["import { callApi } from '../web/api/client';", "import { runCli } from '../cli/run-cli';"],
    allowed: ["import { openDatabase } from './db/database';"],
  },
  {
    layer: 'db imports no services, http, audit, auth, access or documents',
    file: 'server/db/layer-probe.ts',
    forbidden: [
      "import { listEvents } from '../services/event-services';",
      "import { buildApp } from '../http/build-app';",
      "import { systemAudit } from '../audit/audit-recorder';",
      "import { createAuth } from '../auth/auth';",
      "import { accessToRecord } from '../access/student-of-record';",
      "import { renderPdf } from '../documents/pdf-renderer';",
      "import { blobStoreFor } from '../storage/blob-store';",
      "import { callApi } from '../../web/api/client';",
    ],
    allowed: ["import { sortableId } from './sortable-id';", "import { isoDate } from '../../core/schemas/iso-date';"],
  },
  {
    layer: 'db migrations import no services either',
    file: 'server/db/migrations/layer-probe.ts',
    forbidden: ["import { listEvents } from '../../services/event-services';"],
    allowed: ["import { sortableId } from '../sortable-id';"],
  },
  {
    layer: 'services do not know HTTP',
    file: 'server/services/layer-probe.ts',
    forbidden: ["import { buildApp } from '../http/build-app';", "import { runCli } from '../../cli/run-cli';"],
    allowed: [
      "import { findEvent } from '../db/event-queries';",
      "import { auditedTransaction } from '../audit/audited-transaction';",
    ],
  },
  ...['audit', 'auth', 'access'].map((folder): Case => ({
    layer: `${folder}/ is infrastructure under the services`,
    file: `server/${folder}/layer-probe.ts`,
    forbidden: [
      "import { listEvents } from '../services/event-services';",
      "import { buildApp } from '../http/build-app';",
    ],
    allowed: ["import { findAuditHead } from '../db/audit-chain-queries';"],
  })),
  {
    layer: 'documents turn plain data into bytes',
    file: 'server/documents/layer-probe.ts',
    forbidden: [
      "import { openDatabase } from '../db/database';",
      "import { listEvents } from '../services/event-services';",
      "import { buildApp } from '../http/build-app';",
    ],
    allowed: ["import { AppError } from '../app-error';"],
  },
  {
    layer: 'storage keeps bytes by hash and imports nothing else of the server',
    file: 'server/storage/layer-probe.ts',
    forbidden: [
      "import { openDatabase } from '../db/database';",
      "import { listEvents } from '../services/event-services';",
      "import { buildApp } from '../http/build-app';",
      "import { renderPdf } from '../documents/pdf-renderer';",
    ],
    allowed: ["import { createHash } from 'node:crypto';"],
  },
  {
    layer: 'http does not import db (types may pass through)',
    file: 'server/http/layer-probe.ts',
    forbidden: [
      "import { openDatabase } from '../db/database';",
      "import { findEvent } from '../db/event-queries';",
      "import { callApi } from '../../web/api/client';",
    ],
    allowed: [
      "import type { Database } from '../db/database';",
      "import { listEvents } from '../services/event-services';",
      "import { accessToRecord } from '../access/student-of-record';",
    ],
  },
  {
    layer: 'http routes do not import db either',
    file: 'server/http/routes/layer-probe.ts',
    forbidden: ["import { caseloadPage } from '../../db/caseload-queries';"],
    allowed: ["import { listEvents } from '../../services/event-services';"],
  },
  {
    layer: 'cli goes through services, not db, http, audit, auth or access',
    file: 'cli/commands/layer-probe.ts',
    forbidden: [
      "import { openDatabase } from '../../server/db/database';",
      "import { migrateToLatest } from '../../server/db/migrate';",
      "import { buildApp } from '../../server/http/build-app';",
      "import { verifyAuditChain } from '../../server/audit/verify-audit-chain';",
      "import { systemAudit } from '../../server/audit/audit-recorder';",
      "import { createAuth } from '../../server/auth/auth';",
      "import { accessToRecord } from '../../server/access/student-of-record';",
      "import { callApi } from '../../web/api/client';",
    ],
    allowed: [
      "import { withMigratedDatabase } from '../../server/services/database-services';",
      "import { readConfig } from '../../server/config';",
      "import { serveUntilSignalled } from '../../server/main';",
    ],
  },
];

describe('the layer rules (docs/architecture.md) are enforced by ESLint', () => {
  describe.each(CASES)('$layer', ({ file, forbidden, allowed }) => {
    it.each(forbidden)(`reports %s in ${file}`, async (line) => {
      expect(await importErrors(file, line)).toHaveLength(1);
    });
    it.each(allowed)(`accepts %s in ${file}`, async (line) => {
      expect(await importErrors(file, line)).toEqual([]);
    });
  });

  it('finds no forbidden import in the tree as it is', { timeout: 240_000 }, async () => {
    const results = await eslint.lintFiles(['core', 'server', 'web', 'cli']);
    expect(results.length).toBeGreaterThan(300);
    const problems = results.flatMap((result) =>
      result.messages
        .filter((m) => m.fatal === true || m.ruleId === 'no-restricted-imports')
        .map((m) => `${result.filePath}:${String(m.line)} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
