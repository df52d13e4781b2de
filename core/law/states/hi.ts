import { citationRecord } from '../define-rule';
import type { StateRules } from '../state-rules';

/**
 * Hawaii: no evaluation timeline was researched (federal rules stand in, with `state-rules-missing`);
 * one due-process rule is recorded as a citation.
 */
export const hawaii: StateRules = {
  code: 'HI',
  deadlineRules: [],
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
  ],
};
