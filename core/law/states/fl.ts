import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Florida: 60 calendar days from consent, not counting school holidays, breaks and summer (2014 amendment). */
export const florida: StateRules = {
  code: 'FL',
  deadlineRules: [
    stateRule('FL', ideaInitialEvaluation, {
      summary: {
        en: 'In Florida the initial evaluation must be completed within 60 calendar days of your consent, not counting school holidays, breaks and summer.',
        es: 'En Florida la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento, sin contar feriados escolares, vacaciones y verano.',
      },
      breakExclusion: BREAK_EXCLUSIONS.florida,
      basisText: '60 calendar days, not counting school holidays, breaks and summer',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Fla. Admin. Code 6A-6.0331',
      sourceUrl: 'http://flrules.elaws.us/notice/attribute/10/15/2014/15176928/60211',
      status: 'confirmed-secondary',
    }),
  ],
};
