import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation, ideaRecordsAccess } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * California: 60 days from consent to the IEP, not counting days between terms and vacations over
 * 5 school days; for a referral 30 days or less before the year's end, 30 days after the next year
 * starts (56344(a)).
 */
export const california: StateRules = {
  code: 'CA',
  deadlineRules: [
    stateRule('CA', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In California the district must give you a proposed assessment plan within 15 days of the referral, not counting days between school years or vacations of more than five school days; for a referral 10 days or less before the end of the school year, within 10 days after the next school year starts. You then have at least 15 days to decide.',
        es: 'En California el distrito debe darle un plan de evaluación propuesto dentro de los 15 días siguientes a la remisión, sin contar los días entre años escolares ni las vacaciones de más de cinco días escolares; para una remisión hecha 10 días o menos antes del fin del año escolar, dentro de los 10 días siguientes al inicio del siguiente año escolar. Después usted tiene al menos 15 días para decidir.',
      },
      count: 15,
      trigger: { from: 'referral' },
      breakExclusion: BREAK_EXCLUSIONS.california,
      basisText: '15 calendar days, not counting days between school years and vacations over 5 school days',
      yearEnd: {
        id: 'days-after-next-year-start',
        withinDays: 10,
        label: {
          en: 'the referral came 10 days or less before the end of the school year, so the plan is due 10 days after the next school year starts',
          es: 'la remisión llegó 10 días o menos antes del fin del año escolar, así que el plan vence 10 días después del inicio del siguiente año escolar',
        },
      },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: {
        en: 'the district has given you a proposed assessment plan (or refused in writing)',
        es: 'el distrito le ha dado un plan de evaluación propuesto (o se ha negado por escrito)',
      },
      citation: 'Cal. Educ. Code 56321(a)',
      sourceUrl: 'https://jurris.com/california/education-code/56320-56330/56321-3',
      status: 'confirmed',
    }),
    stateRule('CA', ideaRecordsAccess, {
      summary: {
        en: 'In California you may see and get copies of your child’s school records within 5 business days of asking, orally or in writing, and before any IEP meeting or hearing.',
        es: 'En California puede ver y obtener copias de los expedientes escolares de su hijo(a) dentro de los 5 días hábiles siguientes a su solicitud, oral o escrita, y antes de cualquier reunión del IEP o audiencia.',
      },
      count: 5,
      basis: 'business-days',
      basisText: '5 business days',
      citation: 'Cal. Educ. Code 56504; 49069.7(b)',
      sourceUrl: 'https://jurris.com/california/education-code/56500-56509/56504-12',
      status: 'confirmed',
    }),
    stateRule('CA', ideaInitialEvaluation, {
      summary: {
        en: 'In California an IEP must be developed within 60 days of receiving your written consent for assessment, not counting days between school years or school vacations of more than five school days. For a referral made 30 days or less before the end of the school year, the IEP is due within 30 days after the next school year starts.',
        es: 'En California el IEP debe elaborarse dentro de los 60 días siguientes a recibir su consentimiento escrito para la evaluación, sin contar los días entre años escolares ni las vacaciones de más de cinco días escolares. Para una remisión hecha 30 días o menos antes del fin del año escolar, el IEP vence dentro de los 30 días siguientes al inicio del siguiente año escolar.',
      },
      breakExclusion: BREAK_EXCLUSIONS.california,
      basisText: '60 calendar days, not counting days between school years and vacations over 5 school days',
      // 56344(a), second sentence: for a referral made 30 days or less before the end of the regular
      // school year, the IEP is due within 30 days after the next regular school year starts.
      yearEnd: {
        id: 'days-after-next-year-start',
        withinDays: 30,
        conditionOn: 'referral',
        label: {
          en: 'the referral came 30 days or less before the end of the school year, so the IEP is due 30 days after the next school year starts',
          es: 'la remisión llegó 30 días o menos antes del fin del año escolar, así que el IEP vence 30 días después del inicio del siguiente año escolar',
        },
      },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'Cal. Educ. Code 56344(a)',
      // The statute's own text was read (a verbatim mirror of 56344(a)): status confirmed.
      sourceUrl: `https://jurris.com/california/education-code/56340-56347/56344-12 ; ${datasetSource(
        'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=EDC&division=4.&title=2.&part=30.&chapter=4.&article=3.',
      )}`,
      status: 'confirmed',
    }),
  ],
};
