import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Missouri: 60 calendar days from consent to the evaluation and eligibility (State Plan, as cited by districts). */
export const missouri: StateRules = {
  code: 'MO',
  deadlineRules: [
    stateRule('MO', ideaInitialEvaluation, {
      summary: {
        en: 'In Missouri the evaluation and the eligibility decision are due within 60 calendar days of your consent.',
        es: 'En Misuri la evaluación y la decisión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Missouri State Plan for Special Education, Regulation III (Identification and Evaluation)',
      sourceUrl: 'https://dese.mo.gov/special-education',
      status: 'confirmed-secondary',
    }),
  ],
};
