import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldFrame } from './field-frame';
import { useFieldError } from './field-errors-context';

type Parsed = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/** Reads what was typed as a number: empty is "none", a decimal comma is accepted ("2,5"). */
function parseNumber(text: string, isInteger: boolean, min: number, max: number): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const normalized = trimmed.includes('.') ? trimmed : trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { ok: false };
  const value = Number(normalized);
  if (!Number.isFinite(value) || (isInteger && !Number.isInteger(value)) || value < min || value > max) {
    return { ok: false };
  }
  return { ok: true, value };
}

/**
 * A number typed as text, so whatever the person typed stays on screen even when it is not a number yet.
 * A valid entry goes to `onChange`; an invalid one is reported with `onValidityChange` (the editor then
 * holds the save and says why) and explained beside the field.
 */
export function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onValidityChange?: (id: string, invalidLabel: string | null) => void;
  isInteger?: boolean;
  min?: number;
  max?: number;
  hint?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const { id, label, onValidityChange } = props;
  const isInteger = props.isInteger ?? false;
  const min = props.min ?? Number.NEGATIVE_INFINITY;
  const max = props.max ?? Number.POSITIVE_INFINITY;
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const isValid = parseNumber(text, isInteger, min, max).ok;
  const localError = isValid
    ? undefined
    : isInteger
      ? t('form.wholeNumber', { min: Number.isFinite(min) ? min : 0, max })
      : t('form.number', { min: Number.isFinite(min) ? min : 0, max });
  const error = useFieldError(id, localError);

  useEffect(() => {
    onValidityChange?.(id, isValid ? null : label);
  }, [id, label, isValid, onValidityChange]);
  useEffect(
    () => () => {
      onValidityChange?.(id, null);
    },
    [id, onValidityChange],
  );

  return (
    <FieldFrame id={id} label={label} hint={props.hint} error={error} className={props.className}>
      <input
        id={id}
        type="text"
        inputMode={isInteger ? 'numeric' : 'decimal'}
        value={text}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(id, props.hint, error)}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parseNumber(next, isInteger, min, max);
          if (parsed.ok) props.onChange(parsed.value);
        }}
      />
    </FieldFrame>
  );
}
