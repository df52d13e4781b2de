import type { ReactNode } from 'react';

/** One checkbox with its label (and an optional hint under it). */
export function CheckboxField(props: {
  id: string;
  label: ReactNode;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
  hint?: ReactNode;
}) {
  return (
    <div className="check-field">
      <input
        id={props.id}
        type="checkbox"
        checked={props.isChecked}
        aria-describedby={props.hint === undefined ? undefined : `${props.id}-hint`}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint === undefined ? null : (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
