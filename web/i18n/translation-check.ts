/**
 * What is wrong with one language's string files compared with the English ones (issue 22 point 3): the rules of
 * translations-complete.test.ts, kept apart from the files on disk so the test can prove them on a small tree of
 * its own. Every problem names the file and the dotted key.
 */

/** The string files of one language, by file stem (`en` for `en.json`/`es.json`…, else the namespace). */
export type StringFiles = Readonly<Record<string, unknown>>;

/** `{ "<stem>:<dotted.key>": "why it stays English" }`: same-as-english.<lang>.json. */
export type SameAsEnglish = Readonly<Record<string, string>>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The plural categories a language's strings must have: CLDR's (Intl.PluralRules), less any that no count Binder
 * shows can reach. Spanish has `many` only for exact millions ("1 millón de días"), which no count of days, goals
 * or children comes near, so Spanish keeps `_one`/`_other`; a file may still add such a form.
 */
export function pluralCategories(language: string): { required: string[]; allowed: string[] } {
  const rules = new Intl.PluralRules(language);
  const allowed = [...rules.resolvedOptions().pluralCategories];
  const reached = new Set<string>();
  for (let count = 0; count <= 1000; count += 1) reached.add(rules.select(count));
  return { required: allowed.filter((category) => reached.has(category)), allowed };
}

/** The file name a stem has in a language: `en.json`, `vi.json`, `understand.ar.json`. */
export function fileName(stem: string, language: string): string {
  return stem === 'en' ? `${language}.json` : `${stem}.${language}.json`;
}

function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    found.set(prefix, value);
    return found;
  }
  for (const [key, inner] of Object.entries(value)) {
    for (const [path, leaf] of leaves(inner, prefix === '' ? key : `${prefix}.${key}`)) found.set(path, leaf);
  }
  return found;
}

/** `{{count}}`, `{{ name, lowercase }}` → `count`, `name`, sorted, once each. */
function interpolations(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

/** `<1>`, `</1>`, `<strong>`, `<br/>`: the Trans tags, sorted (a tag used twice counts twice). */
function tags(text: string): string[] {
  return [...text.matchAll(/<\/?[a-zA-Z0-9]+\s*\/?>/g)].map((match) => match[0].replace(/\s+/g, '')).sort();
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** One English key, or one plural group (`children.count` with its `_one`/`_other` forms). */
interface Entry {
  readonly base: string;
  readonly plural: boolean;
}

function entriesOf(keys: Iterable<string>, isPluralBase: (base: string) => boolean): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const key of keys) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base !== key && isPluralBase(base)) entries.set(base, { base, plural: true });
    else entries.set(key, { base: key, plural: false });
  }
  return entries;
}

/**
 * Every problem of `language`'s files against English: a missing file, a missing or extra key (plural keys per the
 * language's plural categories), an interpolation or tag lost or added, a value equal to English not listed in
 * `sameAsEnglish`, and a listed key that does not exist or is not equal to English.
 */
export function translationProblems(
  english: StringFiles,
  translated: StringFiles,
  sameAsEnglish: SameAsEnglish,
  language: string,
): string[] {
  const problems: string[] = [];
  const { required, allowed } = pluralCategories(language);
  const listedAndEqual = new Set<string>();
  for (const [stem, englishTree] of Object.entries(english)) {
    const file = fileName(stem, language);
    const tree = translated[stem];
    if (tree === undefined) {
      problems.push(`${file}: the file is missing`);
      continue;
    }
    const englishLeaves = leaves(englishTree);
    const ownLeaves = leaves(tree);
    const englishPluralBases = new Set(
      [...englishLeaves.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    const entries = entriesOf(englishLeaves.keys(), (base) => englishPluralBases.has(base));
    const expected = new Set<string>();
    for (const entry of entries.values()) {
      if (!entry.plural) {
        expected.add(entry.base);
        continue;
      }
      for (const category of allowed) expected.add(`${entry.base}_${category}`);
      for (const category of required) {
        if (!ownLeaves.has(`${entry.base}_${category}`)) {
          problems.push(`${file}: missing key "${entry.base}_${category}" (plural form "${category}" of ${language})`);
        }
      }
    }
    for (const key of ownLeaves.keys()) {
      if (!expected.has(key)) problems.push(`${file}: extra key "${key}", not in ${fileName(stem, 'en')}`);
    }
    for (const entry of entries.values()) {
      if (entry.plural) continue;
      if (!ownLeaves.has(entry.base)) problems.push(`${file}: missing key "${entry.base}"`);
    }
    for (const [key, value] of ownLeaves) {
      if (!expected.has(key)) continue;
      if (typeof value !== 'string') {
        problems.push(`${file}: key "${key}" is not a string`);
        continue;
      }
      const base = key.replace(PLURAL_SUFFIX, '');
      const isPlural = base !== key && englishPluralBases.has(base);
      // A plural form is compared with the English forms together: Arabic's "one" may say "طفل واحد" without
      // {{count}}, but no form may bring in a name English does not have, and the forms together keep them all.
      const englishValues = isPlural
        ? [...englishLeaves].filter(([k]) => k.replace(PLURAL_SUFFIX, '') === base && k !== base).map(([, v]) => v)
        : [englishLeaves.get(key)];
      const englishTexts = englishValues.filter((v): v is string => typeof v === 'string');
      const englishNames = [...new Set(englishTexts.flatMap(interpolations))].sort();
      const ownNames = interpolations(value);
      if (isPlural) {
        const stray = ownNames.filter((name) => !englishNames.includes(name));
        if (stray.length > 0) problems.push(`${file}: key "${key}" has {{${stray.join('}}, {{')}}} that English lacks`);
      } else if (!same(ownNames, englishNames)) {
        problems.push(
          `${file}: key "${key}" has interpolations [${ownNames.join(', ')}], English has [${englishNames.join(', ')}]`,
        );
      }
      const englishForTags = englishLeaves.get(isPlural ? `${base}_other` : key);
      const englishTags = typeof englishForTags === 'string' ? tags(englishForTags) : [];
      if (!same(tags(value), englishTags)) {
        problems.push(
          `${file}: key "${key}" has tags [${tags(value).join(' ')}], English has [${englishTags.join(' ')}]`,
        );
      }
      const englishSame = englishLeaves.get(key) ?? (isPlural ? englishLeaves.get(`${base}_other`) : undefined);
      const listing = `${stem}:${key}`;
      if (value === englishSame) {
        if (sameAsEnglish[listing] === undefined) {
          problems.push(
            `${file}: key "${key}" is the English text ${JSON.stringify(value)}; translate it, or list "${listing}" with the reason in same-as-english.${language}.json`,
          );
        } else {
          listedAndEqual.add(listing);
        }
      }
    }
  }
  for (const [listing, reason] of Object.entries(sameAsEnglish)) {
    if (reason.trim() === '') problems.push(`same-as-english.${language}.json: "${listing}" gives no reason`);
    if (!listedAndEqual.has(listing)) {
      problems.push(
        `same-as-english.${language}.json: "${listing}" is listed, but that key does not exist or is no longer the English text (a stale entry)`,
      );
    }
  }
  for (const stem of Object.keys(translated)) {
    if (!(stem in english)) problems.push(`${fileName(stem, language)}: no English file ${fileName(stem, 'en')}`);
  }
  return problems;
}
