import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS } from './deadline-kinds';
import { countText } from './define-rule';
import { jurisdictionFacts } from './jurisdiction-facts';
import { RULE_STATUSES } from './rule-status';
import {
  allCitationRecords,
  allCitations,
  allDeadlineRules,
  allReminderRules,
  encodedStates,
  FEDERAL_DEADLINE_RULES,
  hasCitation,
  rulesForJurisdiction,
} from './rule-registry';

const D1_STATES =
  'AZ CA CO CT FL GA IL IN IA KY LA MD MA MI MN NV NH NJ NM NY NC OH OK OR PA RI TN TX UT VA WA WI'.split(' ');

/** The contract's table (docs/case-file-contract.md): rule id and citation. */
const CONTRACT_CITATIONS: [string, string][] = [
  ['idea.initial-evaluation', '34 CFR 300.301(c)(1)'],
  ['idea.initial-iep-meeting', '34 CFR 300.323(c)(1)'],
  ['idea.annual-review', '34 CFR 300.324(b)(1)'],
  ['idea.reevaluation', '34 CFR 300.303(b)(2)'],
  ['idea.transition-plan', '34 CFR 300.320(b)'],
  ['idea.age-of-majority-notice', '34 CFR 300.320(c)'],
  ['idea.records-access', '34 CFR 300.613(a)'],
  ['idea.safeguards-notice', '34 CFR 300.504(a)'],
  ['ocr.ocr-complaint-window', 'OCR complaint procedures (180 days)'],
  ['idea.state-complaint-window', '34 CFR 300.153(c)'],
  ['idea.state-complaint-decision', '34 CFR 300.152(a)'],
  ['idea.due-process-window', '34 CFR 300.507(a)(2)'],
  ['idea.resolution-meeting', '34 CFR 300.510(a)'],
  ['idea.hearing-decision', '34 CFR 300.510(b), 300.515(a)'],
  ['idea.manifestation-determination', '34 CFR 300.530(e)'],
];

describe('the rules data', () => {
  it('has every federal kind of the contract, with the contract citations (extended, never changed)', () => {
    // A citation may add the precise provision after the contract's text (docs/decisions/0015).
    const contract = FEDERAL_DEADLINE_RULES.slice(0, 15).map((rule): [string, string] => {
      const [contractText] = CONTRACT_CITATIONS.filter(([id]) => id === rule.id).map(([, text]) => text);
      return [
        rule.id,
        contractText !== undefined && rule.citation.startsWith(contractText) ? contractText : rule.citation,
      ];
    });
    expect(contract).toEqual(CONTRACT_CITATIONS);
    expect(FEDERAL_DEADLINE_RULES.slice(15).map((rule) => rule.id)).toEqual([
      'idea.hearing-decision-school-complaint',
      'idea.safeguards-notice-school-year',
    ]);
    // The contract's safeguards clock stays "1 year … the next one"; the school-year reading is a second kind.
    const safeguards = FEDERAL_DEADLINE_RULES.find((rule) => rule.id === 'idea.safeguards-notice');
    expect([safeguards?.count, safeguards?.basis, safeguards?.isCompletedOnlyByLaterEvent]).toEqual([1, 'years', true]);
    expect(FEDERAL_DEADLINE_RULES.find((rule) => rule.id === 'idea.due-process-window')?.citation).toBe(
      '34 CFR 300.507(a)(2); 300.511(e)',
    );
    expect(FEDERAL_DEADLINE_RULES.find((rule) => rule.id === 'ocr.ocr-complaint-window')?.citation).toBe(
      'OCR complaint procedures (180 days): 34 CFR 100.7(b), applied by 104.61',
    );
  });

  it('encodes every D1 state, each with an initial-evaluation rule', () => {
    for (const code of D1_STATES) {
      const rules = rulesForJurisdiction(code);
      expect(rules.hasStateRules, code).toBe(true);
      const evaluation = rules.deadlineRules.find((rule) => rule.kind === 'initial-evaluation');
      expect(evaluation?.id, code).toBe(`${code.toLowerCase()}.initial-evaluation`);
    }
    expect(encodedStates().map((state) => state.code)).toEqual(expect.arrayContaining([...D1_STATES, 'HI']));
  });

  it('gives every rule an id, a citation, a source, a status and both languages', () => {
    for (const rule of [...allDeadlineRules(), ...allReminderRules()]) {
      expect(rule.id).toMatch(/^(idea|section504|ocr|ferpa|[a-z]{2})\.[a-z0-9-]+$/);
      expect(rule.id.endsWith(`.${rule.kind}`)).toBe(true);
      expect(rule.citation.length).toBeGreaterThan(0);
      expect(rule.sourceUrl).toMatch(/^https?:\/\//);
      expect(RULE_STATUSES).toContain(rule.status);
      expect(rule.summary.en.length).toBeGreaterThan(10);
      expect(rule.summary.es.length).toBeGreaterThan(10);
    }
    for (const rule of allDeadlineRules()) expect(DEADLINE_KINDS).toContain(rule.kind);
    const ids = allDeadlineRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says each rule's own number in its basis text, so the number and the words cannot disagree", () => {
    const disagreeing = allDeadlineRules().flatMap((rule) => {
      // Tennessee's draft IEP is due 48 hours before the meeting: said in hours, with the day count in brackets.
      const expected = rule.id === 'tn.draft-iep' ? `(${String(rule.count)} days)` : countText(rule.count, rule.basis);
      const second = rule.orWithin === undefined ? [] : [countText(rule.orWithin.count, rule.orWithin.basis)];
      return [expected, ...second]
        .filter((words) => !rule.basisText.includes(words))
        .map((words) => `${rule.id}: ${words}`);
    });
    expect(disagreeing).toEqual([]);
    expect(countText(45, 'school-days')).toBe('45 school days');
    expect(countText(1, 'years')).toBe('1 year');
    expect(countText(2, 'years')).toBe('2 years');
    expect(countText(14.5, 'age')).toBe('age 14½');
  });

  it('replaces the federal rule of the same kind', () => {
    const texas = rulesForJurisdiction('tx').deadlineRules.map((rule) => rule.id);
    expect(texas).toContain('tx.initial-evaluation');
    expect(texas).not.toContain('idea.initial-evaluation');
    expect(rulesForJurisdiction('MD').deadlineRules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['md.initial-evaluation', 'md.initial-evaluation-from-referral']),
    );
    // Every state and DC has rules now; the territories still get the federal rules.
    expect(rulesForJurisdiction('AL').hasStateRules).toBe(true);
    expect(rulesForJurisdiction('PR').hasStateRules).toBe(false);
  });

  it('lists every citation, including provisions that are not deadlines', () => {
    const citations = allCitations();
    for (const wanted of [
      '34 CFR 300.502',
      '34 CFR 300.503',
      '34 CFR 300.613',
      '34 CFR 99.10',
      '34 CFR 300.8',
      '34 CFR 300.306',
      '34 CFR 104.3(j)',
      '34 CFR 104.35(d)',
      '34 CFR 300.321',
      '34 CFR 300.320',
    ]) {
      expect(citations, wanted).toContain(wanted);
    }
    expect(allCitationRecords().every((record) => record.summary.en !== '' && record.summary.es !== '')).toBe(true);
    expect(hasCitation('34 CFR 300.502(b)(2)')).toBe(true);
    expect(hasCitation('34 CFR 300.515')).toBe(true);
    expect(hasCitation('Tex. Educ. Code 29.004; 19 TAC 89.1011')).toBe(true);
    expect(hasCitation('34 CFR 300.999')).toBe(false);
  });
});

describe('jurisdictionFacts', () => {
  it('describes the federal default', () => {
    const facts = jurisdictionFacts('US');
    expect(facts).toMatchObject({
      jurisdiction: 'US',
      hasEncodedRules: true,
      initialEvaluation: {
        count: 60,
        basis: 'calendar-days',
        clockStart: 'consent',
        citation: '34 CFR 300.301(c)(1)',
        status: 'confirmed',
      },
      transitionAge: { age: 16 },
      ageOfMajority: { age: 18 },
      dueProcessLimitation: { years: 2, citation: '34 CFR 300.507(a)(2); 300.511(e)' },
      onePlanPosition: null,
    });
  });

  it('describes states, their clocks and New Hampshire’s one-plan position', () => {
    expect(jurisdictionFacts('va').initialEvaluation).toMatchObject({
      count: 65,
      basis: 'business-days',
      clockStart: 'referral',
    });
    expect(jurisdictionFacts('MA').initialEvaluation).toMatchObject({ count: 30, basis: 'school-days' });
    expect(jurisdictionFacts('IL').transitionAge.age).toBe(14.5);
    expect(jurisdictionFacts('MD').initialEvaluation.summary.en).toMatch(/90 days/);
    expect(jurisdictionFacts('NH').onePlanPosition?.summary.en).toMatch(/IEP instead of a 504 plan/);
    expect(jurisdictionFacts('OK').initialEvaluation.status).toBe('unconfirmed');
    expect(jurisdictionFacts('GU')).toMatchObject({
      hasEncodedRules: false,
      name: { en: 'Guam' },
      initialEvaluation: { count: 60 },
    });
  });
});
