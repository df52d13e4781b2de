import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/languages';
import { useFieldError } from './field-errors-context';
import type { SelectOption } from './select-field';

/** A group of radio buttons in a fieldset whose legend names the question. */
export function RadioGroupField(props: {
  id: string;
  legend: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  isInline?: boolean;
}) {
  const { t } = useTranslation();
  const error = useFieldError(props.id, props.error);
  const described = [
    props.hint === undefined ? null : `${props.id}-hint`,
    error === undefined ? null : `${props.id}-error`,
  ]
    .filter((value): value is string => value !== null)
    .join(' ');
  return (
    <fieldset
      id={props.id}
      className={`radio-group${props.isInline === true ? ' radio-group-inline' : ''}${error === undefined ? '' : ' field-invalid'}`}
      aria-describedby={described === '' ? undefined : described}
    >
      <legend>{props.legend}</legend>
      {props.hint === undefined ? null : (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={`${props.id}-error`} className="field-error">
          {t('form.errorPrefix')} {error}
        </p>
      )}
      <div className="radio-options">
        {props.options.map((option) => (
          <div key={option.value} className="check-field">
            <input
              id={`${props.id}-${option.value}`}
              type="radio"
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => {
                props.onChange(option.value);
              }}
            />
            <label
              htmlFor={`${props.id}-${option.value}`}
              lang={option.lang}
              dir={option.lang === undefined ? undefined : directionOf(option.lang)}
            >
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
