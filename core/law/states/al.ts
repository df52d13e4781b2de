import { stateRule } from '../define-rule';
import { EVALUATION_DONE, ELIGIBILITY_DECIDED, INITIAL_EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER =
  'https://casetext.com/regulation/alabama-administrative-code/title-290-alabama-state-board-of-education/chapter-290-8-9-special-education-services';

/**
 * Alabama: 60 calendar days from consent to the evaluation (secondary sources; the section of ch.
 * 290-8-9 was not verified), then eligibility within 30 calendar days of the completed evaluation
 * (r. 290-8-9-.04(1), read), so the worst case to the first IEP meeting is about 60 + 30 + 30 days.
 * Transition at 16 or on entering 9th grade; rights transfer at 19, so the notice is due at 18.
 */
export const alabama: StateRules = {
  code: 'AL',
  deadlineRules: [
    stateRule('AL', ideaInitialEvaluation, {
      summary: {
        en: 'In Alabama the initial evaluation must be completed within 60 calendar days of the school receiving your signed consent.',
        es: 'En Alabama la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento firmado.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ala. Admin. Code ch. 290-8-9 (evaluation section not verified)',
      sourceUrl: CHAPTER,
      status: 'confirmed-secondary',
    }),
    stateRule('AL', ideaInitialEvaluation, {
      kind: 'eligibility-meeting',
      summary: {
        en: 'In Alabama eligibility must be decided within 30 calendar days after the school completes the initial evaluation; the IEP meeting then follows within 30 days.',
        es: 'En Alabama la elegibilidad debe decidirse dentro de los 30 días calendario siguientes a que la escuela complete la evaluación inicial; después, la reunión del IEP se celebra dentro de 30 días.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Ala. Admin. Code r. 290-8-9-.04(1)',
      sourceUrl: `${CHAPTER}/section-290-8-9-04-eligibility-and-consent-for-services`,
      status: 'confirmed',
    }),
    stateRule('AL', ideaTransitionPlan, {
      summary: {
        en: 'In Alabama, as the state’s transition guide reports it, transition content starts with the IEP in effect when your child turns 16 or enters 9th grade, whichever comes first.',
        es: 'En Alabama, según la guía de transición del estado, el contenido de transición empieza con el IEP vigente cuando su hijo(a) cumple 16 años o entra en 9.º grado, lo que ocurra primero.',
      },
      basisText: 'age 16 or entering grade 9, whichever is first',
      orOnEnteringGrade: { grade: 9, label: { en: 'grade 9', es: '9.º grado' } },
      citation: 'Ala. Admin. Code ch. 290-8-9 (transition; section not verified)',
      sourceUrl: CHAPTER,
      status: 'confirmed-secondary',
    }),
    stateRule('AL', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Alabama the age of majority is 19, so by your child’s 18th birthday the IEP must say your child was told which rights will transfer at 19.',
        es: 'En Alabama la mayoría de edad es a los 19 años, así que para el cumpleaños 18 de su hijo(a) el IEP debe indicar que se le informó qué derechos pasarán a él o ella a los 19.',
      },
      count: 19,
      basisText: '1 year before age 19',
      citation: 'Ala. Code 26-1-1',
      sourceUrl: 'https://law.justia.com/codes/alabama/title-26/chapter-1/section-26-1-1/',
      status: 'confirmed-secondary',
    }),
  ],
};
