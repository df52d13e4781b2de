import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, FOUND_ELIGIBLE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCE = datasetSource('https://rules.sos.ri.gov/regulations/part/200-20-30-6');

/** Rhode Island: 60 calendar days from consent to the eligibility meeting; IEP and services within 15 school days of eligibility. */
export const rhodeIsland: StateRules = {
  code: 'RI',
  deadlineRules: [
    stateRule('RI', ideaInitialEvaluation, {
      summary: {
        en: 'In Rhode Island the evaluation, the written report and the eligibility meeting are due within 60 calendar days of your consent.',
        es: 'En Rhode Island la evaluación, el informe escrito y la reunión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '200-RICR-20-30-6',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('RI', ideaInitialEvaluation, {
      kind: 'iep-implementation',
      summary: {
        en: 'In Rhode Island the IEP must be developed and services available within 15 school days of the eligibility decision.',
        es: 'En Rhode Island el IEP debe elaborarse y los servicios estar disponibles dentro de los 15 días escolares siguientes a la decisión de elegibilidad.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: FOUND_ELIGIBLE },
      completedBy: [{ type: 'plan-started', where: { framework: ['iep'] } }],
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '200-RICR-20-30-6',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
  ],
};
