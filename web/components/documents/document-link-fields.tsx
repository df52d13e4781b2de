import { useTranslation } from 'react-i18next';
import { DOCUMENT_LINK_KINDS } from '../../../core/schemas/document';
import type { LinkChoices, LinkSelection } from './link-choices';

/**
 * The records a document belongs to: one select per kind (event, meeting, letter, communication) of the same
 * child's records, grouped under one legend. `idPrefix` keeps the ids apart when two forms are on the page.
 */
export function DocumentLinkFields({
  idPrefix,
  choices,
  value,
  onChange,
  problem,
}: {
  idPrefix: string;
  choices: LinkChoices;
  value: LinkSelection;
  onChange: (value: LinkSelection) => void;
  /** The kind of record the server refused, if any: its select is marked and described by the message. */
  problem?: { kind: string; message: string } | null;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="document-links">
      <legend>{t('documents.links.legend')}</legend>
      {DOCUMENT_LINK_KINDS.map((kind) => {
        const id = `${idPrefix}-${kind}`;
        const wrong = problem?.kind === kind;
        return (
          <div className="field" key={kind}>
            <label htmlFor={id}>{t(`documents.links.kind.${kind}`)}</label>
            <select
              id={id}
              value={value[kind]}
              aria-invalid={wrong ? true : undefined}
              aria-describedby={wrong ? `${id}-problem` : undefined}
              onChange={(event) => {
                onChange({ ...value, [kind]: event.target.value });
              }}
            >
              <option value="">{t('documents.links.none')}</option>
              {choices[kind].map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
              {value[kind] !== '' && !choices[kind].some((choice) => choice.id === value[kind]) ? (
                <option value={value[kind]}>{t('documents.links.gone')}</option>
              ) : null}
            </select>
            {wrong ? (
              <p id={`${id}-problem`} className="field-error">
                {problem.message}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
