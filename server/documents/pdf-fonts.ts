import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Every language a PDF is made in: the reading languages (docs/decisions/0045). */
export const PDF_LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

/** The PDF's /Lang tag per language (a screen reader picks its voice from it). */
export const PDF_LANGUAGE_TAGS: Readonly<Record<PdfLanguage, string>> = {
  en: 'en-US',
  es: 'es-US',
  vi: 'vi',
  'zh-Hans': 'zh-Hans',
  ar: 'ar',
};

/** One pdfmake font family: a file per weight and slant (the CJK and Arabic fonts have no italics). */
export interface FontFiles {
  readonly normal: string;
  readonly bold: string;
  readonly italics: string;
  readonly bolditalics: string;
}

const require = createRequire(import.meta.url);
const roboto = (require('pdfmake/fonts/Roboto') as { Roboto: FontFiles }).Roboto;
const chineseRegular = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const chineseBold = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
// The package exports only its list of files; the fonts sit in its fonts/ folder, beside dist/.
const arabicFolder = join(dirname(require.resolve('@embedpdf/fonts-arabic')), '..', 'fonts');
const arabicRegular = join(arabicFolder, 'NotoNaskhArabic-Regular.ttf');
const arabicBold = join(arabicFolder, 'NotoNaskhArabic-Bold.ttf');

/**
 * The fonts documents are set in (docs/decisions/0046), all from npm packages so `npm install` is enough:
 * Roboto (inside pdfmake) for English, Spanish and Vietnamese (it has every Vietnamese letter with its
 * marks), Noto Sans SC for Chinese (it has Latin letters and digits too), and Noto Naskh Arabic for the
 * Arabic letters of an Arabic document, whose Latin words, digits and citations stay in Roboto. pdfkit
 * embeds only the glyphs a document uses.
 */
export const PDF_FONTS = {
  Roboto: roboto,
  NotoSansSC: { normal: chineseRegular, bold: chineseBold, italics: chineseRegular, bolditalics: chineseBold },
  NotoNaskhArabic: { normal: arabicRegular, bold: arabicBold, italics: arabicRegular, bolditalics: arabicBold },
} as const satisfies Record<string, FontFiles>;

export type PdfFontName = keyof typeof PDF_FONTS;

/** The body font of a document in this language. */
export function bodyFont(language: PdfLanguage): PdfFontName {
  return language === 'zh-Hans' ? 'NotoSansSC' : 'Roboto';
}

/** Every font file a document may read: nothing else on disk is reachable from a document. */
export const FONT_FILES: ReadonlySet<string> = new Set(
  Object.values(PDF_FONTS).flatMap((files: FontFiles) => [files.normal, files.bold, files.italics, files.bolditalics]),
);
