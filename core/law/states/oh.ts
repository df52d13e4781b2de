import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, PARENT_WRITTEN_REQUEST } from '../event-matches';
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
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Ohio, within 30 days of your request for an initial evaluation, the district must either obtain your consent to evaluate or give you prior written notice that it does not suspect a disability.',
        es: 'En Ohio, dentro de los 30 días siguientes a su solicitud de evaluación inicial, el distrito debe obtener su consentimiento para evaluar o darle un aviso previo por escrito de que no sospecha una discapacidad.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: [{ type: 'evaluation-consent-received' }, { type: 'evaluation-refused' }],
      measuredTo: {
        en: 'the district has your consent to evaluate, or has refused in writing',
        es: 'el distrito tiene su consentimiento para evaluar, o se ha negado por escrito',
      },
      citation: 'Ohio Admin. Code 3301-51-06(B)(3)',
      sourceUrl:
        'http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Evaluation/Request-and-Referral-for-Initial-Evaluation',
      status: 'confirmed',
    }),
    stateRule('OH', ideaInitialEvaluation, {
      summary: {
        en: 'In Ohio the initial evaluation must be conducted within 60 days of receiving your consent.',
        es: 'En Ohio la evaluación inicial debe realizarse dentro de los 60 días siguientes a recibir su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ohio Admin. Code 3301-51-06',
      // The state agency's operating standards (6.2) state the same 60 days from consent.
      sourceUrl: `${datasetSource('https://codes.ohio.gov/ohio-administrative-code/rule-3301-51-06')} ; http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Evaluation/Request-and-Referral-for-Initial-Evaluation`,
      status: 'confirmed',
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
