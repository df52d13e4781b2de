import { stateRule } from '../define-rule';
import { EVALUATION_REQUEST_ANSWERED, IEP_DEVELOPED, WRITTEN_REQUEST } from '../event-matches';
import { ideaInitialEvaluation, ideaStateComplaintWindow } from '../idea';
import type { StateRules } from '../state-rules';

const R_340_1721B = 'Mich. Admin. Code R 340.1721b';
const R_340_1721B_SOURCES =
  'https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-340-1721b ; https://regulations.justia.com/states/michigan/education/superintendent-of-public-instruction/special-education-programs-and-services/part-2/section-r-340-1721b';

/** Michigan: 10 school days to answer a request, 30 school days from consent to the offer of FAPE; 1-year complaint window. */
export const michigan: StateRules = {
  code: 'MI',
  deadlineRules: [
    stateRule('MI', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In Michigan the district must give you notice and ask for your consent within 10 school days of your written request for an evaluation.',
        es: 'En Míchigan el distrito debe darle aviso y pedir su consentimiento dentro de los 10 días escolares siguientes a su solicitud escrita de evaluación.',
      },
      count: 10,
      basis: 'school-days',
      basisText: '10 school days',
      trigger: { from: 'events', events: WRITTEN_REQUEST },
      completedBy: EVALUATION_REQUEST_ANSWERED,
      citation: R_340_1721B,
      sourceUrl: R_340_1721B_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MI', ideaInitialEvaluation, {
      summary: {
        en: 'In Michigan the district must give notice of its offer of a free appropriate public education, or of no eligibility, within 30 school days of your consent.',
        es: 'En Míchigan el distrito debe notificar su oferta de educación pública gratuita y apropiada, o la no elegibilidad, dentro de los 30 días escolares siguientes a su consentimiento.',
      },
      count: 30,
      basis: 'school-days',
      basisText: '30 school days',
      completedBy: IEP_DEVELOPED,
      measuredTo: {
        en: 'the IEP meeting is held and the offer of FAPE (or a notice of no eligibility) is sent',
        es: 'se celebra la reunión del IEP y se envía la oferta de FAPE (o un aviso de no elegibilidad)',
      },
      citation: R_340_1721B,
      sourceUrl: R_340_1721B_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MI', ideaStateComplaintWindow, {
      summary: {
        en: 'In Michigan a state complaint must be filed within one year of the alleged violation.',
        es: 'En Míchigan una queja estatal debe presentarse dentro del año siguiente a la presunta infracción.',
      },
      citation: 'Mich. Admin. Code R 340.1851',
      sourceUrl: 'http://mirules.elaws.us/rule/r340.1851',
      status: 'confirmed',
    }),
  ],
};
