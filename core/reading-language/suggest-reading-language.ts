/** The reading languages a child's home language can suggest (English needs no suggestion). */
export type SuggestedLanguage = 'es' | 'vi' | 'zh-Hans' | 'ar';

/**
 * How families write their home language in a child's record: the code, the name in English and the name in
 * its own script, compared without case, accents or extra spaces ("Tiếng Việt", "tieng viet" and "vi" are one).
 */
const NAMES: Readonly<Record<SuggestedLanguage, readonly string[]>> = {
  es: ['es', 'spa', 'spanish', 'español', 'castellano'],
  vi: ['vi', 'vie', 'vietnamese', 'tiếng việt', 'tiếng việt nam'],
  'zh-Hans': [
    'zh',
    'zh-hans',
    'zh-cn',
    'chi',
    'zho',
    'chinese',
    'mandarin',
    'mandarin chinese',
    'simplified chinese',
    'chinese (simplified)',
    'putonghua',
    '中文',
    '汉语',
    '漢語',
    '普通话',
    '简体中文',
    '华语',
  ],
  ar: ['ar', 'ara', 'arabic', 'العربية', 'عربي', 'عربية', 'اللغة العربية'],
};

function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, SuggestedLanguage> = new Map(
  (Object.entries(NAMES) as [SuggestedLanguage, readonly string[]][]).flatMap(([language, names]) =>
    names.map((name) => [normalise(name), language] as const),
  ),
);

/**
 * The reading language a child's home languages suggest to a parent who has not chosen one (issue 22 point
 * 4, docs/decisions/0048): the first home language Binder reads besides English, or null. Only a suggestion the
 * person accepts; nothing switches on its own.
 */
export function suggestReadingLanguage(homeLanguages: readonly string[]): SuggestedLanguage | null {
  for (const name of homeLanguages) {
    const language = LOOKUP.get(normalise(name));
    if (language !== undefined) return language;
  }
  return null;
}
