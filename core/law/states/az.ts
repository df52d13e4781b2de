import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Arizona: 60 days from consent (calendar days derived from a bare "days"). */
export const arizona: StateRules = {
  code: 'AZ',
  deadlineRules: [
    stateRule('AZ', ideaInitialEvaluation, {
      summary: {
        en: 'In Arizona the initial evaluation must be conducted within 60 days of receiving your consent.',
        es: 'En Arizona la evaluación inicial debe realizarse dentro de los 60 días siguientes a recibir su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'A.R.S. 15-766',
      sourceUrl: datasetSource('https://www.azleg.gov/ars/15/00766.htm'),
      status: 'dataset',
    }),
  ],
};
