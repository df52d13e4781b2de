import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Tennessee: 40 school days from consent to the evaluation and initial placement. */
export const tennessee: StateRules = {
  code: 'TN',
  deadlineRules: [
    stateRule('TN', ideaInitialEvaluation, {
      summary: {
        en: 'In Tennessee the evaluation and, if eligible, the initial placement are due within 40 school days of your consent.',
        es: 'En Tennessee la evaluación y, si hay elegibilidad, la ubicación inicial vencen dentro de los 40 días escolares siguientes a su consentimiento.',
      },
      count: 40,
      basis: 'school-days',
      basisText: '40 school days',
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.10',
      sourceUrl: datasetSource('https://publications.tnsosfiles.com/rules/0520/0520-01/0520-01-09.pdf'),
      status: 'dataset',
    }),
  ],
};
