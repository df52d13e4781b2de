import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountLanguage } from '../../api/account-language';
import { chooseLanguage } from '../../i18n/i18n';
import { languageToApply } from '../../i18n/reading-language';

/**
 * Once a person is signed in (after sign-in, or on opening the app with a session), the reading language saved
 * with their account becomes the page's language, and so this browser's remembered one: a parent who chose
 * Tiếng Việt on the phone reads Vietnamese on another computer too (docs/decisions/0048). It runs when the saved
 * language is read or changes, not on every switch: a switch saves first, so the two agree.
 */
export function AccountLanguageSync({ userId }: { userId: string }) {
  const { i18n } = useTranslation();
  const saved = useAccountLanguage(userId).data?.language ?? null;
  useEffect(() => {
    const language = languageToApply(saved, i18n.language);
    if (language !== null) void chooseLanguage(language);
  }, [saved, i18n]);
  return null;
}
