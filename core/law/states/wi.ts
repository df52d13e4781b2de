import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCE = datasetSource('https://docs.legis.wisconsin.gov/statutes/statutes/115/v/78');

/** Wisconsin: 60 days from consent to eligibility (calendar days derived); IEP and placement within 30 days of eligibility. */
export const wisconsin: StateRules = {
  code: 'WI',
  deadlineRules: [
    stateRule('WI', ideaInitialEvaluation, {
      summary: {
        en: 'In Wisconsin eligibility must be decided within 60 days of the district receiving your consent.',
        es: 'En Wisconsin la elegibilidad debe decidirse dentro de los 60 días siguientes a que el distrito reciba su consentimiento.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Wis. Stat. 115.78(3)',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('WI', ideaInitialIepMeeting, {
      summary: {
        en: 'In Wisconsin the IEP and placement meeting must be held within 30 days of the eligibility decision.',
        es: 'En Wisconsin la reunión del IEP y de ubicación debe celebrarse dentro de los 30 días siguientes a la decisión de elegibilidad.',
      },
      citation: 'Wis. Stat. 115.78(3)',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
  ],
};
