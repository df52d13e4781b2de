import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const PART_34 =
  'https://casetext.com/regulation/mississippi-administrative-code/title-7-education-k-12/part-34-state-policies-regarding-children-with-disabilities-under-the-individuals-with-disabilities-education-act-amendments-of-2004';

/**
 * Mississippi: 60 calendar days from consent (secondary). Transition at 14 and the age of majority
 * at 21 are the better-supported readings but conflict with other sources, so both are
 * `unconfirmed`. The 14-day answer to a parent's request (34-D-300.301(b), read) is a request clock
 * and is added with the request-clock rules.
 */
export const mississippi: StateRules = {
  code: 'MS',
  deadlineRules: [
    stateRule('MS', ideaInitialEvaluation, {
      summary: {
        en: 'In Mississippi the initial evaluation must be completed within 60 calendar days of the school receiving your signed consent.',
        es: 'En Misisipi la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento firmado.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '7 Miss. Code R. 34-D-300.301',
      sourceUrl: `https://specialedstartguide.com/blog/mississippi-special-education-evaluation ; ${PART_34}`,
      status: 'confirmed-secondary',
    }),
    stateRule('MS', ideaTransitionPlan, {
      summary: {
        en: 'In Mississippi transition planning is reported to start with the IEP in effect at 14; one source says 16 and the state rule was not checked, so plan for 14.',
        es: 'En Misisipi se informa que la planificación de la transición empieza con el IEP vigente a los 14 años; una fuente dice 16 y no se verificó la norma estatal, así que planifique para los 14.',
      },
      count: 14,
      basisText: 'age 14',
      citation: '7 Miss. Code R. 34-D-300.320(b) (not read)',
      sourceUrl: PART_34,
      status: 'unconfirmed',
    }),
    stateRule('MS', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Mississippi the age of majority is reported to be 21, so the IEP would tell your child by 20 which rights transfer; one source says 18 and the state rule was not checked.',
        es: 'En Misisipi se informa que la mayoría de edad es a los 21 años, así que el IEP informaría a su hijo(a) a los 20 qué derechos pasan a él o ella; una fuente dice 18 y no se verificó la norma estatal.',
      },
      count: 21,
      basisText: '1 year before age 21',
      citation: 'Miss. Code Ann. 1-3-27; 7 Miss. Code R. 34-E-300.520 (not read)',
      sourceUrl: PART_34,
      status: 'unconfirmed',
    }),
  ],
};
