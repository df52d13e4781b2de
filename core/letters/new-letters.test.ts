import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { hasCitation } from '../law/rule-registry';
import { LETTER_LANGUAGES } from '../schemas/letters';
import { composeLetter, impliedEventOf } from './compose-letter';
import { ocrFilingLimit, stateComplaintFilingLimit } from './filing-limit';
import { buildLetterInput } from './letter-input-builder';
import { parseLetterInput } from './parse-letter-input';

// Issue 17 point 4: the five new letters compose in both languages for three states, each with the
// citation its point rests on (docs/decisions/0038). Fictional people.
const NEW_KINDS = {
  'iep-meeting-request': ['34 CFR 300.324(b)(1)', '34 CFR 300.322(a)'],
  'section504-meeting-request': ['34 CFR 104.35', '34 CFR 104.36'],
  'disagreement-statement': ['34 CFR 99.21(b)(2)', '34 CFR 300.620', '34 CFR 300.618'],
  'ocr-complaint': ['34 CFR 100.7(b)', '34 CFR 104.61'],
  'state-complaint': ['34 CFR 300.153(c)', '34 CFR 300.153(d)', '34 CFR 300.152(a)', '34 CFR 300.151'],
} as const;

describe('the five new letters', () => {
  for (const [kind, expected] of Object.entries(NEW_KINDS) as [keyof typeof NEW_KINDS, readonly string[]][]) {
    for (const state of ['CA', 'TX', 'NY']) {
      for (const language of LETTER_LANGUAGES) {
        it(`${kind} composes in ${language} for ${state} with its citations`, () => {
          const letter = composeLetter(buildLetterInput(kind, { language }), jurisdictionFacts(state));
          const citations = letter.paragraphs.flatMap((p) => p.citations);
          for (const citation of expected) expect(citations).toContain(citation);
          for (const citation of citations) expect(hasCitation(citation), citation).toBe(true);
          expect(letter.plainText).toContain('Maya Ortiz');
          expect(letter.plainText).toContain(letter.closing);
          expect(letter.subject).not.toBe('');
        });
      }
    }
  }

  it('the OCR complaint gives the last day, 180 days after the act, and where to file, in the state', () => {
    const en = composeLetter(buildLetterInput('ocr-complaint'), jurisdictionFacts('NY'));
    expect(en.plainText).toContain('The act took place on 2 June 2025');
    expect(en.plainText).toContain('the 180 days end on 29 November 2025');
    expect(en.plainText).toContain('ocrcas.ed.gov');
    expect(en.plainText).toContain('the OCR regional office that serves New York');
    const es = composeLetter(buildLetterInput('ocr-complaint', { language: 'es' }), jurisdictionFacts('CA'));
    expect(es.plainText).toContain('los 180 días terminan el 29 de noviembre de 2025');
  });

  it('a late OCR complaint says the window ended and asks for a waiver', () => {
    const letter = composeLetter(buildLetterInput('ocr-complaint', { actDate: '2024-12-01' }), jurisdictionFacts('TX'));
    expect(letter.plainText).toContain('the 180 days ended on 30 May 2025');
    expect(letter.paragraphs.flatMap((p) => p.citations)).toContain('OCR Case Processing Manual (timeliness waiver)');
  });

  it('the state complaint gives the last day, one year after the violation, the agency and the copy to the district', () => {
    const letter = composeLetter(buildLetterInput('state-complaint'), jurisdictionFacts('TX'));
    expect(letter.plainText).toContain('The violation took place on 3 February 2025');
    expect(letter.plainText).toContain('the year ends on 3 February 2026');
    expect(letter.plainText).toContain('with the Texas Education Agency');
    expect(letter.plainText).toContain('a copy to Riverbend Unified School District');
  });

  it('computes the limits by the timeline’s convention: calendar days; a year on the same day, 29 February → 28', () => {
    expect(ocrFilingLimit('2025-06-02', '2025-11-29')).toEqual({ lastDay: '2025-11-29', isLate: false });
    expect(ocrFilingLimit('2025-06-02', '2025-11-30')).toEqual({ lastDay: '2025-11-29', isLate: true });
    expect(stateComplaintFilingLimit('2024-02-29', '2025-02-28')).toEqual({ lastDay: '2025-02-28', isLate: false });
    expect(stateComplaintFilingLimit('2024-02-29', '2025-03-01').isLate).toBe(true);
  });

  it('a sent complaint records its filing; the meeting requests and the statement record none', () => {
    expect(impliedEventOf({ kind: 'ocr-complaint', date: '2025-09-10' })).toEqual({
      type: 'ocr-complaint-filed',
      date: '2025-09-10',
    });
    expect(impliedEventOf({ kind: 'state-complaint', date: '2025-09-10' })).toEqual({
      type: 'state-complaint-filed',
      date: '2025-09-10',
    });
    for (const kind of ['iep-meeting-request', 'section504-meeting-request', 'disagreement-statement'] as const)
      expect(impliedEventOf({ kind, date: '2025-09-10' })).toBeNull();
  });

  it('bad input names the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...buildLetterInput('ocr-complaint'), actDate: '6/2/2025' }, 'actDate'],
      [{ ...buildLetterInput('ocr-complaint'), actDate: '2025-09-11' }, 'actDate'],
      [{ ...buildLetterInput('state-complaint'), stateAgency: ' ' }, 'stateAgency'],
      [{ ...buildLetterInput('state-complaint'), violationDescription: undefined }, 'violationDescription'],
      [{ ...buildLetterInput('disagreement-statement'), recordDescription: '' }, 'recordDescription'],
      [{ ...buildLetterInput('iep-meeting-request'), lastMeetingDate: '2025-09-11' }, 'lastMeetingDate'],
      [{ ...buildLetterInput('section504-meeting-request'), meetingTopic: 'x' }, '(root)'],
    ];
    for (const [input, field] of cases) {
      const result = parseLetterInput(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
    }
  });
});
