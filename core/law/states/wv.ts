import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * West Virginia: 80 days for the initial evaluation (Policy 2419). Most sources count from consent,
 * one state data-system guide from the referral; consent is encoded, `unconfirmed`, and the summary
 * names the other reading (which would give an earlier date).
 */
export const westVirginia: StateRules = {
  code: 'WV',
  deadlineRules: [
    stateRule('WV', ideaInitialEvaluation, {
      summary: {
        en: 'In West Virginia the initial evaluation must be completed within 80 days; Binder counts calendar days from the school receiving your consent, but one state guide counts from the referral, which would make it due sooner.',
        es: 'En Virginia Occidental la evaluación inicial debe completarse dentro de 80 días; Binder cuenta días calendario desde que la escuela recibe su consentimiento, pero una guía estatal cuenta desde la remisión, lo que la haría vencer antes.',
      },
      count: 80,
      basisText: '80 calendar days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'W. Va. Code R. 126-16 (Policy 2419), ch. 3',
      sourceUrl:
        'https://specialedstartguide.com/blog/west-virginia-special-education-evaluation ; https://tinyeye.com/blog/understanding-the-80-day-timeline-for-initial-evaluations-in-west-virginia.php',
      status: 'unconfirmed',
    }),
  ],
};
