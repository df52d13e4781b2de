import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_STATUSES } from '../law/rule-status';
import type { ComparisonRow } from './comparison-for';
import { comparisonFor } from './comparison-for';
import { COMPARISON_ROW_IDS, COMPARISON_ROWS } from './comparison-rows';
import { placeholdersIn } from './fact-template';
import {
  ALASKA_FACTS,
  buildFacts,
  FEDERAL_FACTS,
  NEW_HAMPSHIRE_FACTS,
  TEXAS_FACTS,
  VIRGINIA_FACTS,
} from './jurisdiction-facts-builder';

function row(rows: ComparisonRow[], id: ComparisonRow['id']): ComparisonRow {
  const found = rows.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

const ALL_FACTS = [FEDERAL_FACTS, TEXAS_FACTS, NEW_HAMPSHIRE_FACTS, VIRGINIA_FACTS, ALASKA_FACTS];

describe('comparisonFor', () => {
  it('has every row the issue asks for, in order', () => {
    expect(comparisonFor(FEDERAL_FACTS).map((r) => r.id)).toEqual([...COMPARISON_ROW_IDS]);
    expect(COMPARISON_ROW_IDS).toEqual(
      expect.arrayContaining([
        'what-it-is',
        'law',
        'who-qualifies',
        'evaluation',
        'goals',
        'progress',
        'parents',
        'consent',
        'safeguards',
        'reevaluation',
        'disputes',
        'both-plans',
      ]),
    );
  });

  it.each(ALL_FACTS.map((facts) => [facts.jurisdiction, facts] as const))(
    'gives every cell text, a citation and a status in both languages (%s)',
    (_code, facts) => {
      for (const r of comparisonFor(facts)) {
        expect(r.topic.en).not.toBe('');
        expect(r.topic.es).not.toBe('');
        for (const cell of [r.iep, r.section504, ...(r.stateNote === null ? [] : [r.stateNote])]) {
          expect(cell.text.en.trim()).not.toBe('');
          expect(cell.text.es.trim()).not.toBe('');
          expect(cell.citation.trim()).not.toBe('');
          expect(RULE_STATUSES).toContain(cell.status);
          expect(cell.statusLabel.en).not.toBe('');
          expect(cell.statusLabel.es).not.toBe('');
          expect(cell.sources.length).toBeGreaterThan(0);
          for (const source of cell.sources) expect(cell.citation).toContain(source.citation);
          // No placeholder may survive filling.
          expect(`${cell.text.en} ${cell.text.es}`).not.toMatch(/[{}]/);
          expect(`${cell.text.en} ${cell.text.es}`).not.toContain('undefined');
        }
      }
    },
  );

  it('uses the same placeholders in English and Spanish', () => {
    for (const template of COMPARISON_ROWS) {
      for (const cell of [template.iep, template.section504]) {
        expect(placeholdersIn(cell.text.es)).toEqual(placeholdersIn(cell.text.en));
      }
    }
  });

  it("shows New Hampshire's one-plan position, and no other state's", () => {
    const nh = row(comparisonFor(NEW_HAMPSHIRE_FACTS), 'both-plans').stateNote;
    expect(nh).not.toBeNull();
    expect(nh?.text.en).toContain('New Hampshire');
    expect(nh?.text.en).toContain('IEP instead of a 504 plan');
    expect(nh?.text.es).toContain('Nuevo Hampshire');
    expect(nh?.citation).toBe(NEW_HAMPSHIRE_FACTS.onePlanPosition?.citation);
    expect(nh?.isStateSpecific).toBe(true);
    for (const facts of [FEDERAL_FACTS, TEXAS_FACTS, VIRGINIA_FACTS]) {
      const rows = comparisonFor(facts);
      expect(row(rows, 'both-plans').stateNote).toBeNull();
      expect(JSON.stringify(rows)).not.toContain('New Hampshire');
    }
  });

  it("puts the state's evaluation time limit in the evaluation row, with its citation", () => {
    const tx = row(comparisonFor(TEXAS_FACTS), 'evaluation').iep;
    expect(tx.text.en).toContain('In Texas, the time limit is 45 school days');
    expect(tx.text.en).toContain("receives the parent's written consent");
    expect(tx.text.es).toContain('En Texas, el plazo es de 45 días escolares a partir del día');
    expect(tx.citation).toContain('Tex. Educ. Code 29.004');
    expect(tx.isStateSpecific).toBe(true);
    const us = row(comparisonFor(FEDERAL_FACTS), 'evaluation').iep;
    expect(us.text.en).toContain('Under federal rules, the time limit is 60 calendar days');
    expect(us.citation).toContain('34 CFR 300.301(c)(1)');
    // The 504 side has no state number.
    expect(row(comparisonFor(TEXAS_FACTS), 'evaluation').section504.isStateSpecific).toBe(false);
  });

  it('says so when the clock starts at the referral', () => {
    const va = row(comparisonFor(VIRGINIA_FACTS), 'evaluation').iep;
    expect(va.text.en).toContain('65 business days from the day the district receives the referral');
    expect(va.text.es).toContain('65 días hábiles a partir del día en que el distrito recibe la remisión');
  });

  it("puts the state's transition age and the age of majority in the transition row", () => {
    const tx = row(comparisonFor(TEXAS_FACTS), 'transition').iep;
    expect(tx.text.en).toContain('when the student turns 14,');
    expect(tx.text.es).toContain('cumple 14 años');
    expect(tx.citation).toContain('Tex. Educ. Code 29.0111');
    expect(tx.text.en).toContain('before age 18');
    const us = row(comparisonFor(FEDERAL_FACTS), 'transition').iep;
    expect(us.text.en).toContain('when the student turns 16,');
    expect(us.citation).not.toContain('Tex. Educ. Code');
  });

  it('changes the state cells when the facts change, and only those', () => {
    const facts = buildFacts({
      jurisdiction: 'ZZ',
      name: { en: 'Fictionland', es: 'Ficcionia' },
      initialEvaluation: {
        ...TEXAS_FACTS.initialEvaluation,
        count: 50,
        basis: 'instructional-days',
        citation: 'Fict. Code 1',
      },
      transitionAge: { age: 14.5, citation: 'Fict. Code 2', status: 'confirmed-secondary' },
      dueProcessLimitation: { years: 1, citation: 'Fict. Code 3', status: 'dataset' },
    });
    const rows = comparisonFor(facts);
    expect(row(rows, 'evaluation').iep.text.en).toContain('In Fictionland, the time limit is 50 instructional days');
    expect(row(rows, 'evaluation').iep.text.es).toContain('50 días de instrucción');
    expect(row(rows, 'transition').iep.text.en).toContain('turns 14 and a half,');
    expect(row(rows, 'transition').iep.text.es).toContain('cumple 14 años y medio');
    expect(row(rows, 'transition').iep.status).toBe('confirmed-secondary');
    expect(row(rows, 'disputes').iep.text.en).toContain('within 1 year of');
    expect(row(rows, 'disputes').iep.text.es).toContain('dentro de 1 año');
    expect(row(rows, 'disputes').iep.status).toBe('dataset');
    const federal = comparisonFor(FEDERAL_FACTS);
    for (const id of ['what-it-is', 'goals', 'consent', 'safeguards'] as const) {
      expect(row(rows, id)).toEqual(row(federal, id));
    }
  });

  it('takes the weakest status of the sources a cell rests on', () => {
    // New Hampshire's 60 days come from a dataset (docs/law-coverage.md).
    expect(row(comparisonFor(NEW_HAMPSHIRE_FACTS), 'evaluation').iep.status).toBe('dataset');
    expect(row(comparisonFor(TEXAS_FACTS), 'evaluation').iep.status).toBe('confirmed');
  });

  it('warns when a state has no encoded rules', () => {
    const note = row(comparisonFor(ALASKA_FACTS), 'evaluation').stateNote;
    expect(note?.text.en).toContain('no encoded rules for Alaska');
    expect(note?.status).toBe('unconfirmed');
    expect(row(comparisonFor(ALASKA_FACTS), 'evaluation').iep.text.en).toContain('federal rules');
    expect(row(comparisonFor(TEXAS_FACTS), 'evaluation').stateNote).toBeNull();
    expect(row(comparisonFor(FEDERAL_FACTS), 'evaluation').stateNote).toBeNull();
  });

  it('is pure: the same facts give the same rows', () => {
    expect(comparisonFor(NEW_HAMPSHIRE_FACTS)).toEqual(comparisonFor(NEW_HAMPSHIRE_FACTS));
  });

  it('fills any day count, basis and age', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('calendar-days', 'school-days', 'business-days', 'instructional-days' as const),
        fc.constantFrom('consent', 'referral' as const),
        fc.integer({ min: 28, max: 42 }).map((halves) => halves / 2),
        (count, basis, clockStart, age) => {
          const facts = buildFacts({
            jurisdiction: 'ZZ',
            initialEvaluation: { ...FEDERAL_FACTS.initialEvaluation, count, basis, clockStart },
            transitionAge: { age, citation: 'Fict. Code 2', status: 'confirmed' },
          });
          const rows = comparisonFor(facts);
          expect(row(rows, 'evaluation').iep.text.en).toContain(`the time limit is ${String(count)} `);
          expect(row(rows, 'transition').iep.text.en).toContain(`turns ${String(Math.floor(age))}`);
          for (const r of rows) expect(`${r.iep.text.en}${r.iep.text.es}`).not.toMatch(/[{}]/);
        },
      ),
    );
  });
});
