import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Montana: 60 calendar days from consent (ARM 10.16.3321, as secondary sources cite it). */
export const montana: StateRules = {
  code: 'MT',
  deadlineRules: [
    stateRule('MT', ideaInitialEvaluation, {
      summary: {
        en: 'In Montana the initial evaluation must be completed within 60 calendar days of your written consent.',
        es: 'En Montana la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento escrito.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'ARM 10.16.3321',
      sourceUrl: 'https://specialedstartguide.com/blog/montana-special-education-evaluation-timeline',
      status: 'confirmed-secondary',
    }),
  ],
};
