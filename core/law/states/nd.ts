import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** North Dakota: 60 calendar days from consent (state guidelines; the rule's chapter number was not verified). */
export const northDakota: StateRules = {
  code: 'ND',
  deadlineRules: [
    stateRule('ND', ideaInitialEvaluation, {
      summary: {
        en: 'In North Dakota the initial evaluation must be completed within 60 calendar days of your consent.',
        es: 'En Dakota del Norte la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'N.D. Admin. Code ch. 67-23 (chapter not verified); NDDPI special education guidelines',
      sourceUrl: 'https://www.nd.gov/dpi/',
      status: 'confirmed-secondary',
    }),
  ],
};
