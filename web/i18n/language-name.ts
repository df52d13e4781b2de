/** Home languages offered as checkboxes: the languages most spoken in US homes after English. */
export const COMMON_HOME_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ar', 'tl', 'ko', 'ru', 'fr', 'ht', 'pt', 'so'] as const;

/** A language tag (`vi`) in words of the UI language ("Vietnamese", "vietnamita"); the tag when unknown. */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
