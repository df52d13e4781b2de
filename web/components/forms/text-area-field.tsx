import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './field-frame';
import { useFieldError } from './field-errors-context';

/** A multi-line text box with its label, hint and error. */
export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
  isRequired?: boolean;
}) {
  const error = useFieldError(props.id, props.error);
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={error} isRequired={props.isRequired}>
      <textarea
        id={props.id}
        value={props.value}
        rows={props.rows ?? 4}
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
