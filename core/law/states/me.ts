import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Maine: for children 5 to 22, 45 school days from consent to the eligibility decision. Child
 * Development Services (ages 3–5) has 60 calendar days; the case file does not say which program
 * serves the child, so the school-age rule is encoded and the summary names the other. The consent
 * form within 15 school days of the referral rests on one secondary source (`unconfirmed`).
 */
export const maine: StateRules = {
  code: 'ME',
  deadlineRules: [
    stateRule('ME', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In Maine the school is reported to have to give you the consent form for an evaluation within 15 school days of the referral; only one secondary source says so and the regulation’s text was not checked.',
        es: 'En Maine se informa que la escuela debe darle el formulario de consentimiento para la evaluación dentro de los 15 días escolares siguientes a la remisión; solo una fuente secundaria lo dice y no se verificó el texto del reglamento.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '05-071 C.M.R. ch. 101, § V (referral; not read)',
      sourceUrl: 'https://specialedstartguide.com/blog/maine-special-education-evaluation',
      status: 'unconfirmed',
    }),
    stateRule('ME', ideaInitialEvaluation, {
      summary: {
        en: 'In Maine, for children 5 to 22, the evaluation must be completed and eligibility decided within 45 school days of the school receiving your consent (for children 3 to 5 served by Child Development Services: 60 calendar days).',
        es: 'En Maine, para niños de 5 a 22 años, la evaluación debe completarse y la elegibilidad decidirse dentro de los 45 días escolares siguientes a que la escuela reciba su consentimiento (para niños de 3 a 5 años atendidos por Child Development Services: 60 días calendario).',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '05-071 C.M.R. ch. 101, § V.1.A(3)(a)',
      sourceUrl:
        'https://casetext.com/regulation/maine-administrative-code/department-05-department-of-education/division-071-education-general/chapter-101-maine-unified-special-education-regulation-birth-to-age-twenty-two',
      status: 'confirmed',
    }),
  ],
};
