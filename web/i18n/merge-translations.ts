/** Nested translation strings, as the JSON files hold them. */
export interface Translations {
  readonly [key: string]: string | Translations;
}

function isBranch(value: unknown): value is Translations {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adds `extra` into `base` key by key, at every depth, without replacing anything `base` already says: a
 * feature's own file of strings can join the app's without either file having to know the other.
 */
export function mergeTranslations(base: Translations, extra: Translations): Translations {
  const merged: Record<string, string | Translations> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    if (existing === undefined) merged[key] = value;
    else if (isBranch(existing) && isBranch(value)) merged[key] = mergeTranslations(existing, value);
  }
  return merged;
}

/** `base` with each of `extras` added in turn (mergeTranslations): the app's strings from its files. */
export function mergeAll(base: Translations, extras: readonly Translations[]): Translations {
  return extras.reduce<Translations>((merged, extra) => mergeTranslations(merged, extra), base);
}
