import { stateRule } from '../define-rule';
import {
  EVALUATION_DONE,
  MEASURED_TO,
  PARENT_REQUEST,
  REQUEST_ANSWERED_IN_WRITING,
  REQUEST_MEETING_HELD,
} from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const PART_34 =
  'https://casetext.com/regulation/mississippi-administrative-code/title-7-education-k-12/part-34-state-policies-regarding-children-with-disabilities-under-the-individuals-with-disabilities-education-act-amendments-of-2004';

/**
 * Mississippi: 60 calendar days from consent (secondary). Transition at 14 and the age of majority
 * at 21 are the better-supported readings but conflict with other sources, so both are
 * `unconfirmed`. A parent's request, spoken or written, starts two clocks (34-D-300.301(b), read): the
 * evaluation team meets on it within 14 calendar days, and prior written notice of its decision follows
 * within 7 calendar days of that meeting.
 */
export const mississippi: StateRules = {
  code: 'MS',
  deadlineRules: [
    stateRule('MS', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In Mississippi, when you ask for an evaluation (in writing or out loud), the Multidisciplinary Evaluation Team must meet within 14 calendar days to decide whether to evaluate.',
        es: 'En Misisipi, cuando usted pide una evaluación (por escrito o de palabra), el Equipo de Evaluación Multidisciplinario debe reunirse dentro de los 14 días calendario siguientes para decidir si evalúa.',
      },
      count: 14,
      basisText: '14 calendar days',
      trigger: { from: 'events', events: PARENT_REQUEST },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the evaluation team has met on your request (or answered it in writing)',
        es: 'el equipo de evaluación se ha reunido sobre su solicitud (o la ha respondido por escrito)',
      },
      citation: '7 Miss. Code R. 34-D-300.301(b)',
      sourceUrl: PART_34,
      status: 'confirmed',
    }),
    stateRule('MS', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Mississippi the school must give you prior written notice of the evaluation team’s decision within 7 calendar days of the meeting on your request.',
        es: 'En Misisipi la escuela debe darle un aviso previo por escrito de la decisión del equipo de evaluación dentro de los 7 días calendario siguientes a la reunión sobre su solicitud.',
      },
      count: 7,
      basisText: '7 calendar days',
      trigger: { from: 'events', events: [{ type: 'referral-meeting-held' }] },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '7 Miss. Code R. 34-D-300.301(b)',
      sourceUrl: PART_34,
      status: 'confirmed',
    }),
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
