import { describe, expect, it } from 'vitest';
import { ideaTransitionPlan } from '../law/idea';
import { findRule } from '../law/rule-registry';
import type { LocalizedText } from '../law/rule-status';
import type { CaseFile } from '../schemas/case-file';
import { computeTimeline } from './compute-timeline';
import { explainDeadline } from './explain-deadline';
import { arabicCount, countWords } from './count-words';
import { ALL_FIXTURES } from './fixtures';
import { DISTRICT_CALENDAR } from './fixtures/timeline-fixture';
import { formatDateIn } from './format-date';
import { toEpochDay } from '../calendar/epoch-day';

const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;

/**
 * What a translation must keep of the English: every number (dates, counts, citations). Arabic says
 * one and two in words ("يوم واحد", "يومان"), so a lone 1 or 2 may be missing there.
 */
function lostNumbers(text: LocalizedText): string[] {
  return NEW_LANGUAGES.flatMap((language) => {
    const translated = text[language] ?? '';
    return (text.en.match(/\d+/g) ?? [])
      .filter((number) => !(language === 'ar' && (number === '1' || number === '2')))
      .filter((number) => !translated.includes(number))
      .map((number) => `${language} lost ${number}: ${translated}`);
  });
}

function problemsOf(text: LocalizedText, citation: string | null): string[] {
  const problems: string[] = [];
  for (const language of NEW_LANGUAGES) {
    const translated = text[language];
    if (translated === undefined || translated === '') problems.push(`${language} missing for: ${text.en}`);
    else if (translated === text.en) problems.push(`${language} same as English: ${text.en}`);
    else if (citation !== null && !translated.includes(citation)) problems.push(`${language} lost ${citation}`);
  }
  return [...problems, ...lostNumbers(text)];
}

describe('deadline explanations in Vietnamese, Chinese and Arabic', () => {
  it('explains the spec example in every language, with the count, the date and the citation', () => {
    const result = computeTimeline(
      { jurisdiction: 'US', events: [{ type: 'evaluation-consent-received', date: '2025-09-10' }] },
      '2025-12-01',
    );
    const explanation = result.deadlines[0]?.explanation;
    expect(explanation?.vi).toBe(
      '60 ngày lịch sau khi nhà trường nhận được sự đồng ý của quý vị vào ngày 10 tháng 9 năm 2025 — 34 CFR 300.301(c)(1).',
    );
    expect(explanation?.['zh-Hans']).toBe('学校于2025年9月10日收到您的同意后60个日历日——34 CFR 300.301(c)(1)。');
    expect(explanation?.ar).toBe(
      '60 يومًا تقويميًا بعد استلام المدرسة موافقتك في 10 سبتمبر 2025 — 34 CFR 300.301(c)(1).',
    );
  });

  it('writes every explanation and finding of every hand-checked fixture in the three languages', () => {
    const problems: string[] = [];
    let explained = 0;
    let found = 0;
    for (const fixture of ALL_FIXTURES) {
      const result = computeTimeline(fixture.caseFile, fixture.asOf);
      for (const deadline of result.deadlines) {
        problems.push(...problemsOf(deadline.explanation, deadline.citation).map((p) => `${deadline.rule}: ${p}`));
        if (deadline.measuredTo !== undefined) problems.push(...problemsOf(deadline.measuredTo, null));
        explained += 1;
      }
      for (const finding of result.findings) {
        problems.push(...problemsOf(finding.explanation, null).map((p) => `${finding.code}: ${p}`));
        found += 1;
      }
      for (const convention of result.conventions) problems.push(...problemsOf(convention, null));
    }
    expect(problems).toEqual([]);
    expect(explained).toBeGreaterThan(200);
    expect(found).toBeGreaterThan(10);
  });

  it('keeps Chinese explanations free of spaces between Chinese characters', () => {
    const spaced: string[] = [];
    for (const fixture of ALL_FIXTURES) {
      const result = computeTimeline(fixture.caseFile, fixture.asOf);
      for (const text of [
        ...result.deadlines.map((d) => d.explanation),
        ...result.findings.map((f) => f.explanation),
      ]) {
        const chinese = text['zh-Hans'] ?? '';
        if (/[\u3000-\u9fff] +[\u3000-\u9fff]/.test(chinese) || /[\u4e00-\u9fff][,;:.]/.test(chinese))
          spaced.push(chinese);
      }
    }
    expect(spaced).toEqual([]);
  });

  it('says why a state date differs, in the three languages too', () => {
    const result = computeTimeline(
      {
        jurisdiction: 'PA',
        calendar: DISTRICT_CALENDAR,
        events: [{ type: 'evaluation-consent-received', date: '2026-04-20' }],
      },
      '2026-05-01',
    );
    const explanation = result.deadlines[0]?.explanation;
    expect(explanation?.vi).toBe(
      '60 ngày lịch sau khi nhà trường nhận được sự đồng ý của quý vị vào ngày 20 tháng 4 năm 2026, không tính kỳ nghỉ hè giữa các năm học (đã bỏ qua 79 ngày) — 22 Pa. Code 14.123(b).',
    );
    expect(explanation?.['zh-Hans']).toBe(
      '学校于2026年4月20日收到您的同意后60个日历日，不计学年之间的暑假（跳过79天）——22 Pa. Code 14.123(b)。',
    );
    expect(explanation?.ar).toBe(
      '60 يومًا تقويميًا بعد استلام المدرسة موافقتك في 20 أبريل 2026، دون احتساب العطلة الصيفية بين الأعوام الدراسية (تم تخطي 79 يومًا) — 22 Pa. Code 14.123(b).',
    );
  });

  it('explains the earlier of two clocks and an age rule', () => {
    const delaware = computeTimeline(
      { jurisdiction: 'DE', events: [{ type: 'evaluation-consent-received', date: '2025-09-10' }] },
      '2025-09-11',
    ).deadlines.find((deadline) => deadline.rule === 'de.initial-evaluation');
    expect(delaware?.explanation.vi).toContain('hoặc 90 ngày lịch, tùy mốc nào kết thúc trước');
    expect(delaware?.explanation['zh-Hans']).toContain('或90个日历日，以先到者为准');
    expect(delaware?.explanation.ar).toContain('أو 90 يومًا تقويميًا، أيهما ينتهي أولًا');

    const born = toEpochDay('2012-03-04');
    const transition = explainDeadline(ideaTransitionPlan, 'birth-date', born, false, { due: born }, undefined);
    expect(transition.vi).toBe('Ngày con quý vị tròn 16 tuổi (con sinh ngày 4 tháng 3 năm 2012) — 34 CFR 300.320(b).');
    expect(transition['zh-Hans']).toBe('您的孩子年满16岁的那一天（出生日期：2012年3月4日）——34 CFR 300.320(b)。');
    expect(transition.ar).toBe('يوم بلوغ طفلك 16 عامًا (تاريخ الميلاد 4 مارس 2012) — 34 CFR 300.320(b).');
  });

  it('explains the findings on a child’s page in the three languages', () => {
    const caseFile: CaseFile = {
      jurisdiction: 'US',
      events: [
        { type: 'evaluation-requested', date: '2025-09-02' },
        {
          type: 'iep-meeting-held',
          date: '2025-09-20',
          purpose: 'annual',
          attendees: ['parent', 'special-education-teacher', 'agency-representative'],
        },
      ],
    };
    const findings = computeTimeline(caseFile, '2025-10-17').findings;
    const unanswered = findings.find((finding) => finding.code === 'evaluation-request-unanswered');
    expect(unanswered?.explanation.vi).toContain('đã 45 ngày chưa được trả lời');
    expect(unanswered?.explanation['zh-Hans']).toContain('已经45天没有答复');
    expect(unanswered?.explanation.ar).toContain('مضى 45 يومًا');
    expect(unanswered?.explanation.ar).toContain('بعد 30 يومًا');
    const missing = findings.find((finding) => finding.code === 'team-member-missing');
    expect(missing?.explanation.vi).toContain('giáo viên giáo dục phổ thông');
    expect(missing?.explanation['zh-Hans']).toContain('普通教育教师');
    expect(missing?.explanation.ar).toContain('معلم التعليم العام');
  });
});

describe('counted words', () => {
  it('makes Arabic nouns agree with the number', () => {
    expect(arabicCount(1, 'days')).toBe('يوم واحد');
    expect(arabicCount(2, 'days')).toBe('يومان');
    expect(arabicCount(3, 'days')).toBe('3 أيام');
    expect(arabicCount(10, 'days')).toBe('10 أيام');
    expect(arabicCount(11, 'days')).toBe('11 يومًا');
    expect(arabicCount(15, 'days')).toBe('15 يومًا');
    expect(arabicCount(99, 'days')).toBe('99 يومًا');
    expect(arabicCount(100, 'days')).toBe('100 يوم');
    expect(arabicCount(103, 'days')).toBe('103 أيام');
    expect(arabicCount(45, 'school-days')).toBe('45 يومًا دراسيًا');
    expect(arabicCount(5, 'school-days')).toBe('5 أيام دراسية');
    expect(arabicCount(10, 'business-days')).toBe('10 أيام عمل');
    expect(arabicCount(3, 'years')).toBe('3 سنوات');
  });

  it('has no plural in Vietnamese and a measure word in Chinese', () => {
    expect(countWords(1, 'school-days', 'vi')).toBe('1 ngày học');
    expect(countWords(45, 'school-days', 'vi')).toBe('45 ngày học');
    expect(countWords(45, 'school-days', 'zh-Hans')).toBe('45个上学日');
    expect(countWords(3, 'years', 'zh-Hans')).toBe('3年');
    expect(countWords(1, 'calendar-days', 'en')).toBe('1 calendar day');
    expect(countWords(2, 'calendar-days', 'es')).toBe('2 días calendario');
  });

  it('writes dates in each language', () => {
    const day = toEpochDay('2025-09-10');
    expect(formatDateIn(day, 'vi')).toBe('10 tháng 9 năm 2025');
    expect(formatDateIn(day, 'zh-Hans')).toBe('2025年9月10日');
    expect(formatDateIn(day, 'ar')).toBe('10 سبتمبر 2025');
    expect(formatDateIn(toEpochDay('2300-01-05'), 'ar')).toBe('5 يناير 2300');
    expect(findRule('idea.initial-evaluation')?.citation).toBe('34 CFR 300.301(c)(1)');
  });
});
