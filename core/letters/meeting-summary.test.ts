import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { composeLetter } from './compose-letter';
import { buildLetterInput } from './letter-input-builder';

describe('the after-meeting summary', () => {
  it('confirms each decision and action item on its own line, asks for notice of each refusal and a copy of the IEP', () => {
    const letter = composeLetter(buildLetterInput('meeting-summary'), jurisdictionFacts('TN'));
    expect(letter.subject).toBe('Summary of the IEP meeting of 8 September 2025 — Maya Ortiz');
    const texts = letter.paragraphs.map((p) => p.text);
    expect(texts).toContain('– Maya will get 30 minutes of reading support a day.');
    expect(texts).toContain('– The team will meet again in six weeks.');
    expect(texts).toContain('– Ms. Reyes sends the draft IEP by 2025-09-15.');
    expect(texts).toContain('– an assistive technology evaluation.');
    expect(letter.paragraphs.flatMap((p) => p.citations)).toEqual([
      '34 CFR 300.503(a)',
      '34 CFR 300.503(b)',
      '34 CFR 300.322(f)',
    ]);
    expect(letter.impliedEvent).toBeNull();
  });

  it('leaves out the refusal and IEP-copy paragraphs when there is nothing refused, after a 504 meeting', () => {
    const letter = composeLetter(
      buildLetterInput('meeting-summary', { framework: '504', refusals: undefined, language: 'es' }),
      jurisdictionFacts('CA'),
    );
    expect(letter.subject).toBe('Resumen de la reunión del plan 504 del 8 de septiembre de 2025 — Maya Ortiz');
    expect(letter.paragraphs.flatMap((p) => p.citations)).toEqual([]);
  });
});
