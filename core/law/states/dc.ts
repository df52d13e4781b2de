import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER_30 =
  'https://d1tvxue8o4w0fl.cloudfront.net/regulation/district-of-columbia-administrative-code/title-5-education/subtitle-5-a-office-of-the-state-superintendent-of-education/chapter-5-a30-special-education';

/** District of Columbia: 60 days from consent to the evaluation and eligibility decision; transition at 14. */
export const districtOfColumbia: StateRules = {
  code: 'DC',
  deadlineRules: [
    stateRule('DC', ideaInitialEvaluation, {
      summary: {
        en: 'In the District of Columbia your child must be evaluated and eligibility decided within 60 days of the date you give consent.',
        es: 'En el Distrito de Columbia su hijo(a) debe ser evaluado(a) y la elegibilidad decidida dentro de los 60 días siguientes a la fecha en que usted da su consentimiento.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'D.C. Code 38-2561.02(a); 5-A DCMR 3005.4(b)',
      sourceUrl: `https://code.dccouncil.gov/us/dc/council/code/sections/38-2561.02 ; ${CHAPTER_30}/rule-5-a3005-initial-evaluation-process`,
      status: 'confirmed',
    }),
    stateRule('DC', ideaTransitionPlan, {
      summary: {
        en: 'In the District of Columbia transition planning starts with the IEP in effect when your child turns 14.',
        es: 'En el Distrito de Columbia la planificación de la transición empieza con el IEP vigente cuando su hijo(a) cumple 14 años.',
      },
      count: 14,
      basisText: 'age 14',
      citation: '5-A DCMR 3026',
      sourceUrl: CHAPTER_30,
      status: 'confirmed',
    }),
  ],
};
