import { citationRecord, stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

const HRS_302A_443 =
  'https://www.capitol.hawaii.gov/hrscurrent/Vol05_Ch0261-0319/HRS0302A/HRS_0302A-0443.htm ; https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-8-60-61';

/**
 * Hawaii: 60 calendar days from consent (the chapter index lists 8-60-33; its text was not read);
 * 2 years to ask for a hearing, but 180 calendar days from the first day at a unilateral private
 * placement when the request is for reimbursement. The case file has no event for that first day,
 * so the 180-day limit is a citation record and is said in the due-process summary.
 */
export const hawaii: StateRules = {
  code: 'HI',
  deadlineRules: [
    stateRule('HI', ideaInitialEvaluation, {
      summary: {
        en: 'In Hawaii the initial evaluation must be completed within 60 calendar days of the school receiving your consent.',
        es: 'En Hawái la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Haw. Code R. 8-60-33',
      sourceUrl: 'https://specialedstartguide.com/blog/hawaii-har-chapter-60-special-education',
      status: 'confirmed-secondary',
    }),
    stateRule('HI', ideaDueProcessWindow, {
      summary: {
        en: 'In Hawaii a due process hearing must be requested within 2 years of when you knew or should have known of the problem; a request for reimbursement of a private placement you chose must come within 180 calendar days of your child’s first day there.',
        es: 'En Hawái la audiencia de debido proceso debe pedirse dentro de los 2 años siguientes a cuando usted supo o debió saber del problema; una solicitud de reembolso de una colocación privada elegida por usted debe presentarse dentro de los 180 días calendario siguientes al primer día de su hijo(a) allí.',
      },
      citation: 'HRS 302A-443(a)(1)',
      sourceUrl: HRS_302A_443,
      status: 'confirmed',
    }),
  ],
  citations: [
    citationRecord(
      'HI',
      'state',
      'hi.due-process-extensions',
      'Haw. Code R. 8-60-69',
      {
        en: 'A hearing officer may extend due process timelines only for good cause, at most 45 days each time; the parties agreeing is not enough.',
        es: 'Un funcionario de audiencias solo puede prorrogar los plazos del debido proceso por causa justificada, hasta 45 días cada vez; no basta con que las partes lo acuerden.',
      },
      'confirmed',
      'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS8-60-69',
    ),
    citationRecord(
      'HI',
      'state',
      'hi.reimbursement-hearing-limit',
      'HRS 302A-443(a)(2); Haw. Code R. 8-60-61(a)(2)',
      {
        en: 'A hearing request for reimbursement of a unilateral private special education placement must be made within 180 calendar days, counted from the student’s first day of attendance at the placement.',
        es: 'La solicitud de audiencia para el reembolso de una colocación privada de educación especial elegida por los padres debe presentarse dentro de 180 días calendario, contados desde el primer día de asistencia del estudiante a esa colocación.',
      },
      'confirmed',
      HRS_302A_443,
    ),
  ],
};
