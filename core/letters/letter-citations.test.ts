import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { hasCitation } from '../law/rule-registry';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../schemas/letters';
import { composeLetter } from './compose-letter';
import { buildLetterInput } from './letter-input-builder';

// Issue "Understand and act": every letter paragraph that states law carries a citation that exists in
// the rules data (core/law), in every language and for states with different rules.
describe('letter citations', () => {
  for (const jurisdiction of ['US', 'TX', 'CA', 'NY', 'NH', 'VA', 'MD', 'AL']) {
    it(`are all in the rules data for ${jurisdiction}`, () => {
      for (const kind of LETTER_KINDS) {
        for (const language of LETTER_LANGUAGES) {
          const letter = composeLetter(buildLetterInput(kind, { language }), jurisdictionFacts(jurisdiction));
          const citations = letter.paragraphs.flatMap((p) => p.citations);
          expect(citations.length, `${kind}/${language}`).toBeGreaterThan(0);
          for (const citation of citations)
            expect(hasCitation(citation), `${kind}/${language}: ${citation}`).toBe(true);
        }
      }
    });
  }
});
