import { stateRule } from '../define-rule';
import { EVALUATION_DONE, INITIAL_EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaTransitionPlan } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * Texas: 45 school days from consent to the written report (FIIE), with the June 30 rule; summer
 * days are not school days. The ARD meeting after the report is disputed between secondary
 * sources, so it is encoded as 30 calendar days and marked `unconfirmed` (docs/decisions/0002, D7).
 */
export const texas: StateRules = {
  code: 'TX',
  deadlineRules: [
    stateRule('TX', ideaInitialEvaluation, {
      summary: {
        en: 'In Texas the written evaluation report is due within 45 school days of the district receiving your signed consent (longer if your child misses 3 or more school days); consent 35–44 school days before the last day of school moves it to 30 June.',
        es: 'En Texas el informe escrito de evaluación vence dentro de los 45 días escolares siguientes a que el distrito reciba su consentimiento firmado (más si su hijo(a) falta 3 o más días); un consentimiento recibido entre 35 y 44 días escolares antes del último día de clases lo pasa al 30 de junio.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      yearEnd: {
        id: 'june-30',
        minDaysLeft: 35,
        label: {
          en: 'consent came 35 to 44 school days before the last day of school, so the report is due 30 June',
          es: 'el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, así que el informe vence el 30 de junio',
        },
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.report,
      citation: 'Tex. Educ. Code 29.004; 19 TAC 89.1011',
      sourceUrl: `https://capitol.texas.gov/tlodocs/83R/billtext/html/SB00816E.htm ; https://sites.google.com/ferrisisd.org/sped-resources/referral-process/consent-for-initial-evaluation/timeline-for-conducting-initial-evaluations ; ${DATASET_URL}`,
      status: 'confirmed',
    }),
    stateRule('TX', ideaInitialIepMeeting, {
      summary: {
        en: 'In Texas the ARD committee meets after the evaluation report to decide eligibility and the IEP; Binder assumes 30 calendar days, but sources disagree — check with the district.',
        es: 'En Texas el comité ARD se reúne después del informe de evaluación para decidir la elegibilidad y el IEP; Binder supone 30 días calendario, pero las fuentes no coinciden: confírmelo con el distrito.',
      },
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: [{ type: 'iep-meeting-held' }, { type: 'eligibility-determined', where: { framework: ['idea'] } }],
      measuredTo: {
        en: 'the ARD committee has met and decided eligibility and, if eligible, the IEP',
        es: 'el comité ARD se ha reunido y ha decidido la elegibilidad y, si hay elegibilidad, el IEP',
      },
      citation: '19 TAC 89.1011',
      sourceUrl:
        'https://sites.google.com/ferrisisd.org/sped-resources/referral-process/consent-for-initial-evaluation/timeline-for-conducting-initial-evaluations',
      status: 'unconfirmed',
    }),
    stateRule('TX', ideaTransitionPlan, {
      summary: {
        en: 'In Texas transition planning must begin no later than age 14.',
        es: 'En Texas la planificación de la transición debe comenzar a más tardar a los 14 años.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'Tex. Educ. Code 29.0111',
      sourceUrl: 'https://texas.public.law/statutes/tex._educ._code_section_29.0111',
      status: 'confirmed',
    }),
  ],
};
