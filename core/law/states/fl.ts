import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, PARENT_WRITTEN_REQUEST } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

/** Florida: 60 calendar days from consent, not counting school holidays, breaks and summer (2014 amendment). */
export const florida: StateRules = {
  code: 'FL',
  deadlineRules: [
    stateRule('FL', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Florida, within 30 days of your request for an evaluation, the district must obtain your consent to evaluate or tell you in writing that it refuses (reported by secondary sources; check Fla. Admin. Code 6A-6.0331(3)).',
        es: 'En Florida, dentro de los 30 días siguientes a su solicitud de evaluación, el distrito debe obtener su consentimiento para evaluar o decirle por escrito que se niega (según fuentes secundarias; verifique Fla. Admin. Code 6A-6.0331(3)).',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: [{ type: 'evaluation-consent-received' }, { type: 'evaluation-refused' }],
      measuredTo: {
        en: 'the district has your consent to evaluate, or has refused in writing',
        es: 'el distrito tiene su consentimiento para evaluar, o se ha negado por escrito',
      },
      citation: 'Fla. Admin. Code 6A-6.0331(3)(c)',
      sourceUrl: 'https://www.eprcnwfl.com/2021/03/11/florida-special-education-process-timelines/',
      status: 'confirmed-secondary',
    }),
    stateRule('FL', ideaInitialEvaluation, {
      summary: {
        en: 'In Florida the initial evaluation must be completed within 60 calendar days of your consent, not counting school holidays, breaks and summer.',
        es: 'En Florida la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento, sin contar feriados escolares, vacaciones y verano.',
      },
      breakExclusion: BREAK_EXCLUSIONS.florida,
      basisText: '60 calendar days, not counting school holidays, breaks and summer',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Fla. Admin. Code 6A-6.0331',
      sourceUrl: 'http://flrules.elaws.us/notice/attribute/10/15/2014/15176928/60211',
      status: 'confirmed-secondary',
    }),
    stateRule('FL', ideaTransitionPlan, {
      summary: {
        en: 'In Florida the IEP team begins transition planning in 7th grade or at age 12, whichever comes first, and the transition IEP must be in place before your child enters high school or turns 14, whichever comes first. Binder uses the first day of 9th grade when it is entered on your child’s details; otherwise the 14th birthday.',
        es: 'En Florida el equipo del IEP comienza la planificación de la transición en 7.º grado o a los 12 años, lo que ocurra primero, y el IEP de transición debe estar listo antes de que su hijo(a) entre a la secundaria o cumpla 14 años, lo que ocurra primero. Binder usa el primer día de 9.º grado cuando se anota en los datos de su hijo(a); si no, el cumpleaños 14.',
      },
      count: 14,
      basisText: 'age 14 or entering grade 9, whichever is first',
      // "operational … on the first day of the student's first year in high school" (grade 9).
      orOnEnteringGrade: { grade: 9, label: { en: 'grade 9', es: '9.º grado' } },
      citation: 'Fla. Stat. 1003.5716(1)',
      sourceUrl:
        'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=1000-1099/1003/Sections/1003.5716.html',
      status: 'confirmed',
    }),
  ],
};
