import type { GlossaryTranslation } from '../glossary-translation';
import { ARABIC_GLOSSARY } from './ar';
import { VIETNAMESE_GLOSSARY } from './vi';
import { CHINESE_GLOSSARY } from './zh-Hans';

/** The languages whose legal terms are listed with their sources (English and Spanish are the glossary's own). */
export const GLOSSARY_TRANSLATIONS = {
  vi: VIETNAMESE_GLOSSARY,
  'zh-Hans': CHINESE_GLOSSARY,
  ar: ARABIC_GLOSSARY,
} as const satisfies Readonly<Record<string, readonly GlossaryTranslation[]>>;

export type GlossaryLanguage = keyof typeof GLOSSARY_TRANSLATIONS;
