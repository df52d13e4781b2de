import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** California: 60 days from consent to the IEP, not counting days between terms and vacations over 5 school days. */
export const california: StateRules = {
  code: 'CA',
  deadlineRules: [
    stateRule('CA', ideaInitialEvaluation, {
      summary: {
        en: 'In California an IEP must be developed within 60 days of receiving your written consent for assessment, not counting days between school years or school vacations of more than five school days.',
        es: 'En California el IEP debe elaborarse dentro de los 60 días siguientes a recibir su consentimiento escrito para la evaluación, sin contar los días entre años escolares ni las vacaciones de más de cinco días escolares.',
      },
      breakExclusion: BREAK_EXCLUSIONS.california,
      basisText: '60 calendar days, not counting days between school years and vacations over 5 school days',
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'Cal. Educ. Code 56344(a)',
      sourceUrl: datasetSource(
        'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=EDC&division=4.&title=2.&part=30.&chapter=4.&article=3.',
      ),
      status: 'dataset',
    }),
  ],
};
