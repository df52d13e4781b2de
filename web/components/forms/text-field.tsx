import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './field-frame';
import { useFieldError } from './field-errors-context';

/** A one-line input (text, date, email, tel) with its label, hint and error. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'email' | 'tel' | 'password';
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
  autoComplete?: string;
  list?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
}) {
  const error = useFieldError(props.id, props.error);
  return (
    <FieldFrame
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={error}
      isRequired={props.isRequired}
      className={props.className}
    >
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        list={props.list}
        inputMode={props.inputMode}
        aria-required={props.isRequired === true ? true : undefined}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(props.id, props.hint, error)}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
    </FieldFrame>
  );
}
