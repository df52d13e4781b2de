import { JURISDICTION_NAMES } from '../../core/law/jurisdiction-names';
import { localized } from '../i18n/localized';

/** A jurisdiction as the state pickers offer it. */
export interface JurisdictionOption {
  readonly value: string;
  readonly label: string;
}

/**
 * `US` first, then every state and territory in alphabetical order of the UI language. A state Binder has
 * no rules for is marked, so nobody mistakes the federal numbers for the state's own.
 */
export function jurisdictionOptions(
  language: string,
  withoutStateRules: ReadonlySet<string>,
  federalOnlyLabel: (name: string) => string,
): JurisdictionOption[] {
  const states = Object.entries(JURISDICTION_NAMES)
    .filter(([code]) => code !== 'US')
    .map(([code, name]) => {
      const label = localized(name, language);
      return { value: code, label: withoutStateRules.has(code) ? federalOnlyLabel(label) : label };
    })
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return [{ value: 'US', label: localized(JURISDICTION_NAMES.US, language) }, ...states];
}

/** The name of `US` or a state in the UI language; the code itself when unknown. */
export function jurisdictionName(code: string, language: string): string {
  const names: Readonly<Record<string, { en: string; es: string }>> = JURISDICTION_NAMES;
  const name = names[code.toUpperCase()];
  return name === undefined ? code : localized(name, language);
}

/** True for `US` and every state code Binder knows. */
export function isKnownJurisdiction(code: string | null): code is string {
  return code !== null && Object.hasOwn(JURISDICTION_NAMES, code.toUpperCase());
}
