import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * New Hampshire: 60 days from consent (the current rule per the dataset; an older source says 45
 * with a 30-day extension — docs/decisions/0002, D8). State guidance: an IDEA-eligible child gets
 * an IEP, not a 504 plan, so both plans at once is a violation here.
 */
export const newHampshire: StateRules = {
  code: 'NH',
  deadlineRules: [
    stateRule('NH', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In New Hampshire the IEP team must decide what to do about a referral and give you written notice of its decision within 15 business days of the referral.',
        es: 'En Nuevo Hampshire el equipo del IEP debe decidir qué hacer con una remisión y darle aviso por escrito de su decisión dentro de los 15 días hábiles siguientes a la remisión.',
      },
      count: 15,
      basis: 'business-days',
      basisText: '15 business days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: 'N.H. Code Admin. R. Ed 1106.01(d)–(e)',
      sourceUrl: 'https://www.gencourt.state.nh.us/rules/state_agencies/ed1100.html',
      status: 'confirmed',
    }),
    stateRule('NH', ideaInitialEvaluation, {
      summary: {
        en: 'In New Hampshire the evaluation process must be completed within 60 days of receiving your consent (an older source says 45 days; check Ed 1107.01).',
        es: 'En Nuevo Hampshire el proceso de evaluación debe completarse dentro de los 60 días siguientes a recibir su consentimiento (una fuente antigua dice 45 días; verifique Ed 1107.01).',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'N.H. Code Admin. R. Ed 1107.01(c)',
      sourceUrl: `${datasetSource('https://www.gencourt.state.nh.us/rules/state_agencies/ed1100.html')} ; https://www.timetoast.com/timelines/special-education-process-timeline-ed512-sam-price`,
      status: 'dataset',
    }),
  ],
  onePlanPosition: {
    citation: 'NH DOE guidance (Bureau of Special Education; Yankton Sch. Dist. v. Schramm, 8th Cir. 1996)',
    status: 'confirmed',
    summary: {
      en: 'New Hampshire’s Department of Education says a student who qualifies under IDEA gets an IEP instead of a 504 plan; the district may not choose 504 services for an IDEA-eligible child. Accommodations go in the IEP.',
      es: 'El Departamento de Educación de Nuevo Hampshire indica que un estudiante que califica bajo IDEA recibe un IEP en lugar de un plan 504; el distrito no puede elegir servicios 504 para un niño elegible bajo IDEA. Las adaptaciones van en el IEP.',
    },
    sourceUrl: 'http://www.education.nh.gov/instruction/school_health/faq_504.htm',
  },
};
