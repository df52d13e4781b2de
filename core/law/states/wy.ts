import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER_7 = 'https://rules.wyo.gov/';

/** Wyoming adopts the IDEA regulations (Dept. of Education Rules ch. 7 § 2): the federal clocks, under the state's rule. */
export const wyoming: StateRules = {
  code: 'WY',
  deadlineRules: [
    stateRule('WY', ideaInitialEvaluation, {
      summary: {
        en: 'In Wyoming, which adopts the federal rule, the initial evaluation must be completed within 60 days of the school receiving your consent.',
        es: 'En Wyoming, que adopta la regla federal, la evaluación inicial debe completarse dentro de los 60 días siguientes a que la escuela reciba su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Wyo. Dept. of Education Rules ch. 7, § 2 (adopting 34 CFR 300.301(c))',
      sourceUrl: CHAPTER_7,
      status: 'confirmed',
    }),
    stateRule('WY', ideaDueProcessWindow, {
      summary: {
        en: 'In Wyoming, which adopts the federal rule, a due process complaint must be filed within 2 years of when you knew or should have known of the problem.',
        es: 'En Wyoming, que adopta la regla federal, la queja de debido proceso debe presentarse dentro de los 2 años siguientes a cuando usted supo o debió saber del problema.',
      },
      citation: 'Wyo. Dept. of Education Rules ch. 7, § 2 (adopting 34 CFR 300.507(a)(2))',
      sourceUrl: CHAPTER_7,
      status: 'confirmed',
    }),
  ],
};
