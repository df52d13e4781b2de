import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { hasCitation } from '../law/rule-registry';
import { letterInputSchema } from '../schemas/letters';
import { composeLetter, impliedEventOf } from './compose-letter';
import type { Letter } from './letter';
import { buildLetterInput } from './letter-input-builder';

const body = (letter: Letter) => letter.paragraphs.map((p) => p.text).join('\n');

// A fictional family asks for the speech and occupational therapy minutes the services ledger counts as owed.
describe('the compensatory services letter', () => {
  const input = buildLetterInput('compensatory-services');

  it('asks for the minutes owed per service and in total, citing the IEP, FAPE and the state complaint route', () => {
    const letter = composeLetter(input, jurisdictionFacts('US'));
    expect(letter.subject).toBe('Request for compensatory services — Maya Ortiz');
    expect(body(letter)).toContain('Speech therapy: 96 minutes owed (the IEP requires 90 minutes a week)');
    expect(body(letter)).toContain('Occupational therapy: 46 minutes owed (the IEP requires 60 minutes a month)');
    expect(body(letter)).toContain('compensatory services for these 142 minutes');
    expect(body(letter)).toContain('As of 10 September 2025');
    const citations = letter.paragraphs.flatMap((p) => p.citations);
    for (const citation of [
      '34 CFR 300.323(c)(2)',
      '34 CFR 300.101',
      '34 CFR 300.151',
      '34 CFR 300.152',
      '34 CFR 300.153',
    ])
      expect(citations).toContain(citation);
    for (const citation of citations) expect(hasCitation(citation), citation).toBe(true);
    expect(impliedEventOf(input)).toBeNull();
  });

  it('is written in Spanish with the same minutes and citations', () => {
    const letter = composeLetter({ ...input, language: 'es' }, jurisdictionFacts('TX'));
    expect(letter.subject).toBe('Solicitud de servicios compensatorios — Maya Ortiz');
    expect(body(letter)).toContain('Speech therapy: se deben 96 minutos (el IEP exige 90 minutos a la semana)');
    expect(body(letter)).toContain('servicios compensatorios por estos 142 minutos');
    expect(body(letter)).toContain('queja estatal');
    expect(letter.paragraphs.flatMap((p) => p.citations)).toEqual(
      expect.arrayContaining(['34 CFR 300.101', '34 CFR 300.323(c)(2)', '34 CFR 300.153']),
    );
  });

  it('refuses minutes owed after the letter date, no services, and a minute count that is not whole', () => {
    const issues = (value: unknown) => {
      const result = letterInputSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(issues(input)).toEqual([]);
    expect(issues({ ...input, owedAsOf: '2025-09-11' })).toEqual(['owedAsOf']);
    expect(issues({ ...input, services: [] })).toEqual(['services']);
    expect(
      issues({
        ...input,
        services: [{ service: 'Speech therapy', owedMinutes: 2.5, minutesPerPeriod: 90, period: 'week' }],
      }),
    ).toEqual(['services.0.owedMinutes']);
  });
});
