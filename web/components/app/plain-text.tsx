import { useTranslation } from 'react-i18next';

/** A labelled piece of plan text in a read-only view, with "not filled in" when empty. */
export function PlainText({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{text.trim() === '' ? <span className="muted">{t('editor.notFilledIn')}</span> : text}</dd>
    </div>
  );
}
