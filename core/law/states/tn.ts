import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Tennessee: eligibility within 60 calendar days of consent (0520-01-09-.05(1)(f)). The dataset's
 * "40 school days … initial placement" under .10 is the pre-2008 rule; .10 is now "Funding
 * Requirements" (law audit).
 */
export const tennessee: StateRules = {
  code: 'TN',
  deadlineRules: [
    stateRule('TN', ideaInitialEvaluation, {
      summary: {
        en: 'In Tennessee the evaluation must be done and eligibility decided within 60 calendar days of the district receiving your consent.',
        es: 'En Tennessee la evaluación debe estar terminada y la elegibilidad decidida dentro de los 60 días calendario siguientes a que el distrito reciba su consentimiento.',
      },
      basisText: '60 calendar days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.05(1)(f)',
      sourceUrl: 'https://publications.tnsosfiles.com/rules/0520/0520-01/0520-01-09.pdf',
      status: 'confirmed',
    }),
  ],
};
