import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, type LetterKind } from '../../../core/schemas/letters';
import { useFieldError } from '../forms/field-errors-context';

/** The letters as radio buttons, each explained in one line under its name. */
export function LetterKindChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LetterKind | '';
  onChange: (kind: LetterKind) => void;
}) {
  const { t } = useTranslation();
  const error = useFieldError(id, undefined);
  return (
    <fieldset
      id={id}
      className={`letter-kinds${error === undefined ? '' : ' field-invalid'}`}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend>{t('letters.kindLegend')}</legend>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error">
          {t('form.errorPrefix')} {error}
        </p>
      )}
      {LETTER_KINDS.map((kind) => {
        const optionId = `${id}-${kind}`;
        return (
          <div key={kind} className="check-field letter-kind">
            <input
              id={optionId}
              type="radio"
              name={id}
              value={kind}
              checked={value === kind}
              aria-describedby={`${optionId}-hint`}
              onChange={() => {
                onChange(kind);
              }}
            />
            <label htmlFor={optionId}>{t(`letters.kinds.${kind}.name`)}</label>
            <p id={`${optionId}-hint`} className="hint">
              {t(`letters.kinds.${kind}.description`)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
