import { beforeIepMeeting, MEETING_NOTICE_GIVEN } from '../before-meeting';
import { citationRecord, stateRule } from '../define-rule';
import { IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Kansas: 60 school days from consent, covering the evaluation, eligibility and the start of the
 * IEP (the state handbook as summarised; the regulation's timeline paragraph was not read). Two
 * sources say school days and only an unreliable one says calendar days, so school days are encoded
 * as `unconfirmed`. Transition at 14; meeting notice 10 days ahead (secondary); consent for a material
 * change of services (25 % or more) or a substantial change of placement.
 */
export const kansas: StateRules = {
  code: 'KS',
  deadlineRules: [
    stateRule('KS', ideaInitialEvaluation, {
      summary: {
        en: 'In Kansas, as the state handbook is summarised, the evaluation, the eligibility decision and the start of services must all happen within 60 school days of your written consent. One source says calendar days; the regulation’s text was not checked.',
        es: 'En Kansas, según los resúmenes del manual estatal, la evaluación, la decisión de elegibilidad y el inicio de los servicios deben ocurrir dentro de los 60 días escolares siguientes a su consentimiento escrito. Una fuente dice días calendario; no se verificó el texto del reglamento.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: 'K.A.R. 91-40-8; KSDE Special Education Process Handbook ch. 3',
      sourceUrl:
        'https://tinyeye.com/blog/understanding-the-kansas-special-education-process-initial-evaluation-and-eligibility.php',
      status: 'unconfirmed',
    }),
    stateRule('KS', ideaTransitionPlan, {
      summary: {
        en: 'In Kansas transition planning starts with the IEP in effect when your child turns 14.',
        es: 'En Kansas la planificación de la transición empieza con el IEP vigente cuando su hijo(a) cumple 14 años.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'K.S.A. 72-3429(c)(8)',
      sourceUrl:
        'https://slidelegend.com/kansas-special-education-services-process-handbook-kansas-state-_59c37b401723dd10428c7814.html',
      status: 'confirmed-secondary',
    }),
    beforeIepMeeting('KS', {
      kind: 'meeting-notice',
      count: 10,
      basisText: '10 calendar days before the meeting',
      completedBy: MEETING_NOTICE_GIVEN,
      summary: {
        en: 'In Kansas the school must give you written notice of an IEP meeting at least 10 days before it (Binder counts calendar days, as the sources do not say school days).',
        es: 'En Kansas la escuela debe darle un aviso por escrito de una reunión del IEP al menos 10 días antes (Binder cuenta días calendario, ya que las fuentes no dicen días escolares).',
      },
      citation: 'KSDE Special Education Process Handbook (meeting notice)',
      sourceUrl:
        'https://slidelegend.com/kansas-special-education-services-process-handbook-kansas-state-_59c37b401723dd10428c7814.html',
      status: 'confirmed-secondary',
    }),
  ],
  citations: [
    citationRecord(
      'KS',
      'state',
      'ks.material-change-consent',
      'K.S.A. 72-3430(b)(6); K.A.R. 91-40-27(a)(3)',
      {
        en: 'In Kansas the school needs your written consent before a material change in services (a change of 25% or more in a service) or a substantial change in placement.',
        es: 'En Kansas la escuela necesita su consentimiento por escrito antes de un cambio material en los servicios (un cambio del 25 % o más en un servicio) o un cambio sustancial de ubicación.',
      },
      'confirmed',
      'https://www.law.cornell.edu/regulations/kansas/K-A-R-91-40-27',
    ),
  ],
};
