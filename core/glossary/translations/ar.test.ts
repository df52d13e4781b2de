import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { ARABIC_GLOSSARY } from './ar';

// The seed terms every language agreed on for issue 22, with the Arabic wording the pages and core text use.
const SEED: Readonly<Record<string, string>> = {
  'Individualized Education Program (IEP)': 'برنامج التعليم الفردي (IEP)',
  '504 plan': 'خطة 504',
  'special education': 'التعليم الخاص',
  'related services': 'الخدمات ذات الصلة',
  'free appropriate public education (FAPE)': 'التعليم العام المجاني المناسب (FAPE)',
  'least restrictive environment': 'البيئة الأقل تقييدًا',
  'prior written notice': 'الإشعار الكتابي المسبق',
  'procedural safeguards': 'الضمانات الإجرائية',
  'due process hearing': 'جلسة استماع وفق الإجراءات القانونية الواجبة',
  'state complaint': 'شكوى إلى الولاية',
  'Office for Civil Rights (OCR)': 'مكتب الحقوق المدنية (OCR)',
  'evaluation / reevaluation': 'التقييم / إعادة التقييم',
  'independent educational evaluation (IEE)': 'التقييم التعليمي المستقل (IEE)',
  accommodations: 'الترتيبات التيسيرية',
  'annual goal': 'الهدف السنوي',
  'progress report': 'تقرير التقدم',
  consent: 'الموافقة',
  parent: 'ولي الأمر',
  deadline: 'الموعد النهائي',
  'school days / business days / calendar days': 'أيام دراسية / أيام عمل / أيام تقويمية',
  'education records': 'السجلات التعليمية',
  'transition services': 'خدمات الانتقال',
  'compensatory services': 'الخدمات التعويضية',
  'case manager': 'مدير الحالة',
  advocate: 'المدافع',
};

const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('the Arabic glossary', () => {
  it('has every seed term in the agreed wording', () => {
    for (const [english, arabic] of Object.entries(SEED)) {
      const entry = ARABIC_GLOSSARY.find((candidate) => candidate.en === english);
      expect(entry?.term, english).toBe(arabic);
    }
  });

  it('has every term of the glossary page', () => {
    for (const entry of GLOSSARY) {
      expect(
        ARABIC_GLOSSARY.some((candidate) => candidate.en === entry.term.en),
        entry.term.en,
      ).toBe(true);
    }
  });

  it('lists each English term once, each with an Arabic wording', () => {
    const english = ARABIC_GLOSSARY.map((entry) => entry.en);
    expect(new Set(english).size).toBe(english.length);
    for (const entry of ARABIC_GLOSSARY) {
      expect(entry.en.trim(), entry.en).not.toBe('');
      expect(entry.term, entry.en).toMatch(ARABIC_LETTER);
    }
  });

  it('says honestly where each wording comes from', () => {
    for (const entry of ARABIC_GLOSSARY) {
      // Nobody could open the official documents when this was written, so nothing claims to follow their text.
      expect(entry.check, entry.en).not.toBe('read');
      if (entry.check === 'team') expect(entry.officialSource, entry.en).toBeNull();
      else expect(entry.officialSource?.trim() ?? '', entry.en).not.toBe('');
    }
  });
});
