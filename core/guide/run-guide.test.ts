import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_STATUSES } from '../law/rule-status';
import type { GuideAnswers, GuideAnswersInput } from '../schemas/guide';
import {
  EVALUATION_SO_FAR,
  guideAnswersSchema,
  PROGRESS_WITH_SUPPORTS,
  SCHOOL_SAID,
  SUPPORTS_TRIED,
  YES_NO_UNSURE,
} from '../schemas/guide';
import { AREAS_OF_CONCERN, LETTER_KINDS } from '../schemas/letters';
import type { LetterKind } from '../schemas/letters';
import { GUIDE_LEANINGS } from './guide-condition';
import type { GuideLeaning } from './guide-condition';
import { FEDERAL_FACTS, NEW_HAMPSHIRE_FACTS, TEXAS_FACTS } from './jurisdiction-facts-builder';
import { runGuide } from './run-guide';

function answers(input: GuideAnswersInput): GuideAnswers {
  return guideAnswersSchema.parse(input);
}

interface Case {
  readonly name: string;
  readonly input: GuideAnswersInput;
  readonly leaning: GuideLeaning;
  readonly letter: LetterKind | null;
  readonly myths?: readonly string[];
  readonly steps?: readonly string[];
  readonly sdi?: readonly string[];
  readonly reasons?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: '"let\'s try a 504 first" + a skill that must be taught',
    input: { needsSkillTaught: 'yes', schoolSaid: ['try-504-first'] },
    leaning: 'iep',
    letter: 'iep-evaluation-after-504',
    myths: ['try-504-first'],
    steps: ['request-evaluation-after-504', 'sign-consent'],
    sdi: ['skill-must-be-taught'],
  },
  {
    name: 'a 504 plan already in place, the gap the same',
    input: { supportsTried: ['504-plan'], progressWithSupports: 'same-gap', hasCondition: 'yes' },
    leaning: 'iep',
    letter: 'iep-evaluation-after-504',
    steps: ['request-evaluation-after-504', 'ask-for-intervention-data'],
    sdi: ['gap-persists'],
  },
  {
    name: '"we do RTI first" + intervention tried, falling behind',
    input: { schoolSaid: ['rti-first'], supportsTried: ['intervention'], progressWithSupports: 'falling-behind' },
    leaning: 'iep',
    letter: 'iep-evaluation-after-504',
    myths: ['rti-first'],
    sdi: ['gap-persists'],
  },
  {
    name: 'the work itself must change, nothing offered',
    input: { needsChangedWork: 'yes', hasCondition: 'yes' },
    leaning: 'iep',
    letter: 'evaluation-request',
    steps: ['request-evaluation', 'sign-consent', 'keep-a-record'],
    sdi: ['work-must-change'],
  },
  {
    name: '"his grades are fine" + a skill that must be taught',
    input: { needsSkillTaught: 'yes', schoolSaid: ['grades-are-fine'], hasCondition: 'yes' },
    leaning: 'iep',
    letter: 'evaluation-request',
    myths: ['grades-are-fine'],
  },
  {
    name: 'access needs only: a 504 plan fits',
    input: {
      hasCondition: 'yes',
      limitsDailyActivity: 'yes',
      learnsWhenBarriersRemoved: 'yes',
      needsHealthCare: 'yes',
    },
    leaning: '504',
    letter: null,
    steps: ['ask-504-evaluation'],
    sdi: [],
  },
  {
    name: 'access needs with a meeting coming',
    input: { hasCondition: 'yes', limitsDailyActivity: 'unsure', learnsWhenBarriersRemoved: 'yes', meetingSoon: 'yes' },
    leaning: '504',
    letter: 'records-request',
    steps: ['ask-504-evaluation', 'records-before-meeting'],
  },
  {
    name: 'behavior plus access needs: either',
    input: {
      hasCondition: 'yes',
      limitsDailyActivity: 'yes',
      behaviorGetsInWay: 'yes',
      learnsWhenBarriersRemoved: 'yes',
    },
    leaning: 'either',
    letter: 'evaluation-request',
    sdi: ['behavior-impedes-learning'],
  },
  {
    name: 'specialist help alone: either',
    input: { needsSpecialistHelp: 'yes' },
    leaning: 'either',
    letter: 'evaluation-request',
    reasons: ['no-diagnosis-needed'],
  },
  {
    name: 'nothing answered',
    input: {},
    leaning: 'need-more-information',
    letter: null,
    steps: ['gather-information', 'keep-a-record'],
    sdi: [],
  },
  {
    name: 'a condition said not to limit anything, with access needs',
    input: { hasCondition: 'yes', limitsDailyActivity: 'no', learnsWhenBarriersRemoved: 'yes' },
    leaning: 'need-more-information',
    letter: null,
    reasons: ['mitigating-measures'],
  },
  {
    name: 'evaluated, and the parent disagrees',
    input: { evaluationSoFar: 'evaluated-disagree', needsSkillTaught: 'yes' },
    leaning: 'iep',
    letter: 'iee-request',
    steps: ['request-iee'],
  },
  {
    name: 'the school refused to evaluate',
    input: { evaluationSoFar: 'refused', needsSkillTaught: 'yes', schoolSaid: ['try-504-first'] },
    leaning: 'iep',
    letter: 'pwn-request',
    steps: ['ask-for-pwn'],
    myths: ['try-504-first'],
  },
  {
    name: 'asked in writing, still waiting',
    input: { evaluationSoFar: 'requested-waiting', needsSkillTaught: 'yes' },
    leaning: 'iep',
    letter: null,
    steps: ['sign-consent', 'follow-up-on-request'],
  },
  {
    name: '"bring a diagnosis" and "wait and see"',
    input: { schoolSaid: ['wait-and-see', 'needs-medical-diagnosis'] },
    leaning: 'need-more-information',
    letter: null,
    myths: ['needs-medical-diagnosis', 'wait-and-see'],
  },
];

describe('runGuide', () => {
  it.each(CASES)('$name → $leaning, $letter', (c) => {
    const result = runGuide(answers(c.input), TEXAS_FACTS);
    expect(result.leaning).toBe(c.leaning);
    expect(result.suggestedLetter).toBe(c.letter);
    const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
    if (c.myths !== undefined) expect(ids(result.myths)).toEqual(c.myths);
    if (c.steps !== undefined) expect(ids(result.nextSteps)).toEqual(expect.arrayContaining([...c.steps]));
    if (c.sdi !== undefined) expect(ids(result.sdiSignals)).toEqual(c.sdi);
    if (c.reasons !== undefined) expect(ids(result.reasons)).toEqual(expect.arrayContaining([...c.reasons]));
    expect(result.reasons[0]?.id).toBe(`leaning-${c.leaning}`);
  });

  it('always explains the IDEA two-prong test and the Section 504 definition', () => {
    const result = runGuide(answers({}), FEDERAL_FACTS);
    const prongs = result.reasons.find((reason) => reason.id === 'idea-two-prongs');
    expect(prongs?.citation).toBe('34 CFR 300.8(a)(1)');
    expect(prongs?.text.en).toContain('(2) because of it, the child needs special education');
    const section504 = result.reasons.find((reason) => reason.id === '504-definition');
    expect(section504?.citation).toContain('34 CFR 104.3(j)(1)');
    expect(section504?.text.es).toContain('limita sustancialmente');
  });

  it('answers "good grades" with the grade-to-grade rule and child find', () => {
    const [myth] = runGuide(answers({ schoolSaid: ['grades-are-fine'] }), FEDERAL_FACTS).myths;
    expect(myth?.schoolSaid.en).toContain('grades are fine');
    expect(myth?.answer.en).toContain('Good grades do not rule out an IEP');
    expect(myth?.citation).toContain('34 CFR 300.101(c)');
    expect(myth?.citation).toContain('34 CFR 300.111(c)(1)');
    expect(myth?.answer.es).toContain('Las buenas calificaciones no descartan un IEP');
  });

  it('answers "RTI first" with OSEP Memo 11-07', () => {
    const [myth] = runGuide(answers({ schoolSaid: ['rti-first'] }), FEDERAL_FACTS).myths;
    expect(myth?.answer.en).toContain('cannot be used to delay or deny an evaluation');
    expect(myth?.citation).toBe('OSEP Memo 11-07 (2011)');
  });

  it("fills the state's evaluation time limit from the facts", () => {
    const input = answers({ schoolSaid: ['wait-and-see'], needsSkillTaught: 'yes' });
    const tx = runGuide(input, TEXAS_FACTS);
    const [myth] = tx.myths;
    expect(myth?.answer.en).toContain(
      'In Texas, the time limit is 45 school days from the day the district receives your written consent',
    );
    expect(myth?.answer.es).toContain('45 días escolares a partir del día en que el distrito recibe su consentimiento');
    expect(myth?.citation).toContain('Tex. Educ. Code 29.004');
    const consent = tx.nextSteps.find((step) => step.id === 'sign-consent');
    expect(consent?.citation).toContain('Tex. Educ. Code 29.004');
    const us = runGuide(input, FEDERAL_FACTS);
    expect(us.myths[0]?.answer.en).toContain('60 calendar days');
    expect(us.myths[0]?.citation).not.toContain('Tex.');
  });

  it("adds New Hampshire's one-plan position when the answers lean toward an IEP", () => {
    const input = answers({ needsSkillTaught: 'yes', supportsTried: ['504-plan'] });
    const nh = runGuide(input, NEW_HAMPSHIRE_FACTS).reasons.find((reason) => reason.id === 'one-plan-position');
    expect(nh?.text.en).toContain('IEP instead of a 504 plan');
    expect(nh?.citation).toBe(NEW_HAMPSHIRE_FACTS.onePlanPosition?.citation);
    expect(runGuide(input, TEXAS_FACTS).reasons.map((reason) => reason.id)).not.toContain('one-plan-position');
    const leaning504 = answers({ hasCondition: 'yes', limitsDailyActivity: 'yes', learnsWhenBarriersRemoved: 'yes' });
    expect(runGuide(leaning504, NEW_HAMPSHIRE_FACTS).reasons.map((reason) => reason.id)).not.toContain(
      'one-plan-position',
    );
  });

  it('says that it does not decide eligibility', () => {
    const { disclaimer } = runGuide(answers({ needsSkillTaught: 'yes' }), FEDERAL_FACTS);
    expect(disclaimer.en).toContain('does not decide whether your child is eligible');
    expect(disclaimer.es).toContain('No decide si su hijo o hija reúne los requisitos');
  });
});

const yesNo = fc.constantFrom(...YES_NO_UNSURE);
const someOf = <T>(values: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...values]);
const anyAnswers: fc.Arbitrary<GuideAnswers> = fc
  .record({
    concernAreas: someOf(AREAS_OF_CONCERN),
    hasCondition: yesNo,
    limitsDailyActivity: yesNo,
    needsSkillTaught: yesNo,
    needsChangedWork: yesNo,
    needsSpecialistHelp: yesNo,
    behaviorGetsInWay: yesNo,
    supportsTried: someOf(SUPPORTS_TRIED.filter((value) => value !== 'none')),
    progressWithSupports: fc.constantFrom(...PROGRESS_WITH_SUPPORTS),
    learnsWhenBarriersRemoved: yesNo,
    needsHealthCare: yesNo,
    schoolSaid: someOf(SCHOOL_SAID.filter((value) => value !== 'nothing-yet')),
    evaluationSoFar: fc.constantFrom(...EVALUATION_SO_FAR),
    meetingSoon: yesNo,
  })
  .map((input) => guideAnswersSchema.parse(input));
const anyFacts = fc.constantFrom(FEDERAL_FACTS, TEXAS_FACTS, NEW_HAMPSHIRE_FACTS);

describe('runGuide on any answers', () => {
  it('always has a leaning, the disclaimer and cited reasons, myths and signals', () => {
    fc.assert(
      fc.property(anyAnswers, anyFacts, (input, facts) => {
        const result = runGuide(input, facts);
        expect(GUIDE_LEANINGS).toContain(result.leaning);
        expect(result.disclaimer.en).not.toBe('');
        expect(result.disclaimer.es).not.toBe('');
        for (const item of [...result.reasons, ...result.sdiSignals, ...result.accessSignals, ...result.myths]) {
          expect(item.citation).not.toBe('');
          expect(RULE_STATUSES).toContain(item.status);
        }
        for (const text of [...result.reasons.map((r) => r.text), ...result.myths.map((m) => m.answer)]) {
          expect(`${text.en} ${text.es}`).not.toMatch(/[{}]/);
        }
        expect(result.myths.map((myth) => myth.id)).toEqual(
          SCHOOL_SAID.filter((said) => said !== 'nothing-yet' && input.schoolSaid.includes(said)),
        );
      }),
    );
  });

  it('suggests a letter only with a next step that sends it', () => {
    fc.assert(
      fc.property(anyAnswers, anyFacts, (input, facts) => {
        const result = runGuide(input, facts);
        if (result.suggestedLetter === null) return;
        expect(LETTER_KINDS).toContain(result.suggestedLetter);
        expect(result.nextSteps.map((step) => step.letter)).toContain(result.suggestedLetter);
      }),
    );
  });

  it('is deterministic, and reads multi-choice answers as sets', () => {
    fc.assert(
      fc.property(anyAnswers, anyFacts, (input, facts) => {
        const shuffled: GuideAnswers = {
          ...input,
          concernAreas: [...input.concernAreas].reverse(),
          supportsTried: [...input.supportsTried, ...input.supportsTried].reverse(),
          schoolSaid: [...input.schoolSaid].reverse(),
        };
        expect(runGuide(shuffled, facts)).toEqual(runGuide(input, facts));
        expect(runGuide(input, facts)).toEqual(runGuide(input, facts));
      }),
    );
  });
});
