import { citationRecord, stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const COMAR_EVALUATION = 'COMAR 13A.05.01.06A';
const COMAR_SOURCES = 'http://mdrules.elaws.us/comar/13a.05.01.06 ; http://olms.cte.jhu.edu/421487';

/**
 * Maryland: two clocks run at once — 60 days from consent AND 90 days from the written referral —
 * so both are listed (the second as kind `initial-evaluation-from-referral`); transition at 14.
 */
export const maryland: StateRules = {
  code: 'MD',
  deadlineRules: [
    stateRule('MD', ideaInitialEvaluation, {
      summary: {
        en: 'In Maryland the initial evaluation must be completed within 60 days of your consent, and also within 90 days of the written referral.',
        es: 'En Maryland la evaluación inicial debe completarse dentro de los 60 días siguientes a su consentimiento, y también dentro de los 90 días siguientes a la remisión escrita.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: COMAR_EVALUATION,
      sourceUrl: COMAR_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MD', ideaInitialEvaluation, {
      kind: 'initial-evaluation-from-referral',
      summary: {
        en: 'In Maryland the initial evaluation must also be completed within 90 days of the school receiving the written referral.',
        es: 'En Maryland la evaluación inicial también debe completarse dentro de los 90 días siguientes a que la escuela reciba la remisión escrita.',
      },
      count: 90,
      basisText: '90 calendar days',
      trigger: { from: 'referral' },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: COMAR_EVALUATION,
      sourceUrl: COMAR_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MD', ideaTransitionPlan, {
      summary: {
        en: 'In Maryland transition planning starts with the first IEP in effect when your child turns 14.',
        es: 'En Maryland la planificación de la transición empieza con el primer IEP vigente cuando su hijo(a) cumple 14 años.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'COMAR 13A.05.01.09',
      sourceUrl:
        'https://sites.google.com/mcpsmd.net/mcps-special-education-complia/individualized-education-program-document/transition-planning ; http://olms.ctejhu.org/9195',
      status: 'confirmed-secondary',
    }),
  ],
  citations: [
    citationRecord(
      'MD',
      'state',
      'md.discipline-change-of-placement',
      'COMAR 13A.08.03.05',
      {
        en: 'Maryland restates the federal rule: a removal of more than 10 consecutive school days, or a pattern over 10, is a change of placement.',
        es: 'Maryland repite la regla federal: una expulsión de más de 10 días escolares seguidos, o un patrón de más de 10, es un cambio de ubicación.',
      },
      'confirmed',
      'http://www.dsd.state.md.us/comar/comarhtml/13a/13a.08.03.05.htm',
    ),
  ],
};
