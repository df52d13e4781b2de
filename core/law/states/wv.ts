import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, PARENT_WRITTEN_REQUEST, REQUEST_MEETING_HELD } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * West Virginia: a parent's written request is reviewed by the Student Assistance Team within 10
 * school days (secondary). 80 days for the initial evaluation (Policy 2419). Most sources count from consent,
 * one state data-system guide from the referral; consent is encoded, `unconfirmed`, and the summary
 * names the other reading (which would give an earlier date).
 */
export const westVirginia: StateRules = {
  code: 'WV',
  deadlineRules: [
    stateRule('WV', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In West Virginia your written request for an evaluation goes to the Student Assistance Team, which must review it within 10 school days.',
        es: 'En Virginia Occidental su solicitud escrita de evaluación va al Equipo de Asistencia Estudiantil (SAT), que debe revisarla dentro de 10 días escolares.',
      },
      count: 10,
      basis: 'school-days',
      basisText: '10 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the Student Assistance Team has reviewed your request (or the school has answered it in writing)',
        es: 'el Equipo de Asistencia Estudiantil ha revisado su solicitud (o la escuela la ha respondido por escrito)',
      },
      citation: 'W. Va. Code R. 126-16 (Policy 2419), ch. 3',
      sourceUrl:
        'https://specialedstartguide.com/blog/west-virginia-special-education-evaluation ; https://wvde.us/special-education/',
      status: 'confirmed-secondary',
    }),
    stateRule('WV', ideaInitialEvaluation, {
      summary: {
        en: 'In West Virginia the initial evaluation must be completed within 80 days; Binder counts calendar days from the school receiving your consent, but one state guide counts from the referral, which would make it due sooner.',
        es: 'En Virginia Occidental la evaluación inicial debe completarse dentro de 80 días; Binder cuenta días calendario desde que la escuela recibe su consentimiento, pero una guía estatal cuenta desde la remisión, lo que la haría vencer antes.',
      },
      count: 80,
      basisText: '80 calendar days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'W. Va. Code R. 126-16 (Policy 2419), ch. 3',
      sourceUrl:
        'https://specialedstartguide.com/blog/west-virginia-special-education-evaluation ; https://tinyeye.com/blog/understanding-the-80-day-timeline-for-initial-evaluations-in-west-virginia.php',
      status: 'unconfirmed',
    }),
  ],
};
