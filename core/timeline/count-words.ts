import type { DeadlineRule } from '../law/deadline-rule';
import type { TextLanguage } from '../law/rule-status';

/** A counted unit: the plain day, or a rule's counting basis other than age. */
export type CountUnit = Exclude<DeadlineRule['basis'], 'age'> | 'days';

/** Arabic ages are counted in years with the word عام ("16 عامًا"). */
type ArabicUnit = CountUnit | 'age-years';

/**
 * Arabic counted nouns by CLDR plural category (Intl.PluralRules('ar')): `one` and `two` are words
 * without the digit ("يوم واحد", "يومان"), `few` (3–10) takes the plural ("3 أيام"), `many` (11–99)
 * the singular in the accusative ("15 يومًا"), `other` (100, 0, …) the singular ("100 يوم").
 */
interface ArabicNoun {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

const ARABIC: Readonly<Record<ArabicUnit, ArabicNoun>> = {
  'age-years': { one: 'عام واحد', two: 'عامان', few: 'أعوام', many: 'عامًا', other: 'عام' },
  days: { one: 'يوم واحد', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' },
  'calendar-days': {
    one: 'يوم تقويمي واحد',
    two: 'يومان تقويميان',
    few: 'أيام تقويمية',
    many: 'يومًا تقويميًا',
    other: 'يوم تقويمي',
  },
  'school-days': {
    one: 'يوم دراسي واحد',
    two: 'يومان دراسيان',
    few: 'أيام دراسية',
    many: 'يومًا دراسيًا',
    other: 'يوم دراسي',
  },
  'business-days': { one: 'يوم عمل واحد', two: 'يوما عمل', few: 'أيام عمل', many: 'يوم عمل', other: 'يوم عمل' },
  'instructional-days': {
    one: 'يوم تدريسي واحد',
    two: 'يومان تدريسيان',
    few: 'أيام تدريسية',
    many: 'يومًا تدريسيًا',
    other: 'يوم تدريسي',
  },
  'school-working-days': {
    one: 'يوم عمل مدرسي واحد',
    two: 'يوما عمل مدرسيان',
    few: 'أيام عمل مدرسية',
    many: 'يوم عمل مدرسي',
    other: 'يوم عمل مدرسي',
  },
  years: { one: 'سنة واحدة', two: 'سنتان', few: 'سنوات', many: 'سنة', other: 'سنة' },
  'school-year': {
    one: 'سنة دراسية واحدة',
    two: 'سنتان دراسيتان',
    few: 'سنوات دراسية',
    many: 'سنة دراسية',
    other: 'سنة دراسية',
  },
};

const arabicPlural = new Intl.PluralRules('ar');

/** A count with its Arabic noun in the agreeing form: "يوم واحد", "يومان", "3 أيام", "15 يومًا", "100 يوم". */
export function arabicCount(count: number, unit: ArabicUnit): string {
  const noun = ARABIC[unit];
  const category = arabicPlural.select(count);
  if (category === 'one') return noun.one;
  if (category === 'two') return noun.two;
  if (category === 'few') return `${String(count)} ${noun.few}`;
  if (category === 'many') return `${String(count)} ${noun.many}`;
  return `${String(count)} ${noun.other}`;
}

/** English and Spanish: singular and plural; Vietnamese: one form (no plural); Chinese: with its measure word. */
const WORDS: Readonly<
  Record<CountUnit, { en: readonly [string, string]; es: readonly [string, string]; vi: string; zh: string }>
> = {
  days: { en: ['day', 'days'], es: ['día', 'días'], vi: 'ngày', zh: '天' },
  'calendar-days': {
    en: ['calendar day', 'calendar days'],
    es: ['día calendario', 'días calendario'],
    vi: 'ngày lịch',
    zh: '个日历日',
  },
  'school-days': {
    en: ['school day', 'school days'],
    es: ['día escolar', 'días escolares'],
    vi: 'ngày học',
    zh: '个上学日',
  },
  'business-days': {
    en: ['business day', 'business days'],
    es: ['día hábil', 'días hábiles'],
    vi: 'ngày làm việc',
    zh: '个工作日',
  },
  'instructional-days': {
    en: ['instructional day', 'instructional days'],
    es: ['día de instrucción', 'días de instrucción'],
    vi: 'ngày giảng dạy',
    zh: '个教学日',
  },
  'school-working-days': {
    en: ['school working day', 'school working days'],
    es: ['día laborable escolar', 'días laborables escolares'],
    vi: 'ngày làm việc của trường',
    zh: '个学校工作日',
  },
  years: { en: ['year', 'years'], es: ['año', 'años'], vi: 'năm', zh: '年' },
  'school-year': {
    en: ['school year', 'school years'],
    es: ['año escolar', 'años escolares'],
    vi: 'năm học',
    zh: '个学年',
  },
};

/** A count and its unit in words, agreeing with the number: "60 calendar days", "60 ngày lịch", "60个日历日", "60 يومًا تقويميًا". */
export function countWords(count: number, unit: CountUnit, language: TextLanguage): string {
  const words = WORDS[unit];
  const number = String(count);
  switch (language) {
    case 'en':
      return `${number} ${count === 1 ? words.en[0] : words.en[1]}`;
    case 'es':
      return `${number} ${count === 1 ? words.es[0] : words.es[1]}`;
    case 'vi':
      return `${number} ${words.vi}`;
    case 'zh-Hans':
      return `${number}${words.zh}`;
    case 'ar':
      return arabicCount(count, unit);
  }
}
