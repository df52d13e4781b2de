import type { ReactNode, SubmitEvent } from 'react';
import type { FormProblems } from '../../case/form-problems';
import { ErrorSummary } from './error-summary';
import { FieldErrorsContext } from './field-errors-context';

/** What a form of typed values takes from the page that holds its state and sends it. */
export interface FormWithProblemsProps<V> {
  values: V;
  onChange: (values: V) => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  problems: FormProblems;
  /** Changes with each failed attempt, so the error summary takes focus again. */
  problemKey: number;
}

/**
 * A form's frame: the error summary above the fields after a failed submit (it takes focus, and each entry
 * leads to its field), each field's message beside it (through FieldErrorsContext), and the submit button.
 */
export function FormWithProblems(
  props: Pick<FormWithProblemsProps<unknown>, 'onSubmit' | 'isSubmitting' | 'problems' | 'problemKey'> & {
    submitLabel: string;
    /** What the button says while the form is being sent; absent, it keeps its label. */
    submittingLabel?: string;
    /** `danger` for a submit that cannot be undone (deleting a record). */
    submitStyle?: 'primary' | 'danger';
    /** What the form says before the error summary (what submitting it will do). */
    intro?: ReactNode;
    /** Buttons beside the submit button (Cancel). */
    otherActions?: ReactNode;
    children: ReactNode;
  },
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {props.intro}
      <ErrorSummary items={props.problems.items} headingLevel={3} focusKey={props.problemKey} />
      <FieldErrorsContext value={props.problems.byField}>{props.children}</FieldErrorsContext>
      <div className="actions">
        <button type="submit" className={props.submitStyle ?? 'primary'} disabled={props.isSubmitting}>
          {props.isSubmitting ? (props.submittingLabel ?? props.submitLabel) : props.submitLabel}
        </button>
        {props.otherActions}
      </div>
    </form>
  );
}
