import { describe, expect, it } from 'vitest';
import { comparisonFor } from '../guide/comparison-for';
import { runGuide } from '../guide/run-guide';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { JURISDICTION_NAMES } from '../law/jurisdiction-names';
import { SCHOOL_SAID, guideAnswersSchema } from './guide';
import { comparisonResponseSchema, guideResultSchema } from './understand';

// The routes answer through these schemas, which drop what they do not describe and refuse what does not fit:
// every answer the core builds must pass whole. (A statement's `sources` are the rules data's own records,
// which carry more than their citation and status; the answer gives only those two.)
function citedOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(citedOnly);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'sources' && Array.isArray(inner)
        ? inner.map((source: { citation: string; status: string }) => ({
            citation: source.citation,
            status: source.status,
          }))
        : citedOnly(inner),
    ]),
  );
}

describe('the understand-and-act answer schemas', () => {
  const codes = Object.keys(JURISDICTION_NAMES);

  it('describe the comparison of every jurisdiction without losing a field', () => {
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) {
      const facts = jurisdictionFacts(code);
      const answer = { facts, rows: comparisonFor(facts) };
      expect(comparisonResponseSchema.parse(answer), code).toEqual(citedOnly(answer));
    }
  });

  it("describe the guide's result, myths and letters included, in every jurisdiction", () => {
    const schoolSaid = SCHOOL_SAID.filter((said) => said !== 'nothing-yet');
    const answers = guideAnswersSchema.parse({ concernAreas: ['reading'], schoolSaid });
    for (const code of codes) {
      const result = runGuide(answers, jurisdictionFacts(code));
      expect(result.myths).toHaveLength(schoolSaid.length);
      expect(guideResultSchema.parse(result), code).toEqual(citedOnly(result));
    }
  });
});
