import { stateRule } from '../define-rule';
import { EVALUATION_DONE, IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const SOURCES =
  'https://www.uft.org/node/120661/printable/print ; http://www.harrisbeach.com/news/articleviewer.cfm?aid=350';

/** New York: evaluation in 60 calendar days and the IEP implemented within 60 school days of consent; transition at 15. */
export const newYork: StateRules = {
  code: 'NY',
  deadlineRules: [
    stateRule('NY', ideaInitialEvaluation, {
      summary: {
        en: 'In New York the initial evaluation must be completed within 60 calendar days of your consent.',
        es: 'En Nueva York la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '8 NYCRR 200.4(b)(7)',
      sourceUrl: SOURCES,
      status: 'confirmed-secondary',
    }),
    stateRule('NY', ideaInitialEvaluation, {
      kind: 'iep-implementation',
      summary: {
        en: 'In New York the recommended IEP must be implemented within 60 school days of your consent to evaluate.',
        es: 'En Nueva York el IEP recomendado debe aplicarse dentro de los 60 días escolares siguientes a su consentimiento para evaluar.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '8 NYCRR 200.4(e)(1)',
      sourceUrl: SOURCES,
      status: 'confirmed-secondary',
    }),
    stateRule('NY', ideaTransitionPlan, {
      summary: {
        en: 'In New York transition needs, postsecondary goals and services start with the first IEP in effect when your child turns 15.',
        es: 'En Nueva York las necesidades de transición, las metas y los servicios empiezan con el primer IEP vigente cuando su hijo(a) cumple 15 años.',
      },
      count: 15,
      basisText: 'age 15',
      citation: '8 NYCRR 200.4(d)(2)(ix)',
      sourceUrl: 'http://transitionsource.org/regulations-transition',
      status: 'confirmed',
    }),
  ],
};
