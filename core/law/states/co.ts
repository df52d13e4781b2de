import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Colorado: 60 calendar days from consent to evaluation and eligibility. A secondary source reports
 * a pause for breaks over 5 consecutive school days; it is not applied (docs/decisions/0002, D9).
 */
export const colorado: StateRules = {
  code: 'CO',
  deadlineRules: [
    stateRule('CO', ideaInitialEvaluation, {
      summary: {
        en: 'In Colorado the evaluation and the eligibility decision are due within 60 calendar days of your consent (a pause for breaks over 5 school days is reported but not confirmed).',
        es: 'En Colorado la evaluación y la decisión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento (se informa una pausa por vacaciones de más de 5 días escolares, no confirmada).',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '1 CCR 301-8 (ECEA Rule 4.02)',
      sourceUrl:
        'https://specialedstartguide.com/blog/colorado-special-education-evaluation-timeline ; https://www.law.cornell.edu/regulations/colorado/1-CCR-301-8-4.00',
      status: 'confirmed-secondary',
    }),
  ],
};
