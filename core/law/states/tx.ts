import { beforeIepMeeting, MEETING_DOCUMENTS_PROVIDED } from '../before-meeting';
import { stateRule } from '../define-rule';
import {
  EVALUATION_DONE,
  INITIAL_EVALUATION_DONE,
  MEASURED_TO,
  PARENT_WRITTEN_REQUEST,
  REQUEST_ANSWERED_IN_WRITING,
} from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaTransitionPlan } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * Texas: 15 school days to answer a parent's written request (19 TAC 89.1011(b)); 45 school days
 * from consent to the written report (FIIE), with the June 30 rule; summer days are not school days.
 * The ARD meeting is due 30 calendar days after the report, moved to the first day of classes when
 * that day falls in summer, or to the 15th school day of the next year when consent came 35–44
 * school days before the last day (TEC 29.004(a-1)); confirmed through the ESC's Legal Framework,
 * a secondary source (docs/decisions/0002, D10; 0015). The report reaches the parent 5 school days
 * before the initial ARD meeting (one source; decision 0029).
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
        en: 'In Texas the ARD committee must meet to decide eligibility and, if your child is eligible, the IEP within 30 calendar days of the written evaluation report. If the 30th day falls in summer, it may wait until the first day of classes in the fall (unless your child needs extended school year services); if consent came 35 to 44 school days before the last day of school, it must meet by the 15th school day of the next school year. You get the report at least 5 school days before the meeting.',
        es: 'En Texas el comité ARD debe reunirse para decidir la elegibilidad y, si su hijo(a) es elegible, el IEP dentro de los 30 días calendario siguientes al informe escrito de evaluación. Si el día 30 cae en verano, puede esperar hasta el primer día de clases del otoño (salvo que su hijo(a) necesite servicios del año escolar extendido); si el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, debe reunirse a más tardar el 15.º día escolar del año siguiente. Usted recibe el informe al menos 5 días escolares antes de la reunión.',
      },
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: [{ type: 'iep-meeting-held' }, { type: 'eligibility-determined', where: { framework: ['idea'] } }],
      yearEnd: {
        id: 'summer-to-next-year',
        consentMinDaysLeft: 35,
        consentMaxDaysLeft: 44,
        nextYearSchoolDay: 15,
        label: {
          en: 'the 30th day falls in summer, so the meeting is due on the first day of classes of the next school year (earlier if your child needs extended school year services)',
          es: 'el día 30 cae en verano, así que la reunión vence el primer día de clases del siguiente año escolar (antes si su hijo(a) necesita servicios del año escolar extendido)',
        },
        nextYearLabel: {
          en: 'consent came 35 to 44 school days before the last day of school, so the meeting is due by the 15th school day of the next school year',
          es: 'el consentimiento llegó entre 35 y 44 días escolares antes del último día de clases, así que la reunión vence a más tardar el 15.º día escolar del siguiente año escolar',
        },
      },
      measuredTo: {
        en: 'the ARD committee has met and decided eligibility and, if eligible, the IEP',
        es: 'el comité ARD se ha reunido y ha decidido la elegibilidad y, si hay elegibilidad, el IEP',
      },
      citation: 'Tex. Educ. Code 29.004(a-1); 19 TAC 89.1011',
      sourceUrl:
        'https://sites.google.com/ferrisisd.org/sped-resources/ardc-meetings ; https://fw.escapps.net/node/3808 ; https://capitol.texas.gov/tlodocs/83R/billtext/html/SB00816E.htm',
      status: 'confirmed-secondary',
    }),
    stateRule('TX', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Texas, when you ask in writing for an evaluation (to the special education director or a district administrator such as the principal), the district must, by the 15th school day, give you prior written notice either proposing the evaluation, with a consent form, or refusing it.',
        es: 'En Texas, cuando usted pide por escrito una evaluación (al director de educación especial o a un administrador del distrito, como el director de la escuela), el distrito debe, a más tardar el 15.º día escolar, darle un aviso previo por escrito que proponga la evaluación, con un formulario de consentimiento, o que la rechace.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '19 TAC 89.1011(b)',
      sourceUrl:
        'https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir=&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=19&pt=2&ch=89&rl=1011 ; https://regulations.justia.com/states/texas/title-19/part-2/chapter-89/subchapter-aa/division-5/section-89-1011',
      status: 'confirmed',
    }),
    beforeIepMeeting('TX', {
      kind: 'meeting-documents',
      count: 5,
      basis: 'school-days',
      basisText: '5 school days before the meeting',
      purposes: ['initial'],
      completedBy: MEETING_DOCUMENTS_PROVIDED,
      summary: {
        en: 'In Texas you must get the written evaluation report at least 5 school days before the initial ARD meeting. Binder dates it for an IEP (ARD) meeting scheduled as the initial one; one source only.',
        es: 'En Texas usted debe recibir el informe escrito de evaluación al menos 5 días escolares antes de la reunión ARD inicial. Binder lo fecha para una reunión del IEP (ARD) programada como la inicial; una sola fuente.',
      },
      citation: '19 TAC 89.1011',
      sourceUrl: 'https://fw.escapps.net/node/3808',
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
