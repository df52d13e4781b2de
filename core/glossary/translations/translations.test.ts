import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { GLOSSARY_TRANSLATIONS, type GlossaryLanguage } from '.';

// The terms every translator of issue 22 agreed on, so pages, letters and the law's explanations say the same thing
// in the same words in each language. Changing one is a decision: change it here and everywhere it is used.
const SEED: Readonly<Record<string, Readonly<Record<GlossaryLanguage, string>>>> = {
  'Individualized Education Program (IEP)': {
    vi: 'Chương trình Giáo dục Cá nhân hóa (IEP)',
    'zh-Hans': '个别化教育计划（IEP）',
    ar: 'برنامج التعليم الفردي (IEP)',
  },
  '504 plan': { vi: 'kế hoạch 504', 'zh-Hans': '504计划', ar: 'خطة 504' },
  'special education': { vi: 'giáo dục đặc biệt', 'zh-Hans': '特殊教育', ar: 'التعليم الخاص' },
  'related services': { vi: 'dịch vụ liên quan', 'zh-Hans': '相关服务', ar: 'الخدمات ذات الصلة' },
  'free appropriate public education (FAPE)': {
    vi: 'giáo dục công lập miễn phí và thích hợp (FAPE)',
    'zh-Hans': '免费适当公立教育（FAPE）',
    ar: 'التعليم العام المجاني المناسب (FAPE)',
  },
  'least restrictive environment': {
    vi: 'môi trường ít hạn chế nhất',
    'zh-Hans': '最少限制环境',
    ar: 'البيئة الأقل تقييدًا',
  },
  'prior written notice': {
    vi: 'thông báo trước bằng văn bản',
    'zh-Hans': '事先书面通知',
    ar: 'الإشعار الكتابي المسبق',
  },
  'procedural safeguards': {
    vi: 'các biện pháp bảo vệ theo thủ tục',
    'zh-Hans': '程序保障',
    ar: 'الضمانات الإجرائية',
  },
  'due process hearing': {
    vi: 'phiên điều trần theo thủ tục tố tụng',
    'zh-Hans': '正当程序听证',
    ar: 'جلسة استماع وفق الإجراءات القانونية الواجبة',
  },
  'state complaint': { vi: 'khiếu nại cấp tiểu bang', 'zh-Hans': '州投诉', ar: 'شكوى إلى الولاية' },
  'Office for Civil Rights (OCR)': {
    vi: 'Văn phòng Dân quyền (OCR)',
    'zh-Hans': '民权办公室（OCR）',
    ar: 'مكتب الحقوق المدنية (OCR)',
  },
  'evaluation / reevaluation': {
    vi: 'đánh giá / tái đánh giá',
    'zh-Hans': '评估 / 重新评估',
    ar: 'التقييم / إعادة التقييم',
  },
  'independent educational evaluation (IEE)': {
    vi: 'đánh giá giáo dục độc lập (IEE)',
    'zh-Hans': '独立教育评估（IEE）',
    ar: 'التقييم التعليمي المستقل (IEE)',
  },
  accommodations: { vi: 'điều chỉnh hỗ trợ', 'zh-Hans': '便利措施', ar: 'الترتيبات التيسيرية' },
  'annual goal': { vi: 'mục tiêu hằng năm', 'zh-Hans': '年度目标', ar: 'الهدف السنوي' },
  'progress report': { vi: 'báo cáo tiến bộ', 'zh-Hans': '进展报告', ar: 'تقرير التقدم' },
  consent: { vi: 'sự đồng ý', 'zh-Hans': '同意', ar: 'الموافقة' },
  parent: { vi: 'phụ huynh', 'zh-Hans': '家长', ar: 'ولي الأمر' },
  deadline: { vi: 'hạn chót', 'zh-Hans': '截止日期', ar: 'الموعد النهائي' },
  'school days / business days / calendar days': {
    vi: 'ngày học / ngày làm việc / ngày lịch',
    'zh-Hans': '上学日 / 工作日 / 日历日',
    ar: 'أيام دراسية / أيام عمل / أيام تقويمية',
  },
  'education records': { vi: 'hồ sơ giáo dục', 'zh-Hans': '教育记录', ar: 'السجلات التعليمية' },
  'transition services': { vi: 'dịch vụ chuyển tiếp', 'zh-Hans': '过渡服务', ar: 'خدمات الانتقال' },
  'compensatory services': { vi: 'dịch vụ bù đắp', 'zh-Hans': '补偿性服务', ar: 'الخدمات التعويضية' },
  'case manager': { vi: 'người quản lý hồ sơ', 'zh-Hans': '个案管理员', ar: 'مدير الحالة' },
  advocate: { vi: 'người biện hộ', 'zh-Hans': '倡导者', ar: 'المدافع' },
};

/** A letter of each language's own script, so an entry left in English is caught. */
const SCRIPT: Readonly<Record<GlossaryLanguage, RegExp>> = {
  vi: /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i,
  'zh-Hans': /[\u4E00-\u9FFF]/,
  ar: /[\u0600-\u06FF]/,
};

const LANGUAGES = Object.keys(GLOSSARY_TRANSLATIONS) as GlossaryLanguage[];

describe.each(LANGUAGES)('the %s glossary', (language) => {
  const entries = GLOSSARY_TRANSLATIONS[language];

  it('lists each English term once', () => {
    expect(new Set(entries.map((entry) => entry.en)).size).toBe(entries.length);
  });

  it.each(Object.keys(SEED))('has the seed term “%s” in its agreed wording', (english) => {
    expect(entries.find((entry) => entry.en === english)?.term).toBe(SEED[english]?.[language]);
  });

  // An entry may name the term as the glossary page does ("IEP"), or spell it out with the abbreviation after it.
  it.each(GLOSSARY.map((entry) => [entry.term.en, entry.expansion.en] as const))(
    'has the glossary page’s term “%s”',
    (term, expansion) => {
      const found = entries.some(
        (entry) =>
          entry.en === term || entry.en.endsWith(`(${term})`) || entry.en.toLowerCase() === expansion.toLowerCase(),
      );
      expect(found).toBe(true);
    },
  );

  it('words every term in the language and says honestly where the wording comes from', () => {
    for (const entry of entries) {
      expect(entry.term, entry.en).toMatch(SCRIPT[language]);
      // Nobody could open the official documents when these were written, so nothing claims to follow their text.
      expect(entry.check, entry.en).not.toBe('read');
      expect(entry.officialSource === null, entry.en).toBe(entry.check === 'team');
      if (entry.officialSource !== null) expect(entry.officialSource.trim(), entry.en).not.toBe('');
      if (entry.note !== undefined) expect(entry.note.trim(), entry.en).not.toBe('');
    }
  });
});
