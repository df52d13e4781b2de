import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { hasCitation } from '../law/rule-registry';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../schemas/letters';
import type { LetterKind } from '../schemas/letters';
import { nameOnceThenGiven } from './child-name';
import { composeLetter, composeLetterTranslation, draftOf } from './compose-letter';
import { joinList } from './join-list';
import { letterDate } from './letter-date';
import { READING_LANGUAGES } from './letter-draft';
import type { Sentence } from './letter-draft';
import { buildLetterInput } from './letter-input-builder';
import { letterPlainText } from './letter-plain-text';
import { parseLetterInput } from './parse-letter-input';

// Issue 22: a parent who reads Vietnamese, Chinese or Arabic sends the letter in English or Spanish and reads the
// same letter composed again in their language, side by side. Every kind, every new language.
const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;
const EVERY = LETTER_KINDS.flatMap((kind) => NEW_LANGUAGES.map((language) => [kind, language] as const));
const TX = jurisdictionFacts('TX');

function input(kind: LetterKind) {
  return buildLetterInput(kind, { language: 'en' });
}

/** The family's own words: the same text in every language. */
function isOwnWords(sentence: Sentence): boolean {
  return READING_LANGUAGES.every((language) => sentence.text[language] === sentence.text.en);
}

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe('a letter composed again in a reading language', () => {
  it.each(EVERY)('%s (%s): same paragraphs, same citations, the child named, not English', (kind, language) => {
    const english = composeLetter(input(kind), TX);
    const translation = composeLetterTranslation(input(kind), TX, language);
    expect(translation.language).toBe(language);
    expect(translation.kind).toBe(kind);
    expect(translation.paragraphs).toHaveLength(english.paragraphs.length);
    expect(translation.paragraphs.map((p) => p.citations)).toEqual(english.paragraphs.map((p) => p.citations));
    for (const [i, paragraph] of translation.paragraphs.entries()) {
      for (const citation of paragraph.citations) expect(paragraph.text).toContain(citation);
      if (paragraph.citations.length > 0) expect(paragraph.text).not.toBe(english.paragraphs[i]?.text);
    }
    const body = translation.paragraphs.map((p) => p.text).join('\n');
    // Named in full once, by the given name after that, as in English.
    expect(count(body, 'Maya Ortiz')).toBe(1);
    expect(body.indexOf('Maya')).toBe(body.indexOf('Maya Ortiz'));
    expect(count(body, 'Maya')).toBe(count(english.paragraphs.map((p) => p.text).join('\n'), 'Maya'));
    expect(translation.subject).toContain('Maya Ortiz');
    expect(translation.subject).not.toBe(english.subject);
    expect(translation.signatureLines[1]).toContain('Maya');
    expect(translation.signatureLines[1]).not.toBe(english.signatureLines[1]);
    expect(translation.salutation).not.toBe(english.salutation);
    expect(translation.closing).not.toBe(english.closing);
    expect(translation.dateLine).toBe(letterDate('2025-09-10', language));
    // Names, addresses and contact details stay as typed.
    expect(translation.senderLines).toEqual(english.senderLines);
    expect(translation.recipientLines).toEqual(english.recipientLines);
    expect(translation.impliedEvent).toEqual(english.impliedEvent);
    expect(translation.plainText).toBe(letterPlainText(translation));
    expect(translation.plainText).not.toMatch(/undefined|\{|\}/);
    // No English boilerplate left in the translation.
    expect(translation.plainText).not.toMatch(/\b(Dear|Sincerely|Please|the district|I am|Re:)\b/);
  });

  it.each(EVERY)('%s (%s): every sentence is translated, the family’s words kept as typed', (kind, language) => {
    const draft = draftOf(input(kind), TX);
    expect(draft.subject[language]).not.toBe(draft.subject.en);
    let translated = 0;
    for (const sentence of draft.paragraphs.flat()) {
      expect(sentence.text[language].trim()).not.toBe('');
      if (isOwnWords(sentence)) continue;
      expect(sentence.text[language], sentence.text.en).not.toBe(sentence.text.en);
      translated++;
    }
    expect(translated).toBeGreaterThan(3);
  });

  it.each(NEW_LANGUAGES)('the English and Spanish compositions are the sent letters (%s aside)', (language) => {
    for (const kind of LETTER_KINDS) {
      for (const sent of LETTER_LANGUAGES) {
        const letter = composeLetter(buildLetterInput(kind, { language: sent }), TX);
        expect(composeLetterTranslation(buildLetterInput(kind, { language: sent }), TX, sent)).toEqual(letter);
        // The translation does not depend on the language the letter is sent in.
        expect(composeLetterTranslation(buildLetterInput(kind, { language: sent }), TX, language).paragraphs).toEqual(
          composeLetterTranslation(buildLetterInput(kind, { language: 'en' }), TX, language).paragraphs,
        );
      }
    }
  });

  it('keeps every citation in the rules data, for states with different rules', () => {
    for (const jurisdiction of ['US', 'TX', 'CA', 'NY', 'NH', 'VA', 'MD', 'AL']) {
      const facts = jurisdictionFacts(jurisdiction);
      for (const kind of LETTER_KINDS) {
        const english = composeLetter(input(kind), facts);
        for (const language of NEW_LANGUAGES) {
          const translation = composeLetterTranslation(input(kind), facts, language);
          expect(translation.paragraphs.map((p) => p.citations)).toEqual(english.paragraphs.map((p) => p.citations));
          for (const citation of translation.paragraphs.flatMap((p) => p.citations))
            expect(hasCitation(citation), `${jurisdiction}/${kind}/${language}: ${citation}`).toBe(true);
        }
      }
    }
  });

  it('writes the opening, grade, date and closing as each language does', () => {
    const vi = composeLetterTranslation(input('evaluation-request'), TX, 'vi');
    expect(vi.salutation).toBe('Kính gửi Dana Whitfield,');
    expect(vi.closing).toBe('Trân trọng,');
    expect(vi.signatureLines).toEqual(['Lucía Ortiz', 'Mẹ của Maya']);
    expect(vi.plainText).toContain('V/v: Yêu cầu đánh giá ban đầu về giáo dục đặc biệt — Maya Ortiz');
    expect(vi.plainText).toContain('(sinh ngày 14 tháng 3 năm 2016). Cháu hiện đang học lớp 4 tại Lincoln Elementary');
    expect(vi.plainText).toContain('kế hoạch theo Mục 504');

    const zh = composeLetterTranslation(input('evaluation-request'), TX, 'zh-Hans');
    expect(zh.salutation).toBe('尊敬的 Dana Whitfield：');
    expect(zh.closing).toBe('此致敬礼');
    expect(zh.signatureLines).toEqual(['Lucía Ortiz', 'Maya的母亲']);
    expect(zh.dateLine).toBe('2025年9月10日');
    expect(zh.plainText).toContain('事由：申请特殊教育初始评估 — Maya Ortiz');
    expect(zh.plainText).toContain('（出生日期：2016年3月14日）的母亲');
    expect(zh.plainText).toContain('目前读4年级');
    // Chinese cites in full-width brackets and ends the sentence with a full-width stop.
    expect(zh.paragraphs[0]?.text).toContain('（34 CFR 300.301(b)）。');

    const ar = composeLetterTranslation(input('evaluation-request'), TX, 'ar');
    expect(ar.salutation).toBe('حضرة Dana Whitfield المحترم/المحترمة،');
    expect(ar.closing).toBe('مع خالص التحية والتقدير،');
    expect(ar.signatureLines).toEqual(['Lucía Ortiz', 'والدة Maya']);
    expect(ar.dateLine).toBe('10 سبتمبر 2025');
    expect(ar.plainText).toContain('الموضوع: طلب تقييم أولي للتعليم الخاص — Maya Ortiz');
    expect(ar.plainText).toContain('في الصف الرابع');
    // Citations and numbers keep their Western digits inside Arabic text.
    expect(ar.paragraphs[0]?.text).toContain('(34 CFR 300.301(b)).');
  });

  it('names each grade and relationship in every language', () => {
    const grades = ['pre-k', 'k', '1', '2', '3', '11', '12', 'transition'] as const;
    for (const language of NEW_LANGUAGES) {
      const intros = grades.map((grade) => {
        const base = input('records-request');
        const letter = composeLetterTranslation({ ...base, student: { ...base.student, grade } }, TX, language);
        return letter.paragraphs[0]?.text ?? '';
      });
      expect(new Set(intros).size).toBe(grades.length);
      const roles = (['parent', 'mother', 'father', 'guardian'] as const).map((relationship) => {
        const base = input('records-request');
        const letter = composeLetterTranslation({ ...base, parent: { ...base.parent, relationship } }, TX, language);
        return letter.signatureLines[1];
      });
      expect(new Set(roles).size).toBe(4);
    }
    const base = input('records-request');
    const eleventh = composeLetterTranslation({ ...base, student: { ...base.student, grade: '11' } }, TX, 'ar');
    expect(eleventh.plainText).toContain('في الصف الحادي عشر');
  });
});

describe('the child named once in Chinese, where words have no spaces', () => {
  it('finds a name next to Chinese characters, but not inside a longer Latin word', () => {
    const paragraphs = [
      { text: '我是Ana Ruiz的母亲。请评估Ana Ruiz，而不是Ana Ruizes。', citations: [] },
      { text: 'Ana Ruiz需要支持。', citations: ['34 CFR 300.1'] },
    ];
    expect(nameOnceThenGiven(paragraphs, 'Ana Ruiz', 'Ana')).toEqual([
      { text: '我是Ana Ruiz的母亲。请评估Ana，而不是Ana Ruizes。', citations: [] },
      { text: 'Ana需要支持。', citations: ['34 CFR 300.1'] },
    ]);
  });
});

describe('the letter sent stays in English or Spanish', () => {
  it.each(NEW_LANGUAGES)('a request to compose a letter to send in %s is refused, naming the field', (language) => {
    const result = parseLetterInput({ ...buildLetterInput('records-request'), language });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^language: /);
  });
});

describe('dates and lists in the reading languages', () => {
  it('writes a date as each language does, with Western digits', () => {
    expect(letterDate('2026-12-04', 'vi')).toBe('ngày 4 tháng 12 năm 2026');
    expect(letterDate('2026-12-04', 'zh-Hans')).toBe('2026年12月4日');
    expect(letterDate('2026-12-04', 'ar')).toBe('4 ديسمبر 2026');
    expect(letterDate('2024-02-29', 'ar')).toBe('29 فبراير 2024');
    expect(letterDate('2025-09-10', 'en')).toBe('10 September 2025');
    expect(() => letterDate('2025-02-30', 'vi')).toThrow();
  });

  it('joins a list as each language does', () => {
    expect(joinList(['đọc', 'viết', 'toán'], 'vi')).toBe('đọc, viết và toán');
    expect(joinList(['阅读', '写作', '数学'], 'zh-Hans')).toBe('阅读、写作和数学');
    expect(joinList(['القراءة', 'الكتابة', 'الرياضيات'], 'ar')).toBe('القراءة، الكتابة والرياضيات');
    expect(joinList(['阅读'], 'zh-Hans')).toBe('阅读');
  });
});
