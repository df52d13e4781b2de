import { civilActionWindowRule } from '../civil-action';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * North Dakota: 60 calendar days from consent (state guidelines; the rule's chapter number was not
 * verified); a civil action within 90 days of the hearing decision (one source, `unconfirmed`).
 */
export const northDakota: StateRules = {
  code: 'ND',
  deadlineRules: [
    stateRule('ND', ideaInitialEvaluation, {
      summary: {
        en: 'In North Dakota the initial evaluation must be completed within 60 calendar days of your consent.',
        es: 'En Dakota del Norte la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'N.D. Admin. Code ch. 67-23 (chapter not verified); NDDPI special education guidelines',
      sourceUrl: 'https://www.nd.gov/dpi/',
      status: 'confirmed-secondary',
    }),
    civilActionWindowRule('ND', {
      summary: {
        en: 'In North Dakota a civil action after the hearing decision is reported to be due within 90 days of the decision (the federal default is also 90 days); only one source says so.',
        es: 'En Dakota del Norte se informa que una demanda civil tras la decisión de la audiencia debe presentarse dentro de los 90 días siguientes a la decisión (el plazo federal por defecto también es de 90 días); solo una fuente lo dice.',
      },
      count: 90,
      citation: 'N.D.C.C. 15.1-32-19',
      sourceUrl: 'https://ndlegis.gov/cencode/t15-1c32.pdf',
      status: 'unconfirmed',
    }),
  ],
};
