import { z } from 'zod';
import { isJurisdictionCode } from '../law/jurisdiction-names';

/** `US` or a state code the rules data knows, upper-cased. */
export const jurisdictionParam = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine(isJurisdictionCode, {
    error: (issue) => `expected "US" or a two-letter state code, got ${JSON.stringify(issue.input)}`,
  });
