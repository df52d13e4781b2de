import { createContext, useContext } from 'react';

/** Error messages by field id, so a form can hand the API's issues to every field at once. */
export const FieldErrorsContext = createContext<Readonly<Record<string, string>>>({});

/** The message for one field: the one given directly, else the form's for that id. */
export function useFieldError(id: string, explicit: string | undefined): string | undefined {
  const errors = useContext(FieldErrorsContext);
  return explicit ?? errors[id];
}
