import { useEffect, useRef } from 'react';

/**
 * A question asked in the page before something that cannot be undone, with its two answers. The question
 * takes focus when it appears, so a screen reader reads it; "no" gives the focus back to the caller.
 */
export function ConfirmBox(props: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    question.current?.focus();
  }, []);
  return (
    <div className="confirm-box">
      <p ref={question} tabIndex={-1}>
        {props.question}
      </p>
      <div className="actions">
        <button type="button" className="danger" disabled={props.isPending} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
