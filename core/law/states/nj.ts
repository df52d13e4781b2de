import { stateRule } from '../define-rule';
import { IEP_IMPLEMENTED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING, REQUEST_MEETING_HELD } from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaTransitionPlan } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * New Jersey: identification meeting within 20 calendar days of the referral and written notice of
 * its decision within 15 calendar days of that meeting (6A:14-3.3(e), district pages); 90 calendar
 * days from consent to the IEP in effect; IEP meeting 30 days after eligibility; transition at 14.
 */
export const newJersey: StateRules = {
  code: 'NJ',
  deadlineRules: [
    stateRule('NJ', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In New Jersey the team must hold an identification meeting within 20 calendar days of the referral to decide whether to evaluate; written notice of its decision follows within 15 days. Older sources say school holidays (not summer) are not counted; Binder counts every day, so check with the district.',
        es: 'En Nueva Jersey el equipo debe celebrar una reunión de identificación dentro de los 20 días calendario siguientes a la remisión para decidir si evalúa; el aviso por escrito de su decisión llega dentro de 15 días. Fuentes antiguas dicen que no se cuentan los feriados escolares (pero sí el verano); Binder cuenta todos los días, así que confírmelo con el distrito.',
      },
      count: 20,
      basisText: '20 calendar days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the team has met on the referral (or answered it in writing)',
        es: 'el equipo se ha reunido sobre la remisión (o la ha respondido por escrito)',
      },
      citation: 'N.J.A.C. 6A:14-3.3(e)',
      sourceUrl:
        'https://www.chclc.org/Page/2389 ; http://www2.hvrsd.org/Offices/SpecialEducation/Pages/Evaluation.aspx',
      status: 'confirmed-secondary',
    }),
    stateRule('NJ', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In New Jersey, after the identification meeting, the district must give you written notice of its decision (to evaluate, and how, or not to evaluate) within 15 calendar days of that meeting.',
        es: 'En Nueva Jersey, después de la reunión de identificación, el distrito debe darle un aviso por escrito de su decisión (evaluar, y cómo, o no evaluar) dentro de los 15 días calendario siguientes a esa reunión.',
      },
      count: 15,
      basisText: '15 calendar days',
      trigger: { from: 'events', events: [{ type: 'referral-meeting-held' }] },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: 'N.J.A.C. 6A:14-3.3(e)',
      sourceUrl:
        'https://www.chclc.org/Page/2389 ; http://www2.hvrsd.org/Offices/SpecialEducation/Pages/Evaluation.aspx',
      status: 'confirmed-secondary',
    }),
    stateRule('NJ', ideaInitialEvaluation, {
      summary: {
        en: 'In New Jersey the evaluation, the eligibility decision and, if eligible, the IEP in effect are due within 90 calendar days of your consent.',
        es: 'En Nueva Jersey la evaluación, la decisión de elegibilidad y, si hay elegibilidad, el IEP en vigor vencen dentro de los 90 días calendario siguientes a su consentimiento.',
      },
      count: 90,
      basisText: '90 calendar days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: 'N.J.A.C. 6A:14-3.4(e)',
      sourceUrl: `https://www.lrhsd.org/Page/668 ; ${DATASET_URL}`,
      status: 'confirmed',
    }),
    stateRule('NJ', ideaInitialIepMeeting, {
      summary: {
        en: 'In New Jersey the IEP meeting must be held within 30 calendar days of the eligibility decision.',
        es: 'En Nueva Jersey la reunión del IEP debe celebrarse dentro de los 30 días calendario siguientes a la decisión de elegibilidad.',
      },
      citation: 'N.J.A.C. 6A:14-3.7(a)',
      sourceUrl:
        'http://casetext.com/regulation/new-jersey-administrative-code/title-6a-education/chapter-14-special-education/subchapter-3-services/section-6a14-37-individualized-education-program',
      status: 'confirmed',
    }),
    stateRule('NJ', ideaTransitionPlan, {
      summary: {
        en: 'In New Jersey transition content belongs in the IEP for the year your child turns 14.',
        es: 'En Nueva Jersey el contenido de transición va en el IEP del año en que su hijo(a) cumple 14 años.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'N.J.A.C. 6A:14-3.7(e)',
      sourceUrl:
        'https://acnj.org/the-high-school-years-for-students-with-individualized-education-plans-ieps-options-and-issues ; https://www.njcosac.org/cosac2/transition',
      status: 'confirmed-secondary',
    }),
  ],
};
