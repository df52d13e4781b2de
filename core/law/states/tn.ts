import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { beforeIepMeeting, MEETING_NOTICE_GIVEN } from '../before-meeting';
import type { StateRules } from '../state-rules';

const TN_RULES_PDF = 'https://publications.tnsosfiles.com/rules/0520/0520-01/0520-01-09.pdf';

/**
 * Tennessee: eligibility within 60 calendar days of consent (0520-01-09-.05(1)(f)). The dataset's
 * "40 school days … initial placement" under .10 is the pre-2008 rule; .10 is now "Funding
 * Requirements" (docs/decisions/0015). Before each IEP meeting: written notice 10 calendar days ahead and the
 * draft IEP 48 hours ahead (0520-01-09-.15(1)–(2)).
 */
export const tennessee: StateRules = {
  code: 'TN',
  deadlineRules: [
    stateRule('TN', ideaInitialEvaluation, {
      summary: {
        en: 'In Tennessee the evaluation must be done and eligibility decided within 60 calendar days of the district receiving your consent.',
        es: 'En Tennessee la evaluación debe estar terminada y la elegibilidad decidida dentro de los 60 días calendario siguientes a que el distrito reciba su consentimiento.',
      },
      basisText: '60 calendar days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.05(1)(f)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
    beforeIepMeeting('TN', {
      kind: 'meeting-notice',
      count: 10,
      basisText: '10 calendar days before the meeting',
      completedBy: MEETING_NOTICE_GIVEN,
      summary: {
        en: 'In Tennessee the district must notify you of an IEP meeting at least 10 calendar days before it.',
        es: 'En Tennessee el distrito debe avisarle de una reunión del IEP al menos 10 días calendario antes.',
      },
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(1)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
    beforeIepMeeting('TN', {
      kind: 'draft-iep',
      count: 2,
      basisText: '48 hours (2 days) before the meeting',
      completedBy: [{ type: 'draft-iep-provided' }],
      summary: {
        en: 'In Tennessee, when the district has a draft IEP, you must get a copy at least 48 hours before the meeting.',
        es: 'En Tennessee, cuando el distrito tiene un borrador del IEP, usted debe recibir una copia al menos 48 horas antes de la reunión.',
      },
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(2)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
  ],
};
