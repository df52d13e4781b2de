import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { allCitations, encodedStates, hasCitation } from '../law/rule-registry';
import { comparisonFor } from './comparison-for';

/**
 * True when the rules data holds the citation. `hasCitation` matches exact strings and CFR sections;
 * this also accepts a statute cited down to a subsection the data holds at section level
 * (`42 U.S.C. 12102(4)(E)` → `42 U.S.C. 12102`) and a whole CFR part the data cites sections of
 * (`34 CFR Part 104` → `34 CFR 104.36`, …).
 */
function isInRulesData(citation: string): boolean {
  if (hasCitation(citation)) return true;
  const section = /^(\d+ U\.S\.C\. \d+)\(/.exec(citation);
  if (section?.[1] !== undefined && hasCitation(section[1])) return true;
  const part = /^(\d+) CFR Part (\d+)$/.exec(citation);
  if (part !== null) {
    const prefix = `${part[1] ?? ''} CFR ${part[2] ?? ''}.`;
    return allCitations().some((known) => known.startsWith(prefix));
  }
  return false;
}

const JURISDICTIONS = ['US', ...encodedStates().map((state) => state.code), 'PR', 'GU'];

describe('the comparison against the rules data (core/law)', () => {
  it.each(JURISDICTIONS)('builds for %s, and every citation it uses is in the rules data', (code) => {
    const facts = jurisdictionFacts(code);
    const rows = comparisonFor(facts);
    expect(rows.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const row of rows) {
      for (const cell of [row.iep, row.section504, ...(row.stateNote === null ? [] : [row.stateNote])]) {
        for (const source of cell.sources)
          if (!isInRulesData(source.citation)) missing.push(`${row.id}: ${source.citation}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows the one-plan position exactly for the states whose rules have one', () => {
    for (const code of JURISDICTIONS) {
      const facts = jurisdictionFacts(code);
      const note = comparisonFor(facts).find((row) => row.id === 'both-plans')?.stateNote ?? null;
      expect(note === null).toBe(facts.onePlanPosition === null);
    }
    expect(jurisdictionFacts('NH').onePlanPosition).not.toBeNull();
  });
});
