import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { translationHeading } from '../documents/letter-pdf';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { hasPoppler, pdfText } from '../../test/helpers/pdf-tools';
import { share } from '../../test/helpers/route-matrix';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

// Issue 22: a parent who reads Vietnamese, Chinese or Arabic sends the letter in English and reads, side by
// side, the same letter composed again in their language (docs/decisions/0045). The translation is read
// through the child's path, by the family and their advocate only, and every read is audited. Fictional people.

let t: SignedInTestApp;
let advocate: TestUser;
let staff: TestUser;
let studentId: string;
let otherStudentId: string;
let letterId: string;

const INPUT = buildLetterInput('evaluation-request', { date: '2026-11-02' });
const composedFrom = { jurisdiction: 'TX', input: INPUT };

async function addStudent(givenName: string): Promise<string> {
  const response = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName, familyName: 'Ortiz', birthDate: '2016-03-14', jurisdiction: 'TX', grade: '4' },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

/** The letter as composed, without what the editor does not send back. */
async function composed(input: unknown = INPUT): Promise<Record<string, unknown>> {
  const answer = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/letters/compose',
    payload: { jurisdiction: 'TX', input },
  });
  expect(answer.statusCode, answer.body).toBe(200);
  const { plainText: _plain, impliedEvent: _event, ...content } = answer.json<Record<string, unknown>>();
  return content;
}

async function send(student: string, payload: Record<string, unknown>): Promise<string> {
  const sent = await t.owner.inject({ method: 'POST', url: `/api/v1/students/${student}/letters`, payload });
  expect(sent.statusCode, sent.body).toBe(201);
  return sent.json<{ id: string }>().id;
}

const translationUrl = (student: string, letter: string, language: string, pdf = false) =>
  `/api/v1/students/${student}/letters/${letter}/translation${pdf ? '.pdf' : ''}?language=${language}`;

const read = (user: TestUser, url: string) => user.inject({ method: 'GET', url });

/** Arabic as pdftotext reads it back, without what it gets wrong in right-to-left lines (docs/decisions/0046). */
function squash(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e]/gu, '')
    .replace(/[\u064b-\u065f\u0670]/gu, '')
    .replace(/ل([اأإآ])/gu, '$1ل')
    .replace(/[\s():،.؛—]/gu, '');
}

beforeAll(async () => {
  t = await createSignedInTestApp();
  advocate = await signUp(t.app, { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@example.org' });
  staff = await signUp(t.app, { name: 'Kwame Mensah', email: 'kwame.mensah@example.org' });
  studentId = await addStudent('Maya');
  otherStudentId = await addStudent('Leo');
  await share(t.owner, studentId, advocate, 'advocate');
  await share(t.owner, studentId, staff, 'school-staff');
  letterId = await send(studentId, { ...(await composed()), composedFrom });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("a sent letter's translation for reading", () => {
  it.each(['vi', 'zh-Hans', 'ar'] as const)(
    'reads in %s: other words, the same child and paragraphs',
    async (language) => {
      const english = await read(t.owner, `/api/v1/letters/${letterId}`);
      const letter = english.json<{ letter: { subject: string; paragraphs: unknown[] } }>().letter;
      const answer = await read(t.owner, translationUrl(studentId, letterId, language));
      expect(answer.statusCode, answer.body).toBe(200);
      const translation = answer.json<{
        language: string;
        translationOf: string;
        subject: string;
        plainText: string;
        paragraphs: unknown[];
      }>();
      expect(translation).toMatchObject({ language, translationOf: 'en', kind: 'evaluation-request' });
      expect(translation.subject).not.toBe(letter.subject);
      expect(translation.subject).toContain('Maya Ortiz');
      expect(translation.plainText).toContain('Maya Ortiz');
      expect(translation.paragraphs).toHaveLength(letter.paragraphs.length);
    },
  );

  it('is read by the advocate the family shares with, not by school staff', async () => {
    expect((await read(advocate, translationUrl(studentId, letterId, 'vi'))).statusCode).toBe(200);
    expect((await read(advocate, translationUrl(studentId, letterId, 'ar', true))).statusCode).toBe(200);
    // Refused as a record that does not exist (docs/decisions/0008), for the JSON and the PDF alike.
    const refused = await read(staff, translationUrl(studentId, letterId, 'vi'));
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await read(staff, translationUrl(studentId, letterId, 'ar', true))).statusCode).toBe(404);
  });

  it('leaves an audit entry naming the child and the letter', async () => {
    const before = await lastAuditSeq(t.database.db);
    expect((await read(t.owner, translationUrl(studentId, letterId, 'zh-Hans'))).statusCode).toBe(200);
    const entries = await auditEntriesAfter(t.database.db, before);
    expect(entries).toEqual([
      expect.objectContaining({
        studentId,
        entity: 'letter',
        entityId: letterId,
        action: 'read',
        outcome: 'allowed',
        route: 'GET /api/v1/students/:id/letters/:letterId/translation',
      }),
    ]);
  });

  it.each(['en', 'fr', 'zh-Hant'])('answers 400 naming `language` for %s', async (language) => {
    const answer = await read(t.owner, translationUrl(studentId, letterId, language));
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('language');
  });

  it("answers 404 for another child's letter under this child's path, as for an unknown id", async () => {
    const othersLetter = await send(otherStudentId, { ...(await composed()), composedFrom });
    const theirs = await read(t.owner, translationUrl(studentId, othersLetter, 'vi'));
    const unknown = await read(t.owner, translationUrl(studentId, '00000000-0000-4000-8000-000000000000', 'vi'));
    expect(theirs.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(theirs.json()).toEqual(unknown.json());
  });

  it('answers 409 for a letter kept without the details it was written from', async () => {
    const bare = await send(otherStudentId, await composed(buildLetterInput('iep-meeting-request')));
    const answer = await read(t.owner, translationUrl(otherStudentId, bare, 'vi'));
    expect(answer.statusCode).toBe(409);
    expect(JSON.stringify(answer.json())).toContain('letterId');
  });

  it('refuses to keep details of another kind or language than the letter (400 naming the field)', async () => {
    const letter = await composed(buildLetterInput('records-request'));
    for (const [input, field] of [
      [buildLetterInput('iee-request'), 'composedFrom.input.kind'],
      [buildLetterInput('records-request', { language: 'es' }), 'composedFrom.input.language'],
    ] as const) {
      const answer = await t.owner.inject({
        method: 'POST',
        url: `/api/v1/students/${otherStudentId}/letters`,
        payload: { ...letter, composedFrom: { jurisdiction: 'TX', input } },
      });
      expect(answer.statusCode).toBe(400);
      expect(JSON.stringify(answer.json())).toContain(field);
    }
  });

  it.runIf(hasPoppler())('as a PDF in Chinese: headed as a translation, naming the child', async () => {
    const answer = await read(t.owner, translationUrl(studentId, letterId, 'zh-Hans', true));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('application/pdf');
    const text = pdfText(answer.rawPayload);
    expect(text).toContain(translationHeading('zh-Hans'));
    expect(text).toContain('申请特殊教育初始评估');
    expect(text).toContain('Maya Ortiz');
  });

  it.runIf(hasPoppler())('as a PDF in Arabic: headed as a translation, naming the child', async () => {
    const answer = await read(t.owner, translationUrl(studentId, letterId, 'ar', true));
    expect(answer.statusCode).toBe(200);
    const text = squash(pdfText(answer.rawPayload));
    expect(text).toContain(squash(translationHeading('ar')));
    expect(text).toContain(squash('طلب تقييم أولي للتعليم الخاص'));
    expect(text).toContain('MayaOrtiz');
  });
});

describe('a draft read in another language before sending', () => {
  const draft = (language: string, input: unknown = INPUT) =>
    t.owner.inject({
      method: 'POST',
      url: '/api/v1/letters/compose/translation',
      payload: { jurisdiction: 'TX', input, language },
    });

  it('answers the letter the details compose, in the reading language, and keeps nothing', async () => {
    const before = await lastAuditSeq(t.database.db);
    const answer = await draft('vi');
    expect(answer.statusCode, answer.body).toBe(200);
    const translation = answer.json<{ language: string; translationOf: string; subject: string }>();
    expect(translation).toMatchObject({ language: 'vi', translationOf: 'en' });
    expect(translation.subject).toContain('Yêu cầu đánh giá ban đầu');
    expect(translation.subject).toContain('Maya Ortiz');
    expect(await auditEntriesAfter(t.database.db, before)).toEqual([]);
  });

  it.each(['en', 'fr'])('answers 400 naming `language` for %s', async (language) => {
    const answer = await draft(language);
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('language');
  });

  it('answers 400 naming the field for bad details', async () => {
    const answer = await draft('ar', { ...INPUT, date: '11/2/2026' });
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('date');
  });
});
