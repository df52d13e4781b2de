import type { TFunction } from 'i18next';
import { HOLIDAYS_NEEDED, TERMS_NEEDED } from '../../core/schemas/school-calendar-messages';

/**
 * The API's field messages are in English; the common ones are said in the UI language, anything else is
 * shown as the server wrote it (still naming the field beside it).
 */
export function issueMessage(message: string, t: TFunction): string {
  if (message === 'required' || message.startsWith('Too small: expected string to have >=1')) {
    return t('issues.required');
  }
  if (message === 'expected an email address') return t('issues.email');
  if (message.startsWith('expected YYYY-MM-DD')) return t('issues.date');
  if (message === 'expected start on or before end') return t('issues.endBeforeStart');
  if (message === TERMS_NEEDED) return t('issues.termsNeeded');
  if (message === HOLIDAYS_NEEDED) return t('issues.holidaysNeeded');
  if (message.startsWith('expected US or a two-letter state code')) return t('issues.jurisdiction');
  const tooLong = /^at most (\d+) characters$/.exec(message);
  if (tooLong !== null) return t('issues.tooLong', { max: Number(tooLong[1]) });
  if (/expected number/.test(message)) return t('issues.number');
  return message;
}
