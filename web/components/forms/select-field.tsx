import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './field-frame';
import { useFieldError } from './field-errors-context';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** The label's language when it is not the page's (a language's own name): screen readers switch voice. */
  readonly lang?: string;
}

/** A drop-down list with its label, hint and error. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
}) {
  const error = useFieldError(props.id, props.error);
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={error} isRequired={props.isRequired}>
      <select
        id={props.id}
        value={props.value}
        aria-required={props.isRequired === true ? true : undefined}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(props.id, props.hint, error)}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
