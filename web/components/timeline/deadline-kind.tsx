import { useTranslation } from 'react-i18next';
import { kindName } from '../../../core/law/deadline-kinds';
import { localized } from '../../i18n/localized';
import { GlossaryText } from '../app/glossary-term';
import { deadlineKindWords } from './deadline-kind-words';

/**
 * A deadline's kind in words with its glossary terms linked ("annual IEP review" links "IEP"). The visible text,
 * and so the accessible name of a heading it sits in, is the same as the plain words. `capital` starts it with a
 * capital, for a table cell.
 */
export function DeadlineKind({ kind, capital = false }: { kind: string; capital?: boolean }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return <GlossaryText text={capital ? deadlineKindWords(kind, language) : localized(kindName(kind), language)} />;
}
