import { kindName } from '../../../core/law/deadline-kinds';
import { localized } from '../../i18n/localized';

/**
 * A deadline's kind in words for a table cell, with a capital: "Annual IEP review" (the engine's names start
 * lower-case because they sit inside sentences).
 */
export function deadlineKindWords(kind: string, language: string): string {
  const text = localized(kindName(kind), language);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
