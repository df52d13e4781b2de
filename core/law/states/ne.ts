import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Nebraska: 45 school days from consent (92 NAC 51-006; secondary sources agree, the paragraph
 * itself was not read). The age of majority is 19, so the notice is due at 18.
 */
export const nebraska: StateRules = {
  code: 'NE',
  deadlineRules: [
    stateRule('NE', ideaInitialEvaluation, {
      summary: {
        en: 'In Nebraska the initial evaluation must be completed within 45 school days of your consent.',
        es: 'En Nebraska la evaluación inicial debe completarse dentro de los 45 días escolares siguientes a su consentimiento.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '92 NAC 51-006',
      sourceUrl: 'https://regulations.justia.com/states/nebraska/title-92/chapter-51',
      status: 'confirmed-secondary',
    }),
    stateRule('NE', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Nebraska the age of majority is 19, so by your child’s 18th birthday the IEP must say your child was told which rights will transfer at 19.',
        es: 'En Nebraska la mayoría de edad es a los 19 años, así que para el cumpleaños 18 de su hijo(a) el IEP debe indicar que se le informó qué derechos pasarán a él o ella a los 19.',
      },
      count: 19,
      basisText: '1 year before age 19',
      citation: 'Neb. Rev. Stat. 43-2101',
      sourceUrl: 'https://nebraskalegislature.gov/laws/statutes.php?statute=43-2101',
      status: 'confirmed-secondary',
    }),
  ],
};
