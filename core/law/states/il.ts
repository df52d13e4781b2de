import { beforeIepMeeting, MEETING_NOTICE_GIVEN } from '../before-meeting';
import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO, PARENT_WRITTEN_REQUEST, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * Illinois: 60 school days from consent to eligibility and the IEP meeting; transition at 14½; the
 * meeting notice 10 calendar days ahead (one secondary source, `unconfirmed`).
 */
export const illinois: StateRules = {
  code: 'IL',
  deadlineRules: [
    stateRule('IL', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Illinois, within 14 school days of your written request for an evaluation, the district must tell you in writing whether it will evaluate: it asks for your consent, or refuses and says why.',
        es: 'En Illinois, dentro de los 14 días escolares siguientes a su solicitud escrita de evaluación, el distrito debe decirle por escrito si evaluará: pide su consentimiento, o se niega y explica por qué.',
      },
      count: 14,
      basis: 'school-days',
      basisText: '14 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '23 Ill. Admin. Code 226.110(c)',
      sourceUrl:
        'https://ilga.gov/commission/jcar/admincode/023/023002260B01100R.html ; https://samegoal.com/iep/g/support/online-guides/state-specific-guide/illinois/se-deadlines',
      status: 'confirmed-secondary',
    }),
    stateRule('IL', ideaInitialEvaluation, {
      summary: {
        en: 'In Illinois eligibility must be decided and the IEP meeting held within 60 school days of your consent; if fewer than 60 school days remain in the year, before the next school year starts.',
        es: 'En Illinois la elegibilidad debe decidirse y la reunión del IEP celebrarse dentro de los 60 días escolares siguientes a su consentimiento; si quedan menos de 60 días escolares en el año, antes de que empiece el siguiente año escolar.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      yearEnd: {
        id: 'before-next-school-year',
        label: {
          en: 'fewer than 60 school days were left in the school year, so it is due the day before the next school year starts',
          es: 'quedaban menos de 60 días escolares en el año escolar, así que vence el día antes de que empiece el siguiente año escolar',
        },
      },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: '105 ILCS 5/14-8.02; 23 Ill. Admin. Code 226.110',
      sourceUrl: `https://www.isbe.net/Pages/Special-Education-Indicator-11.aspx ; ${datasetSource('https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K14-8.02')}`,
      status: 'confirmed',
    }),
    stateRule('IL', ideaTransitionPlan, {
      summary: {
        en: 'In Illinois postsecondary goals and transition services start with the first IEP in effect when your child turns 14½.',
        es: 'En Illinois las metas para después de la secundaria y los servicios de transición empiezan con el primer IEP vigente cuando su hijo(a) cumple 14 años y medio.',
      },
      count: 14.5,
      basisText: 'age 14½',
      // 14½ dates from P.A. 96-0187 (2009); P.A. 98-0517 and 103-0854 re-enacted (a-5) with the same age.
      citation: '105 ILCS 5/14-8.03(a-5) (P.A. 96-0187)',
      sourceUrl:
        'https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K14-8.03 ; https://ilga.gov/ftp/Public%20Acts/96/096-0187.htm',
      status: 'confirmed',
    }),
    beforeIepMeeting('IL', {
      kind: 'meeting-notice',
      count: 10,
      basisText: '10 calendar days before the meeting',
      completedBy: MEETING_NOTICE_GIVEN,
      summary: {
        en: 'In Illinois the district is reported to have to notify you of an IEP meeting no later than 10 calendar days before it; only one secondary source was found and the statute’s text was not read.',
        es: 'En Illinois se informa que el distrito debe avisarle de una reunión del IEP a más tardar 10 días calendario antes; solo se encontró una fuente secundaria y no se leyó el texto de la ley.',
      },
      citation: '105 ILCS 5/14-8.02(g) (not read)',
      sourceUrl:
        'https://samegoal.com/iep/g/support/online-guides/state-specific-guide/illinois/se-deadlines ; https://ilga.gov/legislation/ilcs/fulltext?DocName=010500050K14-19',
      status: 'unconfirmed',
    }),
  ],
};
