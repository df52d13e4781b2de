import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Nevada: 45 school days from consent to the evaluation. */
export const nevada: StateRules = {
  code: 'NV',
  deadlineRules: [
    stateRule('NV', ideaInitialEvaluation, {
      summary: {
        en: 'In Nevada the initial evaluation must be conducted within 45 school days of your written consent.',
        es: 'En Nevada la evaluación inicial debe realizarse dentro de los 45 días escolares siguientes a su consentimiento escrito.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'NAC 388.337',
      sourceUrl: datasetSource('https://www.leg.state.nv.us/nac/nac-388.html'),
      status: 'dataset',
    }),
  ],
};
