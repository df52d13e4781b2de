import { isIsoDate } from '../core/schemas/iso-date';
import { UsageError } from './command';

/** The `--as-of YYYY-MM-DD` flag, defaulting to today where the command runs. */
export function asOfFlag(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (!isIsoDate(value)) throw new UsageError(`--as-of: expected YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}
