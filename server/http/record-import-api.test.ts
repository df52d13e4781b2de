import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipArchive } from '../documents/zip-archive';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { multipartBody, schoolPdf } from '../../test/helpers/multipart';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, TEST_ORIGIN, type TestUser } from '../../test/helpers/test-users';

// Export → import → export, on SQLite (and on PostgreSQL when BINDER_TEST_POSTGRES_URL is set): the demo family's
// Maya, exported by her family, imported into another account. The people and children are fictional.
let t: SignedInTestApp;
let importer: TestUser;
let maya = '';
let exported: Record<string, unknown> = {};
let pdf: Buffer;

beforeAll(async () => {
  t = await createSignedInTestApp();
  importer = await signUp(t.app, { name: 'Rosa Delgado', email: 'rosa.delgado@example.org' });
  await t.owner.inject({ method: 'POST', url: '/api/v1/demo' });
  const { students } = (await t.owner.inject({ method: 'GET', url: '/api/v1/students' })).json<{
    students: { id: string; givenName: string }[];
  }>();
  maya = students.find((s) => s.givenName === 'Maya')?.id ?? '';
  // A comment and a service-log entry, so every imported table has a row.
  await t.owner.inject({
    method: 'POST',
    url: `/api/v1/students/${maya}/comments`,
    payload: { body: 'Ask about the reading group.' },
  });
  // A school person, and a document linked to a meeting and a communication, so both come through too.
  const person = await t.owner.inject({
    method: 'POST',
    url: `/api/v1/students/${maya}/school-people`,
    payload: { role: 'case-manager', name: 'Ines Parra', email: 'ines.parra@example.org' },
  });
  expect(person.statusCode, person.body).toBe(201);
  const record = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/export.json` })).json<{
    meetings: { id: string }[];
    communications: { id: string }[];
  }>();
  const meeting = record.meetings[0]?.id ?? '';
  const communication = record.communications[0]?.id ?? '';
  pdf = await schoolPdf(['Evaluation report (fictional).', 'Page two: marigoldcipher.']);
  const uploaded = await t.owner.inject({
    method: 'POST',
    url: `/api/v1/students/${maya}/documents`,
    ...multipartBody(
      {
        kind: 'evaluation',
        date: '2026-10-02',
        title: 'Evaluation report',
        links: JSON.stringify([
          { kind: 'meeting', id: meeting },
          { kind: 'communication', id: communication },
        ]),
      },
      { name: 'evaluation.pdf', bytes: pdf, type: 'application/pdf' },
    ),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  await t.app.documentTextsIdle();
  exported = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/export.json` })).json();
  // The demo, an upload and its extraction: more than the default hook time on a loaded machine.
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** Not carried over by design: the other Binder's access list, audit trail and change history. */
const NOT_IMPORTED = ['access', 'auditTrail', 'history', 'exportedAt'];

/**
 * The record with every id and time taken out (`id`, `…Id`, `…At`, ids inside `meeting:<id>` sources), the
 * demo flag too (an import is never the demo), each list in a stable order: what must survive a round trip.
 */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (typeof value === 'string') return value.replace(/^(meeting|plan|letter):.+$/, '$1:*');
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && !key.endsWith('Id') && !key.endsWith('At') && key !== 'isDemo')
      .filter(([key]) => !NOT_IMPORTED.includes(key))
      .map(([key, inner]) => [key, comparable(inner)]),
  );
}

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'families',
    'students',
    'student_access',
    'plans',
    'plan_versions',
    'case_events',
    'letters',
    'meetings',
  ] as const) {
    const row = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

async function importAs(user: TestUser, payload: string | Buffer, contentType: string) {
  return user.inject({
    method: 'POST',
    url: '/api/v1/students/import',
    payload,
    headers: { 'content-type': contentType },
  });
}

describe('POST /api/v1/students/import', () => {
  it('imports export.json as a new child the importer owns: exporting it again gives the same record but ids and times', async () => {
    const before = await lastAuditSeq(t.database.db);
    const response = await importAs(importer, JSON.stringify(exported), 'application/json');
    expect(response.statusCode).toBe(201);
    const { studentId, familyId, documents } = response.json<{
      studentId: string;
      familyId: string;
      documents: { imported: number; skipped: number; note: string | null };
    }>();
    // export.json holds no documents' bytes: they are left out, and the answer says so.
    expect(documents).toEqual({ imported: 0, skipped: 1, note: expect.stringMatching(/no bytes/) as unknown });
    expect(studentId).not.toBe(maya);
    expect(familyId).not.toBe((exported.student as { familyId: string }).familyId);

    const again = (await importer.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.json` })).json<
      Record<string, unknown> & {
        access: { people: { email: string; role: string }[] };
        plans: unknown[];
        schoolPeople: unknown[];
        documents: unknown[];
      }
    >();
    expect(again.access.people).toEqual([
      expect.objectContaining({ email: 'rosa.delgado@example.org', role: 'owner' }),
    ]);
    expect(again.plans.length).toBeGreaterThan(0);
    expect(again.schoolPeople).toEqual([expect.objectContaining({ role: 'case-manager' })]);
    expect(again.documents).toEqual([]);
    expect(comparable(again)).toEqual(comparable({ ...exported, documents: [] }));

    // The family that exported the record cannot see the copy.
    expect((await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}` })).statusCode).toBe(404);
    const entries = await auditEntriesAfter(t.database.db, before);
    expect(entries).toContainEqual(
      expect.objectContaining({
        actorUserId: importer.id,
        studentId,
        route: 'POST /api/v1/students/import',
        outcome: 'allowed',
      }),
    );
  });

  it('imports export.zip the same way, its documents with their bytes and their links to the new records', async () => {
    const zip = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/export.zip` });
    expect(zip.statusCode).toBe(200);
    const response = await importAs(importer, zip.rawPayload, 'application/zip');
    expect(response.statusCode, response.body).toBe(201);
    const { studentId, documents } = response.json<{ studentId: string; documents: unknown }>();
    expect(documents).toEqual({ imported: 1, skipped: 0, note: null });
    await t.app.documentTextsIdle();
    const again = (await importer.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.json` })).json<
      Record<string, unknown> & {
        documents: { id: string; links: { kind: string; id: string }[] }[];
        meetings: { id: string }[];
        communications: { id: string }[];
      }
    >();
    const fromZip = comparable(again) as Record<string, unknown>;
    const original = comparable(exported) as Record<string, unknown>;
    // The ZIP's record.json was made a moment after export.json: the same record.
    expect(fromZip).toEqual(original);

    // The links name the new child's meeting and communication; the file downloads with the same bytes.
    const [document] = again.documents;
    expect(document?.links).toEqual([
      { kind: 'meeting', id: again.meetings[0]?.id },
      { kind: 'communication', id: again.communications[0]?.id },
    ]);
    const download = await importer.inject({ method: 'GET', url: `/api/v1/documents/${document?.id ?? ''}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    // Counted against the new family's quota.
    const list = (await importer.inject({ method: 'GET', url: `/api/v1/students/${studentId}/documents` })).json<{
      quota: { usedBytes: number };
    }>();
    expect(list.quota.usedBytes).toBe(pdf.length);
  });

  it('refuses a ZIP whose document is not what Binder keeps, naming it, and writes nothing', async () => {
    const counts = await countRows();
    const record = JSON.stringify(exported);
    const [document] = exported.documents as { id: string }[];
    const zip = zipArchive(
      [
        { name: 'record.json', data: record },
        { name: `documents/${document?.id ?? ''}.pdf`, data: Buffer.from('MZ\x90\x00 an executable renamed') },
      ],
      new Date('2026-11-28T00:00:00Z'),
    );
    const response = await importAs(importer, zip, 'application/zip');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/^documents\[0\]/);
    expect(await countRows()).toEqual(counts);
  });

  const refusals: [string, () => [string | Buffer, string], RegExp][] = [
    ['an empty file', () => ['', 'application/zip'], /^file: the file is empty/],
    [
      'a file that is neither JSON nor a ZIP',
      () => [Buffer.from('MZ\x90\x00 an executable'), 'application/zip'],
      /^file: .*neither JSON nor a ZIP/,
    ],
    [
      'JSON from somewhere else',
      () => [JSON.stringify({ hello: 'world' }), 'application/json'],
      /^record\.format: expected "binder-record\/1"/,
    ],
    [
      'a later format',
      () => [JSON.stringify({ ...exported, format: 'binder-record/2' }), 'application/json'],
      /^record\.format: /,
    ],
    [
      'a ZIP without record.json',
      () => [zipArchive([{ name: 'notes.txt', data: 'hello' }], new Date('2026-11-28T00:00:00Z')), 'application/zip'],
      /^file: the ZIP file has no record\.json/,
    ],
    [
      'a child with no name',
      () => [
        JSON.stringify({ ...exported, student: { ...(exported.student as object), givenName: '' } }),
        'application/json',
      ],
      /^student\.givenName: /,
    ],
    [
      'a letter that is not one, after everything else was read',
      () => [
        JSON.stringify({
          ...exported,
          letters: (exported.letters as { content: object }[]).map((letter, i) =>
            i === 0 ? { ...letter, content: { ...letter.content, kind: 'ransom-note' } } : letter,
          ),
        }),
        'application/json',
      ],
      /^letters\[0\]\.content\.kind: /,
    ],
    [
      'progress on a plan that is not in the file',
      () => [
        JSON.stringify({
          ...exported,
          progressPoints: [{ ...((exported.progressPoints as object[])[0] ?? {}), planId: 'elsewhere' }],
        }),
        'application/json',
      ],
      /^progressPoints\[0\]\.planId: names a plan that is not in the file/,
    ],
  ];
  it.each(refusals)('refuses %s with a 400 naming the reason, writing nothing', async (_what, make, message) => {
    const counts = await countRows();
    const [payload, contentType] = make();
    const response = await importAs(importer, payload, contentType);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(message);
    expect(await countRows()).toEqual(counts);
  });

  it('refuses a ZIP bomb: a record.json that would inflate beyond the limit', async () => {
    const bomb = zipArchive(
      [{ name: 'record.json', data: ' '.repeat(60 * 1024 * 1024) }],
      new Date('2026-11-28T00:00:00Z'),
    );
    const response = await importAs(importer, bomb, 'application/zip');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /^file: record\.json in the ZIP file is larger than/,
    );
  });

  it('answers 401 to someone not signed in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/students/import',
      payload: exported,
      headers: { origin: TEST_ORIGIN },
    });
    expect(response.statusCode).toBe(401);
  });
});
