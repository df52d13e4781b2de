import { useTranslation } from 'react-i18next';
import { GlossaryText } from './glossary-term';

/**
 * A labelled piece of plan text in a read-only view, with "not filled in" when empty; with `linkTerms`, the glossary
 * terms in it are linked to their entries.
 */
export function PlainText({ label, text, linkTerms = false }: { label: string; text: string; linkTerms?: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {text.trim() === '' ? (
          <span className="muted">{t('editor.notFilledIn')}</span>
        ) : linkTerms ? (
          <GlossaryText text={text} />
        ) : (
          text
        )}
      </dd>
    </div>
  );
}
