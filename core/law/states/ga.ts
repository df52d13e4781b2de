import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Georgia: 60 calendar days from consent, not counting breaks of 5+ school days (with weekends) and summer. */
export const georgia: StateRules = {
  code: 'GA',
  deadlineRules: [
    stateRule('GA', ideaInitialEvaluation, {
      summary: {
        en: 'In Georgia the initial evaluation must be completed within 60 calendar days of your consent, not counting school breaks of five or more school days (with their weekends) or summer. The rule’s summer is when most of the district’s teachers are not under contract, which can be shorter than the gap between school years that Binder leaves out; a separate rule for consent received 30 or more days before the end of the year is not applied. Check the dates with the district.',
        es: 'En Georgia la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento, sin contar las vacaciones de cinco o más días escolares (con sus fines de semana) ni el verano. Para la norma, el verano es cuando la mayoría de los maestros del distrito no está bajo contrato, lo que puede ser más corto que el período entre años escolares que Binder omite; no se aplica una norma aparte para el consentimiento recibido 30 o más días antes del fin del año. Confirme las fechas con el distrito.',
      },
      breakExclusion: BREAK_EXCLUSIONS.georgia,
      basisText: '60 calendar days, not counting breaks of 5 or more school days and summer',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ga. Comp. R. & Regs. 160-4-7-.04(1)(b)1',
      sourceUrl:
        'https://assistive.eboardsolutions.com/rules/policy.aspx?RC=083592413&Sch=1262&S=1262&RevNo=1.74&T=E&C=I',
      status: 'confirmed',
    }),
  ],
};
