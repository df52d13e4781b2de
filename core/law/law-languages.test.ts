import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../timeline/conventions';
import { BREAK_EXCLUSIONS } from './break-exclusions';
import { DEADLINE_KIND_NAMES, kindName } from './deadline-kinds';
import { MEASURED_TO } from './event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaResolutionMeeting } from './idea';
import { jurisdictionFacts } from './jurisdiction-facts';
import { JURISDICTION_NAMES } from './jurisdiction-names';
import { allCitationRecords, allDeadlineRules, allReminderRules, findRule } from './rule-registry';
import { capitalized, textIn, type LocalizedText } from './rule-status';
import { STATE_RULES } from './states';

const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;

/** Every `{ en, es, … }` text inside a value, with where it was found. */
function textsIn(value: unknown, path: string, found: { path: string; text: LocalizedText }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => textsIn(item, `${path}[${String(index)}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.es === 'string') {
      found.push({ path, text: record as unknown as LocalizedText });
    }
    for (const [key, inner] of Object.entries(record)) textsIn(inner, `${path}.${key}`, found);
  }
  return found;
}

/** The law's data: every rule, reminder, citation record, state record and word table in core/law. */
function allLawTexts() {
  return textsIn(
    {
      deadlineRules: allDeadlineRules(),
      reminderRules: allReminderRules(),
      citations: allCitationRecords(),
      states: STATE_RULES,
      kinds: DEADLINE_KIND_NAMES,
      jurisdictions: JURISDICTION_NAMES,
      conventions: CONVENTIONS,
      breaks: BREAK_EXCLUSIONS,
      measuredTo: MEASURED_TO,
    },
    'law',
  );
}

/** The numbers a text says ("60", "300", "2025"). */
const numbersOf = (text: string): string[] => text.match(/\d+/g) ?? [];

/** Citations in parentheses ("(34 CFR 99.22)", "(20 U.S.C. 1232g(d); …)") must come through unchanged. */
const citationsIn = (text: string): string[] =>
  text.match(/\d+ (?:CFR|U\.S\.C\.) \d+(?:\.\d+)?[a-z]?(?:\([a-z0-9]+\))*/g) ?? [];

describe('the law in Vietnamese, Chinese and Arabic', () => {
  it('gives every text of the law all five languages, none empty', () => {
    const texts = allLawTexts();
    expect(texts.length).toBeGreaterThan(400);
    const missing = texts.flatMap(({ path, text }) =>
      NEW_LANGUAGES.filter((language) => (text[language] ?? '').trim() === '').map((language) => `${path}.${language}`),
    );
    expect(missing).toEqual([]);
  });

  it('translates every sentence (only names, codes and citations may read as in English)', () => {
    const sameAsEnglish = allLawTexts().flatMap(({ path, text }) =>
      NEW_LANGUAGES.filter((language) => text[language] === text.en && !/^[A-Z][A-Za-z .]*$/.test(text.en)).map(
        (language) => `${path}.${language}: ${text.en}`,
      ),
    );
    expect(sameAsEnglish).toEqual([]);
  });

  it('keeps every number and citation of the English text', () => {
    const lost = allLawTexts().flatMap(({ path, text }) =>
      NEW_LANGUAGES.flatMap((language) => {
        const translated = text[language] ?? '';
        const numbers = numbersOf(text.en).filter((number) => !translated.includes(number));
        const citations = citationsIn(text.en).filter((citation) => !translated.includes(citation));
        return [...numbers, ...citations].map((what) => `${path}.${language} lost "${what}"`);
      }),
    );
    expect(lost).toEqual([]);
  });

  it('says a sample of rules in plain words, with their day counts', () => {
    expect(ideaInitialEvaluation.summary.vi).toContain('60 ngày');
    expect(ideaInitialEvaluation.summary['zh-Hans']).toContain('60天');
    expect(ideaInitialEvaluation.summary.ar).toContain('60 يومًا');
    expect(ideaInitialIepMeeting.summary.ar).toContain('30 يومًا');
    expect(ideaResolutionMeeting.summary.ar).toContain('15 يومًا');
    const texas = findRule('tx.initial-evaluation');
    expect(texas?.citation).toBe('Tex. Educ. Code 29.004; 19 TAC 89.1011');
    expect(texas?.summary['zh-Hans']).toContain('45个上学日');
    expect(texas?.summary.ar).toContain('45 يومًا دراسيًا');
    expect(findRule('tn.meeting-notice')?.summary.ar).toContain('(10) أيام تقويمية');
  });

  it('writes Chinese with full-width punctuation and no spaces between Chinese characters', () => {
    const spaced = allLawTexts().filter(({ text }) => {
      const chinese = text['zh-Hans'] ?? '';
      return /[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(chinese) || /[\u4e00-\u9fff][,;:]/.test(chinese);
    });
    expect(spaced.map(({ path }) => path)).toEqual([]);
  });

  it('names each deadline kind and jurisdiction in every language', () => {
    expect(kindName('initial-evaluation')).toMatchObject({
      vi: 'đánh giá ban đầu',
      'zh-Hans': '初次评估',
      ar: 'التقييم الأولي',
    });
    expect(kindName('no-such-kind').ar).toBe('no-such-kind');
    expect(JURISDICTION_NAMES.NC).toMatchObject({ vi: 'Bắc Carolina', 'zh-Hans': '北卡罗来纳州' });
    expect(jurisdictionFacts('MD').initialEvaluation.summary.ar).toContain('90 يومًا');
  });

  it('capitalises the languages that have capitals and leaves Chinese and Arabic as they are', () => {
    const name = capitalized(kindName('access-to-records'));
    expect(name.en).toBe('Access-to-records');
    const records = capitalized(kindName('records-access'));
    expect(records.vi).toBe('Quyền xem hồ sơ');
    expect(records['zh-Hans']).toBe('查阅记录');
    expect(records.ar).toBe('الاطلاع على السجلات');
    expect(textIn({ en: 'only English', es: 'solo inglés' }, 'ar')).toBe('only English');
  });
});
