import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, SearchResult } from '../../core/schemas/document';
import { ocrTools } from '../documents/extract-text';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { docxOf, multipartBody, schoolPdf } from '../../test/helpers/multipart';
import { readZip } from '../../test/helpers/read-zip';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import type { TestUser } from '../../test/helpers/test-users';

// Issue 19, points 1 and 2: documents kept by their bytes' hash, served only as downloads, their words
// extracted off the request and searched with the rest of the record, on SQLite and (with
// BINDER_TEST_POSTGRES_URL) PostgreSQL. Every person, child and school here is fictional.

let t: SignedInTestApp;
let studentId: string;
let meetingId: string;

async function addChild(user: TestUser, givenName: string): Promise<string> {
  const response = await user.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName, familyName: 'Okafor', birthDate: '2016-03-14', jurisdiction: 'CA', grade: '4' },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

function upload(
  child: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  fields: Record<string, string> = {},
  user: TestUser = t.owner,
) {
  const body = multipartBody({ kind: 'iep', date: '2026-10-14', title: 'IEP from the school', ...fields }, file);
  return user.inject({ method: 'POST', url: `/api/v1/students/${child}/documents`, ...body });
}

function bytesPath(sha256: string): string {
  return join(t.config.dataDir, 'documents', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

async function rowCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('documents')
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function documentOf(id: string): Promise<Document> {
  return (await t.owner.inject({ method: 'GET', url: `/api/v1/documents/${id}` })).json<Document>();
}

/** One record of each kind a document can be linked to, made for `child`, by kind. */
async function recordsOf(child: string): Promise<Record<'event' | 'meeting' | 'letter' | 'communication', string>> {
  const post = async (path: string, payload: Record<string, unknown>) => {
    const response = await t.owner.inject({ method: 'POST', url: `/api/v1/students/${child}/${path}`, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const composed = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/letters/compose',
    payload: { jurisdiction: 'CA', input: buildLetterInput('evaluation-request', { date: '2026-09-08' }) },
  });
  const { plainText: _plain, impliedEvent: _event, ...letter } = composed.json<Record<string, unknown>>();
  return {
    event: await post('events', { type: 'evaluation-consent-received', date: '2026-09-15' }),
    meeting: await post('meetings', {
      date: '2026-10-01',
      framework: 'iep',
      purpose: 'annual',
      attendees: [{ name: 'Parent', role: 'parent' }],
    }),
    letter: await post('letters', letter),
    communication: await post('communications', {
      date: '2026-09-02',
      channel: 'email',
      direction: 'to-school',
      counterpart: 'Ms. Lindqvist, case manager',
      subject: 'Evaluation timeline',
    }),
  };
}

async function search(child: string, q: string, language = 'en'): Promise<SearchResult> {
  const response = await t.owner.inject({
    method: 'GET',
    url: `/api/v1/students/${child}/search?q=${encodeURIComponent(q)}&language=${language}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchResult>();
}

beforeAll(async () => {
  t = await createSignedInTestApp();
  studentId = await addChild(t.owner, 'Amara');
  const meeting = await t.owner.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/meetings`,
    payload: {
      date: '2026-10-14',
      framework: 'iep',
      purpose: 'annual',
      attendees: [{ name: 'Parent', role: 'parent' }],
    },
  });
  expect(meeting.statusCode).toBe(201);
  meetingId = meeting.json<{ id: string }>().id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

// Generous time: the first extraction starts a worker thread (tsx, pdf.js), and two cores are shared by all tests.
describe('documents', { timeout: 120_000 }, () => {
  it('keeps an IEP PDF linked to its meeting, finds it by a word on page 2, downloads it, and deletes its bytes', async () => {
    const pdf = await schoolPdf([
      'Individualized Education Program for Amara Okafor (fictional). Present levels follow.',
      'Accommodations: extended time and a quiet room. Speech therapy thirty minutes weekly with Ms. Quillfeather.',
    ]);
    const created = await upload(
      studentId,
      { name: 'IEP 2026.pdf', bytes: pdf, type: 'application/pdf' },
      { links: JSON.stringify([{ kind: 'meeting', id: meetingId }]) },
    );
    expect(created.statusCode, created.body).toBe(201);
    const document = created.json<Document>();
    expect(document).toMatchObject({
      kind: 'iep',
      date: '2026-10-14',
      title: 'IEP from the school',
      fileName: 'IEP 2026.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      textStatus: 'pending',
      links: [{ kind: 'meeting', id: meetingId }],
    });
    expect(readFileSync(bytesPath(document.sha256))).toEqual(pdf);

    await t.app.documentTextsIdle();
    expect((await documentOf(document.id)).textStatus).toBe('done');

    const found = await search(studentId, 'quillfeather');
    const hit = found.hits.find((h) => h.id === document.id);
    expect(hit?.source).toBe('document');
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toContain('quillfeather');

    const list = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/documents` });
    expect(list.json<{ documents: Document[]; quota: { usedBytes: number } }>().quota.usedBytes).toBe(pdf.length);

    const download = await t.owner.inject({ method: 'GET', url: `/api/v1/documents/${document.id}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="IEP-2026.pdf"');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.rawPayload).toEqual(pdf);

    const audited = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('student_id', '=', studentId)
      .where('entity', '=', 'document')
      .execute();
    expect(audited.map((entry) => entry.action)).toEqual(expect.arrayContaining(['write', 'read']));
    expect(audited.length).toBeGreaterThanOrEqual(5);

    const deleted = await t.owner.inject({ method: 'DELETE', url: `/api/v1/documents/${document.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(existsSync(bytesPath(document.sha256))).toBe(false);
    expect((await t.owner.inject({ method: 'GET', url: `/api/v1/documents/${document.id}/file` })).statusCode).toBe(
      404,
    );
    expect((await search(studentId, 'quillfeather')).hits).toEqual([]);
  });

  it('stores the same file once and keeps its bytes until the last document using them is deleted', async () => {
    const text = Buffer.from('Prior written notice (fictional): the district proposes a reevaluation.\n');
    const first = (
      await upload(studentId, { name: 'notice.txt', bytes: text }, { kind: 'prior-written-notice' })
    ).json<Document>();
    const second = (
      await upload(studentId, { name: 'copy.txt', bytes: text }, { kind: 'prior-written-notice' })
    ).json<Document>();
    expect(second.sha256).toBe(first.sha256);
    await t.owner.inject({ method: 'DELETE', url: `/api/v1/documents/${first.id}` });
    expect(existsSync(bytesPath(first.sha256))).toBe(true);
    await t.owner.inject({ method: 'DELETE', url: `/api/v1/documents/${second.id}` });
    expect(existsSync(bytesPath(first.sha256))).toBe(false);
  });

  it('refuses bad input with 400 or 413 naming the reason, writes nothing, or stores the file safely', async () => {
    const before = await rowCount();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);
    const refusals = [
      {
        what: 'an executable renamed .pdf',
        file: { name: 'iep.pdf', bytes: elf, type: 'application/pdf' },
        status: 400,
        says: 'application/x-elf',
        code: 'file-type-not-kept',
      },
      {
        what: 'a 26 MB file',
        file: { name: 'big.pdf', bytes: Buffer.alloc(26 * 1024 * 1024, 0x41) },
        status: 413,
        says: '25 MB',
        code: 'file-too-large',
      },
      {
        what: 'an empty file',
        file: { name: 'empty.pdf', bytes: Buffer.alloc(0) },
        status: 400,
        says: 'empty',
        code: 'file-empty',
      },
      {
        what: 'a ZIP bomb in a DOCX',
        file: {
          name: 'bomb.docx',
          bytes: docxOf(['Hello'], [{ name: 'word/media/bomb.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]),
        },
        status: 400,
        says: 'ZIP bomb',
        code: 'file-unsafe',
      },
    ];
    for (const refusal of refusals) {
      const response = await upload(studentId, refusal.file);
      expect(response.statusCode, refusal.what).toBe(refusal.status);
      const error = response.json<{ error: { message: string; issues?: { field: string; code?: string }[] } }>().error;
      expect(error.issues?.[0]?.field, refusal.what).toBe('file');
      expect(error.issues?.[0]?.code, refusal.what).toBe(refusal.code);
      expect(error.message, refusal.what).toContain(refusal.says);
    }
    expect(await rowCount()).toBe(before);

    // A PDF with a script that would run when opened: kept, but only ever downloaded, never shown in Binder's origin.
    const scripted = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n' +
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n' +
        '4 0 obj << /S /JavaScript /JS (app.alert("fictional")) >> endobj\n' +
        'trailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const kept = await upload(studentId, { name: '../../x', bytes: scripted });
    expect(kept.statusCode, kept.body).toBe(201);
    const scriptedDocument = kept.json<Document>();
    expect(scriptedDocument).toMatchObject({ fileName: 'x', mediaType: 'application/pdf' });
    const download = await t.owner.inject({ method: 'GET', url: `/api/v1/documents/${scriptedDocument.id}/file` });
    expect(download.headers['content-disposition']).toBe('attachment; filename="x.pdf"');
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const controls = await upload(studentId, {
      name: 'report\u0007\u202e\u0001card.txt',
      bytes: Buffer.from('Report card (fictional)\n'),
    });
    expect(controls.statusCode).toBe(201);
    expect(controls.json<Document>().fileName).toBe('reportcard.txt');
    expect(await rowCount()).toBe(before + 2);
    await t.app.documentTextsIdle();
  });

  it('names the field of a bad detail (400) or a link to another child’s record (404), and refuses JSON bodies (415)', async () => {
    const bytes = Buffer.from('Medical note (fictional)\n');
    const badKind = await upload(studentId, { name: 'n.txt', bytes }, { kind: 'horoscope' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('kind');
    const badDate = await upload(studentId, { name: 'n.txt', bytes }, { date: '14/10/2026' });
    expect(badDate.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('date');

    const otherChild = await addChild(t.owner, 'Bisi');
    const otherMeeting = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${otherChild}/meetings`,
      payload: {
        date: '2026-10-01',
        framework: 'iep',
        purpose: 'annual',
        attendees: [{ name: 'Parent', role: 'parent' }],
      },
    });
    const foreignLink = await upload(
      studentId,
      { name: 'n.txt', bytes },
      {
        links: JSON.stringify([{ kind: 'meeting', id: otherMeeting.json<{ id: string }>().id }]),
      },
    );
    expect(foreignLink.statusCode).toBe(404);
    expect(foreignLink.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('links[0].id');

    const json = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/documents`,
      payload: { kind: 'iep', date: '2026-10-14', title: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const noFile = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/documents`,
      ...multipartBody({ kind: 'iep', date: '2026-10-14', title: 'x' }),
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json<{ error: { issues: { field: string; code?: string }[] } }>().error.issues[0]).toMatchObject({
      field: 'file',
      code: 'file-missing',
    });
    const otherField = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/documents`,
      ...multipartBody(
        { kind: 'iep', date: '2026-10-14', title: 'x' },
        { name: 'n.txt', bytes: Buffer.from('Note (fictional)\n'), field: 'attachment' },
      ),
    });
    expect(otherField.statusCode).toBe(400);
    expect(otherField.json<{ error: { issues: { field: string; code?: string }[] } }>().error.issues[0]).toMatchObject({
      field: 'attachment',
      code: 'one-file-at-a-time',
    });
  });

  it('links a document to its own child’s event, meeting, letter and communication, and refuses each kind of another child’s record by naming the link (404), on upload and on correction', async () => {
    const child = await addChild(t.owner, 'Efe');
    const other = await addChild(t.owner, 'Folake');
    const own = await recordsOf(child);
    const foreign = await recordsOf(other);
    const bytes = Buffer.from('Evaluation consent form (fictional)\n');
    const links = (['event', 'meeting', 'letter', 'communication'] as const).map((kind) => ({ kind, id: own[kind] }));
    const linked = await upload(child, { name: 'consent.txt', bytes }, { links: JSON.stringify(links) });
    expect(linked.statusCode, linked.body).toBe(201);
    const document = linked.json<Document>();
    expect(document.links).toEqual(links);
    for (const kind of ['event', 'meeting', 'letter', 'communication'] as const) {
      const wrong = [...links.filter((link) => link.kind !== kind), { kind, id: foreign[kind] }];
      const refused = await upload(child, { name: 'consent.txt', bytes }, { links: JSON.stringify(wrong) });
      expect(refused.statusCode, kind).toBe(404);
      expect(refused.json<{ error: { issues: { field: string; message: string }[] } }>().error.issues[0], kind).toEqual(
        { field: 'links[3].id', message: `not a ${kind} of this child` },
      );
      const revised = await t.owner.inject({
        method: 'PUT',
        url: `/api/v1/documents/${document.id}`,
        payload: { kind: 'evaluation', date: '2026-09-15', title: 'Consent', links: wrong },
      });
      expect(revised.statusCode, kind).toBe(404);
      expect(revised.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field, kind).toBe(
        'links[3].id',
      );
    }
    expect((await documentOf(document.id)).links).toEqual(links);
    const badKind = await t.owner.inject({
      method: 'PUT',
      url: `/api/v1/documents/${document.id}`,
      payload: { kind: 'evaluation', date: '2026-09-15', title: 'Consent', links: [{ kind: 'note', id: own.event }] },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('links[0].kind');
    await t.app.documentTextsIdle();
  });

  it('corrects a document’s details and links, with history', async () => {
    const created = (
      await upload(studentId, { name: 'eval.txt', bytes: Buffer.from('Evaluation summary (fictional)\n') })
    ).json<Document>();
    const revised = await t.owner.inject({
      method: 'PUT',
      url: `/api/v1/documents/${created.id}`,
      payload: {
        kind: 'evaluation',
        date: '2026-09-30',
        title: 'Evaluation report',
        links: [{ kind: 'meeting', id: meetingId }],
      },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json<Document>()).toMatchObject({ kind: 'evaluation', title: 'Evaluation report' });
    const history = await t.owner.inject({ method: 'GET', url: `/api/v1/documents/${created.id}/history` });
    expect(history.json<{ history: unknown[] }>().history).toHaveLength(2);
  });

  it('reads DOCX and plain text; keeps HEIC unread; searches notes, communications, letters and plans too', async () => {
    const child = await addChild(t.owner, 'Chidi');
    const docx = (
      await upload(child, {
        name: 'report.docx',
        bytes: docxOf(['Quarterly progress: Chidi read 48 words per minute with marimbas.', 'Second line.']),
      })
    ).json<Document>();
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const heicHeader = Buffer.from([
      0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 0x6d, 0x69, 0x66, 0x31, 0x68, 0x65,
      0x69, 0x63,
    ]);
    const heic = (
      await upload(child, { name: 'photo.heic', bytes: Buffer.concat([heicHeader, Buffer.alloc(200)]) })
    ).json<Document>();
    expect(heic.mediaType).toBe('image/heic');
    await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${child}/comments`,
      payload: { body: 'Ask about the marimbas club at pickup.' },
    });
    await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${child}/communications`,
      payload: {
        date: '2026-09-02',
        channel: 'email',
        direction: 'to-school',
        subject: 'Marimbas and reading',
        summary: 'Asked the teacher (fictional).',
      },
    });
    await t.app.documentTextsIdle();
    expect((await documentOf(docx.id)).textStatus).toBe('done');
    expect(await documentOf(heic.id)).toMatchObject({ textStatus: 'not-searchable', textNote: 'heic' });
    const sources = (await search(child, 'marimbas')).hits.map((hit) => hit.source).sort();
    expect(sources).toEqual(['communication', 'document', 'note']);
  });

  it('searches Spanish words in the Spanish configuration', async () => {
    const child = await addChild(t.owner, 'Dolores');
    await upload(child, {
      name: 'evaluacion.txt',
      bytes: Buffer.from('Resumen de las evaluaciones del distrito escolar (ficticio).\n'),
    });
    await t.app.documentTextsIdle();
    const hits = (await search(child, 'evaluación', 'es')).hits;
    expect(hits.map((hit) => hit.source)).toEqual(['document']);
  });

  it('searches word for word for a reader of Vietnamese, Chinese or Arabic, and refuses another language', async () => {
    const child = await addChild(t.owner, 'Thảo');
    await upload(child, {
      name: 'speech.txt',
      bytes: Buffer.from('Speech therapy minutes were missed in October (fictional).\n'),
    });
    await t.app.documentTextsIdle();
    for (const language of ['vi', 'zh-Hans', 'ar']) {
      const hits = (await search(child, 'speech', language)).hits;
      expect(
        hits.map((hit) => hit.source),
        language,
      ).toEqual(['document']);
    }
    const refused = await t.owner.inject({
      method: 'GET',
      url: `/api/v1/students/${child}/search?q=speech&language=fr`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { message: 'language: expected one of en, es, vi, zh-Hans, ar' } });
  });

  it.skipIf(!ocrTools().tesseract || !ocrTools().pdftoppm)(
    'reads a photographed page with tesseract',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'binder-ocr-test-'));
      try {
        const pdfFile = join(folder, 'page.pdf');
        execFileSync('sh', ['-c', 'cat > "$0"', pdfFile], {
          input: await schoolPdf(['NOTICE OF MEETING\n\nThe team will meet about reading services.']),
        });
        execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdfFile, join(folder, 'page')]);
        const png = readFileSync(join(folder, 'page.png'));
        const child = await addChild(t.owner, 'Emeka');
        const photo = (await upload(child, { name: 'notice.png', bytes: png })).json<Document>();
        expect(photo.mediaType).toBe('image/png');
        await t.app.documentTextsIdle();
        expect((await documentOf(photo.id)).textStatus).toBe('done');
        expect((await search(child, 'meeting')).hits.map((hit) => hit.id)).toEqual([photo.id]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    120_000,
  );

  it('puts documents in the export and removes their bytes with the whole record', async () => {
    const child = await addChild(t.owner, 'Femi');
    const pdf = await schoolPdf(['Report card (fictional): Femi, grade 4.']);
    const document = (
      await upload(child, { name: 'report-card.pdf', bytes: pdf }, { kind: 'report-card' })
    ).json<Document>();
    await t.app.documentTextsIdle();
    const json = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${child}/export.json` })).json<{
      documents: { id: string; text: string }[];
    }>();
    expect(json.documents.map((d) => d.id)).toEqual([document.id]);
    expect(json.documents[0]?.text).toContain('Report card');
    const zip = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${child}/export.zip` });
    const entry = readZip(zip.rawPayload).find((e) => e.name === `documents/${document.id}.pdf`);
    expect(entry?.data).toEqual(pdf);

    const deleted = await t.owner.inject({
      method: 'DELETE',
      url: `/api/v1/students/${child}`,
      payload: { confirmGivenName: 'Femi' },
    });
    expect(deleted.statusCode).toBe(204);
    expect(existsSync(bytesPath(document.sha256))).toBe(false);
  });
});

describe('the family quota', { timeout: 120_000 }, () => {
  it('refuses an upload beyond it with 413 and keeps nothing', async () => {
    const small = await createSignedInTestApp({ config: { familyQuotaBytes: 100 } });
    try {
      const child = (
        await small.owner.inject({
          method: 'POST',
          url: '/api/v1/students',
          payload: { givenName: 'Gozie', familyName: 'Okafor', jurisdiction: 'CA' },
        })
      ).json<{ id: string }>().id;
      const form = (text: string) =>
        multipartBody(
          { kind: 'other', date: '2026-10-14', title: 'Note' },
          { name: 'n.txt', bytes: Buffer.from(text) },
        );
      const first = await small.owner.inject({
        method: 'POST',
        url: `/api/v1/students/${child}/documents`,
        ...form('a'.repeat(60)),
      });
      expect(first.statusCode).toBe(201);
      const second = await small.owner.inject({
        method: 'POST',
        url: `/api/v1/students/${child}/documents`,
        ...form('b'.repeat(60)),
      });
      expect(second.statusCode).toBe(413);
      expect(second.json<{ error: { issues: { field: string; code?: string }[] } }>().error.issues[0]).toMatchObject({
        field: 'file',
        code: 'family-space-full',
      });
      const stored = await small.database.db.selectFrom('documents').select('id').execute();
      expect(stored).toHaveLength(1);
      await small.app.documentTextsIdle();
    } finally {
      await small.close();
    }
  });
});
