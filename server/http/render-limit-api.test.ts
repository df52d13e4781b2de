import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { addOwnedChild, sampleLetter } from '../../test/helpers/child-record-fixture';
import { hasPoppler, pdfText } from '../../test/helpers/pdf-tools';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import type { ErrorBody } from './error-handler';

// Renders run in a shared worker pool; one account may have 4 at once (the test app's rendersPerAccount).
let t: SignedInTestApp;
let other: TestUser;
let ownerLetterId: string;
let otherLetterId: string;

async function keepLetter(user: TestUser, subject: string): Promise<string> {
  const { studentId } = await addOwnedChild(t.database, user.id, { givenName: 'Zoë', familyName: 'Okafor' });
  const saved = await user.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/letters`,
    payload: { ...sampleLetter('2026-11-02'), subject },
  });
  expect(saved.statusCode).toBe(201);
  return saved.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createSignedInTestApp();
  other = await signUp(t.app, { name: 'Tomás Reyes', email: 'tomas.reyes@example.org' });
  ownerLetterId = await keepLetter(t.owner, 'Records request from Carmen');
  otherLetterId = await keepLetter(other, 'Records request from Tomás');
});
afterAll(async () => {
  await t.close();
});

const pdfOf = (user: TestUser, letterId: string) =>
  user.inject({ method: 'GET', url: `/api/v1/letters/${letterId}/pdf` });

describe('how many documents one account may have made at once', () => {
  it('answers 429 with Retry-After beyond 4 renders at once, valid PDFs otherwise; another account is unaffected', async () => {
    const seq = await lastAuditSeq(t.database.db);
    // All sent at once: the first renders are still waiting for the worker thread to start when the rest arrive.
    const [mine, theirs] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => pdfOf(t.owner, ownerLetterId))),
      Promise.all(Array.from({ length: 4 }, () => pdfOf(other, otherLetterId))),
    ]);

    const made = mine.filter((r) => r.statusCode === 200);
    const refused = mine.filter((r) => r.statusCode === 429);
    expect(made.length + refused.length).toBe(20);
    expect(made.length).toBeGreaterThanOrEqual(4);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const response of refused) {
      expect(response.headers['retry-after']).toBe('2');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.json<ErrorBody>().error.code).toBe('too-many-requests');
    }
    for (const response of [...made, ...theirs]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    if (hasPoppler()) {
      expect(pdfText(made[0]?.rawPayload ?? Buffer.alloc(0))).toContain('Records request from Carmen');
      expect(pdfText(theirs[0]?.rawPayload ?? Buffer.alloc(0))).toContain('Records request from Tomás');
    }

    // Each answer on the child's record is in its audit trail: the refusals as failed, the PDFs as allowed.
    const entries = (await auditEntriesAfter(t.database.db, seq)).filter(
      (e) => e.route === 'GET /api/v1/letters/:id/pdf' && e.actorUserId === t.owner.id,
    );
    expect(entries.filter((e) => e.outcome === 'failed')).toHaveLength(refused.length);
    expect(entries.filter((e) => e.outcome === 'allowed')).toHaveLength(made.length);
    expect(new Set(entries.map((e) => e.entityId))).toEqual(new Set([ownerLetterId]));

    // The slots are given back: once those have finished, the account renders again.
    const again = await Promise.all(Array.from({ length: 4 }, () => pdfOf(t.owner, ownerLetterId)));
    expect(again.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
  });

  it('lists 429 among the answers of every route that makes a document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const routes: [string, string][] = [
      ['/api/v1/letters/pdf', 'post'],
      ['/api/v1/letters/{id}/pdf', 'get'],
      ['/api/v1/plans/{id}/progress-report.pdf', 'get'],
      ['/api/v1/students/{id}/export.zip', 'get'],
      ['/api/v1/students/{id}/binder.pdf', 'get'],
    ];
    for (const [path, method] of routes) {
      expect(Object.keys(document.paths[path]?.[method]?.responses ?? {}), path).toContain('429');
    }
    expect(Object.keys(document.paths['/api/v1/students/{id}/export.json']?.get?.responses ?? {})).not.toContain('429');
  });
});
