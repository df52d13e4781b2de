import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** The id of the input the error is about. */
  readonly fieldId: string;
  /** The field's name as its label says it. */
  readonly label: string;
  readonly message: string;
}

/**
 * The list of what to fix, shown above a form after a failed submit. It takes focus when it appears so a
 * screen reader reads it, and each entry moves focus to its field.
 */
export function ErrorSummary({
  items,
  headingLevel = 2,
  focusKey = 0,
}: {
  items: readonly ErrorSummaryItem[];
  headingLevel?: 2 | 3;
  /** Changes with each failed attempt, so the summary takes focus again even when it was already shown. */
  focusKey?: number;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasItems = items.length > 0;
  useEffect(() => {
    if (hasItems) box.current?.focus();
  }, [hasItems, focusKey]);
  if (!hasItems) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    // A group named by its heading: aria-labelledby is not allowed on a div without a role (axe aria-prohibited-attr).
    <div ref={box} className="error-summary" role="group" tabIndex={-1} aria-labelledby={titleId}>
      <Heading id={titleId}>{t('form.errorSummary', { count: items.length })}</Heading>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                const target = document.getElementById(item.fieldId);
                if (target === null) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'center' });
                const focusable = target.matches('input, select, textarea') ? target : target.querySelector('input');
                (focusable ?? target).focus();
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
