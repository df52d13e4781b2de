import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOwnedChild, fillRecord, grantAccess, type FilledRecord } from '../../test/helpers/child-record-fixture';
import { readZip, readZipWithPython } from '../../test/helpers/read-zip';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

let t: TestApp;
let owner: TestUser;
let studentId: string;
let familyId: string;
let filled: FilledRecord;

beforeEach(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  ({ studentId, familyId } = await addOwnedChild(t.database, owner.id, {
    givenName: 'Zoë',
    homeLanguages: ['es', 'en'],
  }));
  filled = await fillRecord(t.database, studentId, owner.id);
});
afterEach(async () => {
  await t.close();
});

type Export = Record<string, unknown> & {
  format: string;
  student: Record<string, unknown>;
  plans: { id: string; versions: { number: number; content: { goals: unknown[] } }[] }[];
  letters: { content: { kind: string } }[];
  access: { people: { email: string; role: string }[]; invitations: { status: string }[] };
  auditTrail: { seq: number; action: string }[];
};

const EXPORT_KEYS = [
  'exportedAt',
  'format',
  'student',
  'family',
  'plans',
  'events',
  'meetings',
  'communications',
  'documents',
  'schoolPeople',
  'letters',
  'guideAnswers',
  'progressPoints',
  'phaseChanges',
  'deadlines',
  'comments',
  'serviceLogs',
  'calendar',
  'history',
  'deadlinesComputedOn',
  'access',
  'auditTrail',
];

describe('exporting the whole record', () => {
  it('answers every part of the record as one JSON download, stored JSON parsed, no secrets', async () => {
    // Something in the audit trail before the export.
    await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
    const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.json` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="binder-record-Zoe-Okafor-2026-11-28.json"',
    );
    const record = response.json<Export>();
    expect(Object.keys(record).sort()).toEqual([...EXPORT_KEYS].sort());
    expect(record.format).toBe('binder-record/1');
    expect(record.student).toMatchObject({ id: studentId, givenName: 'Zoë', familyId, homeLanguages: ['es', 'en'] });
    expect(record.family).toMatchObject({ id: familyId, name: 'Okafor family', isDemo: false });
    expect(record.plans).toHaveLength(1);
    expect(record.plans[0]?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(record.plans[0]?.versions[0]?.content.goals.length).toBeGreaterThan(0);
    expect(record.letters.map((l) => l.content.kind)).toEqual(['records-request', 'records-request']);
    for (const key of [
      'events',
      'meetings',
      'communications',
      'guideAnswers',
      'progressPoints',
      'phaseChanges',
      'deadlines',
      'comments',
      'serviceLogs',
      'calendar',
      'history',
    ]) {
      expect((record[key] as unknown[]).length, key).toBeGreaterThan(0);
    }
    expect(record.progressPoints).toHaveLength(3);
    // The day the stored deadlines were computed: the child's one row of deadline_computations (decision 0058).
    const computed = await t.database.db
      .selectFrom('deadline_computations')
      .select('computed_on')
      .where('student_id', '=', studentId)
      .executeTakeFirstOrThrow();
    expect(record.deadlinesComputedOn).toBe(computed.computed_on);
    expect(record.access.people).toMatchObject([{ email: 'ngozi@example.org', role: 'owner' }]);
    expect(record.access.invitations).toMatchObject([{ status: 'open' }]);
    expect(record.auditTrail.map((e) => e.action)).toEqual(['read']);

    const tokenHash = await t.database.db.selectFrom('invitations').select('token_hash').executeTakeFirstOrThrow();
    expect(response.body).not.toContain(tokenHash.token_hash);
    const exported = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('route', '=', 'GET /api/v1/students/:id/export.json')
      .executeTakeFirstOrThrow();
    expect(exported).toMatchObject({
      student_id: studentId,
      entity: 'whole-record',
      action: 'export',
      outcome: 'allowed',
    });
  });

  it('adds a progress report in each home language Binder reads, from any tag of it', async () => {
    const other = await addOwnedChild(t.database, owner.id, {
      givenName: 'Minh',
      homeLanguages: ['vi-VN', 'zh-CN', 'zh-TW', 'ar-EG'],
    });
    const record = await fillRecord(t.database, other.studentId, owner.id);
    const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${other.studentId}/export.zip` });
    expect(response.statusCode).toBe(200);
    const names = readZipWithPython(response.rawPayload).names.filter((name) => name.startsWith('progress-reports/'));
    expect(names).toEqual(
      ['en', 'vi', 'zh-Hans', 'ar'].map((language) => `progress-reports/${record.planId}-${language}.pdf`),
    );
    // Four reports, two of them with the Chinese and Arabic fonts subset and embedded: 24 s on a loaded machine.
  }, 60_000);

  it('answers a ZIP with record.json, every letter and progress report as PDF, and a README', async () => {
    const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.zip` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="binder-record-Zoe-Okafor-2026-11-28.zip"',
    );
    const archive = response.rawPayload;
    const expectedNames = [
      'record.json',
      'letters/2026-11-02-records-request.pdf',
      'letters/2026-11-02-records-request-2.pdf',
      `progress-reports/${filled.planId}-en.pdf`,
      `progress-reports/${filled.planId}-es.pdf`,
      'README.txt',
    ];

    const python = readZipWithPython(archive);
    expect(python.bad).toBeNull();
    expect(python.names).toEqual(expectedNames);
    for (const name of expectedNames.filter((n) => n.endsWith('.pdf')))
      expect(python.heads[name], name).toMatch(/^255044462d/); // %PDF-

    const entries = readZip(archive);
    expect(entries.map((e) => e.name)).toEqual(expectedNames);
    const record = JSON.parse(entries[0]?.data.toString('utf8') ?? '{}') as Export;
    expect(record.format).toBe('binder-record/1');
    expect(record.student.id).toBe(studentId);
    expect(record.letters).toHaveLength(2);
    const readme = entries.find((e) => e.name === 'README.txt')?.data.toString('utf8') ?? '';
    expect(readme).toContain('Binder record of Zoë Okafor');
    expect(readme).toContain('The 2 letter(s)');
  });

  it('is for the family: the co-parent may, the advocate and school staff get 404', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    expect(
      (await coParent.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.json` })).statusCode,
    ).toBe(200);
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    await grantAccess(t.database, studentId, advocate.id, 'advocate');
    const staff = await signUp(t.app, { name: 'Priya Patel', email: 'priya@example.org' });
    await grantAccess(t.database, studentId, staff.id, 'school-staff');
    for (const person of [advocate, staff]) {
      for (const format of ['json', 'zip']) {
        const response = await person.inject({ method: 'GET', url: `/api/v1/students/${studentId}/export.${format}` });
        expect(response.statusCode).toBe(404);
      }
    }
  });
});

/** Every table in the database with the columns of each (our schema only, on PostgreSQL). */
async function allTables(): Promise<{ name: string; columns: string[] }[]> {
  const db = t.database.db;
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  let schema: string | undefined;
  if (t.database.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    schema = rows[0]?.schema;
  }
  return tables
    .filter((table) => !table.isView && (schema === undefined || table.schema === schema))
    .map((table) => ({ name: table.name, columns: table.columns.map((c) => c.name) }));
}

/** The tables where any column, read as text, contains any of `needles`. */
async function tablesMentioning(needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await allTables()) {
    let hits = 0;
    for (const column of table.columns) {
      for (const needle of needles) {
        const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}
          where cast(${sql.ref(column)} as text) like ${`%${needle}%`}`.execute(t.database.db);
        hits += Number(rows[0]?.n ?? 0);
      }
    }
    if (hits > 0) found.push(table.name);
  }
  return found.sort();
}

function deleteChild(by: TestUser, id: string, confirmGivenName: string) {
  return by.inject({ method: 'DELETE', url: `/api/v1/students/${id}`, payload: { confirmGivenName } });
}

describe('deleting a child’s whole record', () => {
  const everyChildTable = [
    'calendar_feeds',
    'case_events',
    'communications',
    'deadline_computations',
    'derived_deadlines',
    'guide_answers',
    'invitations',
    'letters',
    'meetings',
    'phase_changes',
    'plan_versions',
    'plans',
    'progress_points',
    'record_history',
    'service_logs',
    'student_access',
    'student_calendars',
    'student_comments',
    'students',
  ];

  it('removes every row about the child from every table; only the audit trail still names the child', async () => {
    const sibling = await addOwnedChild(t.database, owner.id, { givenName: 'Kelechi', familyId });
    await fillRecord(t.database, sibling.studentId, owner.id);
    const needles = [studentId, filled.planId, ...filled.letterIds];
    // plan_versions rows name the plan, not the child: the plan's id is searched for too.
    expect(await tablesMentioning(needles)).toEqual(everyChildTable);

    const response = await deleteChild(owner, studentId, 'Zoë');
    expect(response.statusCode).toBe(204);
    expect(await tablesMentioning(needles)).toEqual(['audit_entries']);
    const [entry] = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('route', '=', 'DELETE /api/v1/students/:id')
      .execute();
    expect(entry).toMatchObject({
      student_id: studentId,
      entity: 'whole-record',
      action: 'delete',
      outcome: 'allowed',
    });
    expect((await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` })).statusCode).toBe(404);

    // The sibling and the family stay; deleting the last child removes the family too.
    expect(await tablesMentioning([sibling.studentId])).toEqual(
      expect.arrayContaining(['plans', 'students', 'letters']),
    );
    const families = () => t.database.db.selectFrom('families').select('id').where('id', '=', familyId).execute();
    expect(await families()).toHaveLength(1);
    expect((await deleteChild(owner, sibling.studentId, 'Kelechi')).statusCode).toBe(204);
    expect(await families()).toHaveLength(0);
  });

  it('needs the child’s given name typed again (400 naming confirmGivenName; nothing deleted)', async () => {
    for (const confirmGivenName of ['Zoe', 'Amara']) {
      const response = await deleteChild(owner, studentId, confirmGivenName);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'invalid-input', issues: [{ field: 'confirmGivenName' }] },
      });
    }
    const missing = await owner.inject({ method: 'DELETE', url: `/api/v1/students/${studentId}`, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { issues: [{ field: 'confirmGivenName' }] } });
    expect(await tablesMentioning([studentId])).toEqual(expect.arrayContaining(['plans', 'students', 'letters']));
  });

  it('is for the owner only: a co-parent gets 404 and nothing changes', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    expect((await deleteChild(coParent, studentId, 'Zoë')).statusCode).toBe(404);
    const student = await t.database.db.selectFrom('students').select('id').where('id', '=', studentId).execute();
    expect(student).toHaveLength(1);
  });
});
