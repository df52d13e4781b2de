import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const TRANSITION_SOURCE =
  'http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Individualized-Education-Program-IEP/Postsecondary-Transition-Services';

/** Ohio: 60 days from consent (calendar days derived); transition course of study at 14, full at 16. */
export const ohio: StateRules = {
  code: 'OH',
  deadlineRules: [
    stateRule('OH', ideaInitialEvaluation, {
      summary: {
        en: 'In Ohio the initial evaluation must be conducted within 60 days of receiving your consent.',
        es: 'En Ohio la evaluación inicial debe realizarse dentro de los 60 días siguientes a recibir su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ohio Admin. Code 3301-51-06',
      sourceUrl: datasetSource('https://codes.ohio.gov/ohio-administrative-code/rule-3301-51-06'),
      status: 'dataset',
    }),
    stateRule('OH', ideaTransitionPlan, {
      summary: {
        en: 'In Ohio the IEP in effect at 14 must state transition service needs focused on the course of study.',
        es: 'En Ohio el IEP vigente a los 14 años debe indicar las necesidades de servicios de transición centradas en el plan de estudios.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'Ohio Admin. Code 3301-51-07(H)(2)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('OH', ideaTransitionPlan, {
      kind: 'transition-plan-full',
      summary: {
        en: 'In Ohio the IEP in effect at 16 must include measurable postsecondary goals and transition services.',
        es: 'En Ohio el IEP vigente a los 16 años debe incluir metas medibles para después de la secundaria y servicios de transición.',
      },
      citation: 'Ohio Admin. Code 3301-51-07(H)(2)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
  ],
};
