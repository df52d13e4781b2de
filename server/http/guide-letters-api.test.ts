import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { hasCitation } from '../../core/law/rule-registry';
import { expectOnlyRefusedWrites, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { hasPoppler, inkOutside, pdfInfo, pdfText, renderFirstPage } from '../../test/helpers/pdf-tools';

let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
});
afterAll(async () => {
  await t.close();
});

async function addStudent(jurisdiction: string): Promise<string> {
  const response = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName: 'Maya', familyName: 'Ortiz', birthDate: '2016-03-14', jurisdiction, grade: '4' },
  });
  return response.json<{ id: string }>().id;
}

describe('the IEP-vs-504 comparison and the guide over HTTP', () => {
  it('shows the comparison for a state, with the state’s numbers from the rules data', async () => {
    const response = await t.owner.inject({ method: 'GET', url: '/api/v1/guide/comparison?jurisdiction=tx' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      facts: { jurisdiction: string; initialEvaluation: { count: number } };
      rows: { iep: { citation: string } }[];
    }>();
    expect(body.facts.jurisdiction).toBe('TX');
    expect(body.facts.initialEvaluation.count).toBe(45);
    expect(body.rows.length).toBeGreaterThan(10);
    expect(JSON.stringify(body.rows)).toContain('45');
    const bad = await t.owner.inject({ method: 'GET', url: '/api/v1/guide/comparison?jurisdiction=XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(
      /^jurisdiction: expected "US" or a two-letter state code/,
    );
  });

  it('runs the guide for a child offered a 504 plan who needs teaching, and saves the answers to the case', async () => {
    const studentId = await addStudent('TX');
    const answers = {
      schoolSaid: ['try-504-first'],
      needsSkillTaught: 'yes',
      needsChangedWork: 'yes',
      hasCondition: 'yes',
      progressWithSupports: 'falling-behind',
    };
    const run = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/guide',
      payload: { jurisdiction: 'TX', answers },
    });
    expect(run.statusCode, run.body).toBe(200);
    const result = run.json<{ leaning: string; suggestedLetter: string | null; disclaimer: { en: string } }>();
    expect(result.leaning).toBe('iep');
    expect(result.suggestedLetter).toBe('iep-evaluation-after-504');
    expect(result.disclaimer.en.length).toBeGreaterThan(0);

    const saved = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/guide`,
      payload: { answers },
    });
    expect(saved.statusCode).toBe(201);
    const latest = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/guide` });
    expect(latest.json<{ saved: { result: { leaning: string } } }>().saved.result.leaning).toBe(result.leaning);
    const bad = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/guide',
      payload: { answers: { favouriteColour: 'blue' } },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('letters over HTTP', () => {
  it('composes letter 2 in Spanish with the state timeline, and every law-stating paragraph cites the rules data', async () => {
    const input = buildLetterInput('iep-evaluation-after-504', { language: 'es' });
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/letters/compose',
      payload: { jurisdiction: 'TX', input },
    });
    expect(response.statusCode, response.body).toBe(200);
    const letter = response.json<{
      paragraphs: { text: string; citations: string[] }[];
      plainText: string;
      impliedEvent: unknown;
    }>();
    expect(letter.plainText).toContain('Maya Ortiz');
    expect(letter.plainText).toContain('45');
    expect(letter.impliedEvent).toEqual({ type: 'evaluation-requested', date: '2025-09-10', by: 'parent' });
    const cited = letter.paragraphs.flatMap((p) => p.citations);
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited) expect(hasCitation(citation), citation).toBe(true);
  });

  it.skipIf(!hasPoppler())(
    'renders an edited letter as a one-page US Letter PDF whose text is the family’s',
    async () => {
      const input = buildLetterInput('iep-evaluation-after-504', { language: 'es' });
      const composed = (
        await t.owner.inject({ method: 'POST', url: '/api/v1/letters/compose', payload: { jurisdiction: 'TX', input } })
      ).json<Record<string, unknown>>();
      const { plainText: _plain, impliedEvent: _event, ...content } = composed;
      const response = await t.owner.inject({ method: 'POST', url: '/api/v1/letters/pdf', payload: content });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.rawPayload;
      const info = pdfInfo(pdf);
      expect(info['Page size']).toMatch(/^612 x 792 pts/);
      const text = pdfText(pdf);
      expect(text).toContain('Lucía Ortiz');
      expect(text).toContain('Maya Ortiz');
      expect(text).toContain('10 de septiembre de 2025');
      expect(text).toContain('Tex. Educ. Code 29.004');
      // Nothing drawn within half an inch of the left and right edges, or a quarter inch of top and bottom.
      expect(inkOutside(renderFirstPage(pdf), 25)).toBe(0);
    },
  );

  it('keeps a sent letter, records the evaluation request that starts the clock, and logs it', async () => {
    const studentId = await addStudent('TX');
    const input = buildLetterInput('evaluation-request', { date: '2026-11-02' });
    const composed = (
      await t.owner.inject({ method: 'POST', url: '/api/v1/letters/compose', payload: { jurisdiction: 'TX', input } })
    ).json<Record<string, unknown>>();
    const { plainText: _plain, impliedEvent: _event, ...content } = composed;
    const sent = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/letters`,
      payload: content,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const events = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` })).json<{
      events: { source: string; event: unknown }[];
    }>().events;
    expect(events.map((e) => e.event)).toEqual([{ type: 'evaluation-requested', date: '2026-11-02', by: 'parent' }]);
    const log = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/communications` })).json<{
      communications: { channel: string; date: string }[];
    }>();
    expect(log.communications).toMatchObject([{ channel: 'letter', date: '2026-11-02' }]);
    const letters = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/letters` })).json<{
      letters: { id: string }[];
    }>();
    expect(letters.letters).toHaveLength(1);
    const pdf = await t.owner.inject({ method: 'GET', url: `/api/v1/letters/${letters.letters[0]?.id ?? ''}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('composes the compensatory services letter in Spanish with the minutes owed, keeps it when sent, records no event', async () => {
    const studentId = await addStudent('TX');
    const input = buildLetterInput('compensatory-services', {
      language: 'es',
      date: '2026-12-31',
      owedAsOf: '2026-12-31',
    });
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/letters/compose',
      payload: { jurisdiction: 'TX', input },
    });
    expect(response.statusCode, response.body).toBe(200);
    const composed = response.json<Record<string, unknown> & { plainText: string; impliedEvent: unknown }>();
    expect(composed.plainText).toContain('servicios compensatorios por estos 142 minutos');
    expect(composed.plainText).toContain('34 CFR 300.323(c)(2)');
    expect(composed.impliedEvent).toBeNull();
    const { plainText: _plain, impliedEvent: _event, ...content } = composed;
    const sent = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/letters`,
      payload: content,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const events = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
    expect(events.json<{ events: unknown[] }>().events).toEqual([]);
    const log = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/communications` })).json<{
      communications: { channel: string; date: string }[];
    }>();
    expect(log.communications).toMatchObject([{ channel: 'letter', date: '2026-12-31' }]);
    const letters = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/letters` })).json<{
      letters: { id: string }[];
    }>();
    const pdf = await t.owner.inject({ method: 'GET', url: `/api/v1/letters/${letters.letters[0]?.id ?? ''}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the bad field of a letter and writes nothing', async () => {
    const studentId = await addStudent('TX');
    const seq = await lastAuditSeq(t.database.db);
    const bad = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/letters`,
      payload: { kind: 'evaluation-request', language: 'en', date: '2026-13-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toBe(
      'date: expected YYYY-MM-DD, got "2026-13-01"',
    );
    const events = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` })).json<{
      events: unknown[];
    }>();
    expect(events.events).toEqual([]);
    await expectOnlyRefusedWrites(t.database.db, seq, 1);
  });
});
