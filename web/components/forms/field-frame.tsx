import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The ids an input points to with aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter(
    (value): value is string => value !== null,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** Label, hint and error message around one input; the error is said in words, not only in red. */
export function FieldFrame(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={`field${props.error === undefined ? '' : ' field-invalid'}${props.className ? ` ${props.className}` : ''}`}
    >
      <label htmlFor={props.id}>
        {props.label}
        {props.isRequired === true ? <span className="required-mark"> {t('form.required')}</span> : null}
      </label>
      {props.hint === undefined ? null : (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {props.error === undefined ? null : (
        <p id={`${props.id}-error`} className="field-error">
          {t('form.errorPrefix')} {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}
