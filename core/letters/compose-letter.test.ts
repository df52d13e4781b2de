import { describe, expect, it } from 'vitest';
import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import { FEDERAL_FACTS, NEW_HAMPSHIRE_FACTS, TEXAS_FACTS, VIRGINIA_FACTS } from '../guide/jurisdiction-facts-builder';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../schemas/letters';
import type { LetterKind, LetterLanguage } from '../schemas/letters';
import { composeLetter } from './compose-letter';
import type { Letter } from './letter';
import { buildLetterInput } from './letter-input-builder';
import { letterPlainText } from './letter-plain-text';

const ALL = LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => [kind, language] as const));

function letter(kind: LetterKind, language: LetterLanguage, facts: JurisdictionFacts = TEXAS_FACTS): Letter {
  return composeLetter({ ...buildLetterInput(kind), language }, facts);
}

/** Words that mean a paragraph states law (a rule, a right, a duty), in either language. */
const STATES_LAW =
  /\b(CFR|U\.S\.C\.|Code|law|regulations?|must|right to|required|ley|normas|reglamento|debe|derecho|tiene \d+)\b/i;

function allCitations(l: Letter): string[] {
  return l.paragraphs.flatMap((paragraph) => paragraph.citations);
}

describe('composeLetter: every kind, both languages', () => {
  it.each(ALL)('%s (%s) names the people, dates, school and district', (kind, language) => {
    const l = letter(kind, language);
    const text = l.plainText;
    expect(text).toContain('Lucía Ortiz');
    expect(text).toContain('Maya Ortiz');
    expect(text).toContain('Lincoln Elementary');
    expect(text).toContain('Riverbend Unified School District');
    expect(text).toContain('Dana Whitfield');
    expect(text).toContain('Director of Special Education');
    expect(text).toContain('12 Alder Lane');
    expect(text).toContain('lucia.ortiz@example.org');
    expect(text).toContain('(555) 010-2233');
    expect(l.dateLine).toBe(language === 'en' ? '10 September 2025' : '10 de septiembre de 2025');
    expect(text).toContain(language === 'en' ? '14 March 2016' : '14 de marzo de 2016');
    expect(text).toContain(language === 'en' ? '4th grade' : '4.º grado');
    expect(l.kind).toBe(kind);
    expect(l.language).toBe(language);
    expect(l.date).toBe('2025-09-10');
    expect(text).not.toMatch(/undefined|\{|\}|\s\.|\.\./);
  });

  it.each(ALL)(
    '%s (%s): every paragraph that states law carries its citations, written in its text',
    (kind, language) => {
      const l = letter(kind, language);
      expect(l.paragraphs.length).toBeGreaterThan(3);
      for (const paragraph of l.paragraphs) {
        if (STATES_LAW.test(paragraph.text)) expect(paragraph.citations, paragraph.text).not.toEqual([]);
        for (const citation of paragraph.citations) expect(paragraph.text).toContain(citation);
      }
    },
  );

  it.each(ALL)('%s (%s): plain text is derived from the structure', (kind, language) => {
    const l = letter(kind, language);
    const { plainText, ...content } = l;
    expect(plainText).toBe(letterPlainText(content));
    for (const paragraph of l.paragraphs) expect(plainText).toContain(paragraph.text);
    expect(plainText.indexOf(l.salutation)).toBeLessThan(plainText.indexOf(l.paragraphs[0]?.text ?? '?'));
    expect(plainText.trimEnd().endsWith(l.signatureLines.join('\n'))).toBe(true);
    // Editing a paragraph and deriving again changes the text accordingly.
    const edited = { ...content, paragraphs: [{ text: 'Edited.', citations: [] }, ...content.paragraphs.slice(1)] };
    expect(letterPlainText(edited)).toContain('\n\nEdited.\n\n');
  });

  it.each(LETTER_KINDS)('%s is written in Spanish for a parent, addressing the official as usted', (kind) => {
    const l = letter(kind, 'es');
    expect(l.salutation).toBe('Estimado(a) Dana Whitfield:');
    expect(l.closing).toBe('Atentamente,');
    expect(l.signatureLines).toEqual(['Lucía Ortiz', 'Madre de Maya']);
    expect(l.plainText).toContain('Asunto: ');
    expect(l.plainText).toMatch(/\b(Le escribo|Le pido|Le ruego|Le agradeceré)\b/);
    // No English boilerplate left in a Spanish letter.
    expect(l.plainText).not.toMatch(/\b(Dear|Sincerely|Please|the district|I am)\b/);
  });

  it('is pure: the same input gives the same letter', () => {
    for (const [kind, language] of ALL) expect(letter(kind, language)).toEqual(letter(kind, language));
  });
});

describe('letter 1: evaluation request', () => {
  it('asks for an evaluation in all areas, the consent form and prior written notice of a refusal', () => {
    const l = letter('evaluation-request', 'en');
    expect(l.subject).toBe('Request for an initial special education evaluation — Maya Ortiz');
    expect(l.plainText).toContain('full and individual initial evaluation');
    expect(l.plainText).toContain('in all areas related to the suspected disability');
    expect(l.plainText).toContain('reading and attention');
    expect(l.plainText).toContain('Maya still reads word by word and cannot finish class work.');
    expect(l.plainText).toContain('consent form');
    expect(l.plainText).toContain('prior written notice of that refusal');
    expect(allCitations(l)).toEqual(
      expect.arrayContaining([
        '34 CFR 300.301(b)',
        '34 CFR 300.304(c)(4)',
        '34 CFR 300.300(a)',
        '34 CFR 300.503(a), (b)',
      ]),
    );
    const es = letter('evaluation-request', 'es');
    expect(es.plainText).toContain('formulario de consentimiento');
    expect(es.plainText).toContain('notificación previa por escrito');
    expect(es.plainText).toContain('lectura y atención');
  });

  it("states the state's evaluation timeline from the facts", () => {
    const tx = letter('evaluation-request', 'en', TEXAS_FACTS);
    expect(tx.plainText).toContain(
      'Under Texas law, the district has 45 school days from the day it receives my written consent to complete the evaluation (Tex. Educ. Code 29.004).',
    );
    expect(letter('evaluation-request', 'es', TEXAS_FACTS).plainText).toContain(
      'Según la ley de Texas, el distrito tiene 45 días escolares a partir del día en que reciba mi consentimiento por escrito',
    );
    const us = letter('evaluation-request', 'en', FEDERAL_FACTS);
    expect(us.plainText).toContain('Under federal regulations, the district has 60 calendar days');
    expect(allCitations(us)).toContain('34 CFR 300.301(c)(1)');
    expect(us.plainText).not.toContain('Texas');
    const va = letter('evaluation-request', 'en', VIRGINIA_FACTS);
    expect(va.plainText).toContain('65 business days from the day it receives this written request');
  });

  it('records an evaluation request by the parent on the letter date', () => {
    expect(letter('evaluation-request', 'en').impliedEvent).toEqual({
      type: 'evaluation-requested',
      date: '2025-09-10',
      by: 'parent',
    });
  });
});

describe('letter 2: IEP evaluation after a 504 plan or RTI was offered', () => {
  it('says what was offered and when, and why it does not replace an evaluation', () => {
    const l = letter('iep-evaluation-after-504', 'en');
    expect(l.subject).toBe('Request for an IDEA evaluation instead of a 504 plan — Maya Ortiz');
    expect(l.plainText).toContain('On 2 September 2025, the school offered a 504 plan instead of an evaluation');
    expect(l.plainText).toContain('specially designed instruction');
    expect(l.plainText).toContain('consent form');
    expect(l.plainText).toContain('prior written notice');
    expect(allCitations(l)).toEqual(expect.arrayContaining(['34 CFR 300.39(b)(3)', 'Tex. Educ. Code 29.004']));
    expect(letter('iep-evaluation-after-504', 'es').plainText).toContain(
      'El 2 de septiembre de 2025, la escuela ofreció un plan 504 en lugar de una evaluación',
    );
  });

  it('answers an offer of RTI with OSEP Memo 11-07', () => {
    const input = buildLetterInput('iep-evaluation-after-504', { offered: 'intervention' });
    const l = composeLetter(input, TEXAS_FACTS);
    expect(l.plainText).toContain('a period of intervention (RTI or MTSS)');
    expect(l.plainText).toContain('cannot be used to delay or deny an evaluation');
    expect(allCitations(l)).toContain('OSEP Memo 11-07 (2011)');
    expect(allCitations(l)).not.toContain('34 CFR 300.39(b)(3)');
  });

  it("adds New Hampshire's one-plan position only in New Hampshire", () => {
    const nh = letter('iep-evaluation-after-504', 'en', NEW_HAMPSHIRE_FACTS);
    expect(nh.plainText).toContain('IEP instead of a 504 plan');
    expect(allCitations(nh)).toContain(NEW_HAMPSHIRE_FACTS.onePlanPosition?.citation);
    expect(letter('iep-evaluation-after-504', 'es', NEW_HAMPSHIRE_FACTS).plainText).toContain('Nuevo Hampshire');
    expect(letter('iep-evaluation-after-504', 'en', TEXAS_FACTS).plainText).not.toContain('New Hampshire');
  });

  it('records an evaluation request by the parent', () => {
    expect(letter('iep-evaluation-after-504', 'es').impliedEvent).toEqual({
      type: 'evaluation-requested',
      date: '2025-09-10',
      by: 'parent',
    });
  });
});

describe('letter 3: records request', () => {
  it('cites IDEA and FERPA, the 45-day limit and the before-the-meeting rule', () => {
    const l = letter('records-request', 'en');
    expect(l.plainText).toContain('no later than 45 days after receiving this request');
    expect(l.plainText).toContain('before any IEP meeting, due process hearing or resolution session');
    expect(l.plainText).toContain('Because a meeting is planned for 3 October 2025');
    expect(l.plainText).toContain('copies');
    expect(allCitations(l)).toEqual(
      expect.arrayContaining(['34 CFR 300.613(a)', '34 CFR 99.10(b)', '34 CFR 300.613(b)']),
    );
    const es = letter('records-request', 'es');
    expect(es.plainText).toContain('a más tardar 45 días después de recibir esta solicitud');
    expect(es.plainText).toContain('antes de cualquier reunión del IEP');
    expect(es.plainText).toContain('3 de octubre de 2025');
  });

  it('leaves out the meeting sentence when no meeting is set', () => {
    const l = composeLetter(buildLetterInput('records-request', { meetingDate: undefined }), TEXAS_FACTS);
    expect(l.plainText).not.toContain('meeting is planned');
    expect(l.plainText).toContain('before any IEP meeting');
  });

  it('records a records request', () => {
    expect(letter('records-request', 'en').impliedEvent).toEqual({ type: 'records-requested', date: '2025-09-10' });
  });
});

describe('letter 4: IEE request', () => {
  it('names the evaluation disagreed with and asks for an IEE at public expense', () => {
    const l = letter('iee-request', 'en');
    expect(l.plainText).toContain('completed on 28 August 2025 (psychoeducational evaluation)');
    expect(l.plainText).toContain('independent educational evaluation (IEE) of Maya at public expense');
    expect(l.plainText).toContain('file a due process complaint');
    expect(allCitations(l)).toEqual(
      expect.arrayContaining([
        '34 CFR 300.502(b)(1)',
        '34 CFR 300.502(a)(2)',
        '34 CFR 300.502(b)(2)',
        '34 CFR 300.502(b)(4)',
      ]),
    );
    expect(letter('iee-request', 'es').plainText).toContain('a costo público');
    expect(l.impliedEvent).toEqual({ type: 'iee-requested', date: '2025-09-10' });
  });
});

describe('letter 5: PWN request', () => {
  it('describes the refusal and asks for the notice with its required contents', () => {
    const l = letter('pwn-request', 'en');
    expect(l.plainText).toContain(
      'On 2 September 2025, the district refused the following: to evaluate Maya for special education.',
    );
    expect(l.plainText).toContain('explain why the district refuses it');
    expect(l.plainText).toContain('other options considered');
    expect(allCitations(l)).toEqual(
      expect.arrayContaining(['34 CFR 300.503(a)', '34 CFR 300.503(b)', '34 CFR 300.503(c)']),
    );
    expect(l.impliedEvent).toBeNull();
  });

  it('handles a proposal, and asks for the notice in Spanish in a Spanish letter', () => {
    const input = buildLetterInput('pwn-request', {
      language: 'es',
      action: 'proposed',
      actionDescription: 'cambiar a Maya a un salón especial',
    });
    const l = composeLetter(input, TEXAS_FACTS);
    expect(l.plainText).toContain('el distrito propuso lo siguiente: cambiar a Maya a un salón especial.');
    expect(l.plainText).toContain('por qué el distrito la propone');
    expect(l.plainText).toContain('le pido que me la entregue en español');
  });
});

describe('optional details', () => {
  it('writes without a recipient name, email or phone', () => {
    const input = buildLetterInput('evaluation-request', {
      recipient: { title: 'Principal' },
      parent: { name: 'Sam Reyes', relationship: 'parent', addressLines: ['4 Birch Road'] },
    });
    const l = composeLetter(input, TEXAS_FACTS);
    expect(l.salutation).toBe('Dear Principal:');
    expect(l.recipientLines).toEqual(['Principal', 'Riverbend Unified School District']);
    expect(l.senderLines).toEqual(['Sam Reyes', '4 Birch Road']);
    expect(l.plainText).toContain('You can reach me at the address above.');
    expect(l.signatureLines).toEqual(['Sam Reyes', 'Parent of Maya']);
    const es = composeLetter({ ...input, language: 'es' }, TEXAS_FACTS);
    expect(es.plainText).toContain('Le escribo como madre/padre de Maya Ortiz');
    expect(es.plainText).toContain('en la dirección indicada arriba');
  });

  it('writes kindergarten and a transition program', () => {
    const k = composeLetter(
      buildLetterInput('records-request', { student: { ...buildLetterInput('records-request').student, grade: 'k' } }),
      TEXAS_FACTS,
    );
    expect(k.plainText).toContain('who is in kindergarten at Lincoln Elementary');
    const t = composeLetter(
      {
        ...buildLetterInput('records-request', {
          student: { ...buildLetterInput('records-request').student, grade: '1' },
        }),
        language: 'es',
      },
      TEXAS_FACTS,
    );
    expect(t.plainText).toContain('que cursa 1.er grado');
  });
});
