import { useTranslation } from 'react-i18next';
import type { DocumentLink } from '../../../core/schemas/document';
import type { LinkChoices } from './link-choices';

/** The records a kept document belongs to, each named in words (never by its id). */
export function DocumentLinkList({
  id,
  links,
  choices,
}: {
  id: string;
  links: readonly DocumentLink[];
  choices: LinkChoices;
}) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <>
      <p id={id}>{t('documents.links.listTitle')}</p>
      <ul className="document-link-list" aria-labelledby={id}>
        {links.map((link) => (
          <li key={`${link.kind}:${link.id}`}>
            {t('documents.links.item', {
              kind: t(`documents.links.kind.${link.kind}`),
              label: choices[link.kind].find((choice) => choice.id === link.id)?.label ?? t('documents.links.gone'),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
