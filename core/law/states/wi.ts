import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
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
    stateRule('WI', ideaDueProcessWindow, {
      summary: {
        en: 'In Wisconsin you may request a due process hearing within one year after the district proposes or refuses to start or change your child’s evaluation, IEP, placement or FAPE; if the district had not told you of your right to a hearing, within one year after it does.',
        es: 'En Wisconsin puede pedir una audiencia de debido proceso dentro del año siguiente a que el distrito proponga o rechace iniciar o cambiar la evaluación, el IEP, la ubicación o la FAPE de su hijo(a); si el distrito no le había informado de su derecho a una audiencia, dentro del año siguiente a que lo haga.',
      },
      count: 1,
      basisText: '1 year',
      // The clock starts at the district's written proposal or refusal, not at what the parent knew.
      trigger: {
        from: 'events',
        events: [
          { type: 'prior-written-notice-given' },
          { type: 'evaluation-refused' },
          { type: 'evaluation-consent-requested' },
        ],
      },
      citation: 'Wis. Stat. 115.80(1)(a)1',
      sourceUrl: 'https://dpi.wi.gov/sped/dispute-resolution/due-process/law',
      status: 'confirmed',
    }),
  ],
};
