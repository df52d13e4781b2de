import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { comparisonFor } from './comparison-for';
import { evaluationClock } from './jurisdiction-phrases';

// The comparison page and the guide read their state cells from the rules data: the states encoded
// from the December 2026 research must show their own numbers, not the federal ones.

describe('state cells from the rules data', () => {
  it('shows Delaware’s two clocks in the comparison and the guide', () => {
    const facts = jurisdictionFacts('DE');
    expect(facts.initialEvaluation).toMatchObject({
      count: 45,
      basis: 'school-days',
      orWithin: { count: 90, basis: 'calendar-days' },
    });
    expect(evaluationClock(facts, 'you').en).toBe(
      '45 school days or 90 calendar days, whichever ends first, from the day the district receives your written consent',
    );
    expect(evaluationClock(facts, 'you').es).toBe(
      '45 días escolares o 90 días calendario, lo que termine antes, a partir del día en que el distrito recibe su consentimiento por escrito',
    );
    const text = JSON.stringify(comparisonFor(facts));
    expect(text).toContain('45 school days or 90 calendar days, whichever ends first');
    expect(facts.transitionAge).toMatchObject({ age: 14, citation: '14 Del. Admin. Code 925-20.2' });
  });

  it('gives the state’s own age of majority with its own law', () => {
    expect(jurisdictionFacts('AL').ageOfMajority).toEqual({
      age: 19,
      citation: 'Ala. Code 26-1-1',
      status: 'confirmed-secondary',
    });
    expect(jurisdictionFacts('NE').ageOfMajority.age).toBe(19);
    expect(jurisdictionFacts('MS').ageOfMajority).toMatchObject({ age: 21, status: 'unconfirmed' });
    expect(jurisdictionFacts('TX').ageOfMajority).toEqual({ age: 18, citation: '34 CFR 300.520', status: 'confirmed' });
  });

  it('gives the other researched numbers', () => {
    expect(jurisdictionFacts('ME').initialEvaluation).toMatchObject({ count: 45, basis: 'school-days' });
    expect(jurisdictionFacts('SD').initialEvaluation).toMatchObject({ count: 25, basis: 'school-days' });
    expect(jurisdictionFacts('WV').initialEvaluation).toMatchObject({ count: 80, status: 'unconfirmed' });
    expect(jurisdictionFacts('DC').transitionAge.age).toBe(14);
    expect(jurisdictionFacts('SC').transitionAge).toMatchObject({ age: 13, status: 'unconfirmed' });
    expect(jurisdictionFacts('AK').dueProcessLimitation).toMatchObject({ years: 1, citation: 'AS 14.30.193(a)' });
    for (const code of ['AL', 'DE', 'HI', 'MO', 'WY']) expect(jurisdictionFacts(code).hasEncodedRules).toBe(true);
  });
});
