import type { JurisdictionFacts } from '../law/jurisdiction-facts';

/**
 * Test builders: `JurisdictionFacts` written by hand, so the guide, comparison and letters can be
 * tested without `core/law`. The numbers and citations are the ones in docs/law-coverage.md;
 * they are fixtures, not the rules data (which lives in `core/law`).
 */
export function buildFacts(overrides: Partial<JurisdictionFacts> = {}): JurisdictionFacts {
  return { ...FEDERAL_FACTS, ...overrides };
}

/** Federal rules only (`US`). */
export const FEDERAL_FACTS: JurisdictionFacts = {
  jurisdiction: 'US',
  name: { en: 'United States', es: 'Estados Unidos', vi: 'Hoa Kỳ', 'zh-Hans': '美国', ar: 'الولايات المتحدة' },
  hasEncodedRules: true,
  initialEvaluation: {
    count: 60,
    basis: 'calendar-days',
    clockStart: 'consent',
    measuredTo: {
      en: 'Evaluation conducted',
      es: 'Evaluación realizada',
      vi: 'Đã tiến hành đánh giá',
      'zh-Hans': '评估已进行',
      ar: 'أُجري التقييم',
    },
    summary: {
      en: 'The initial evaluation must be done within 60 days of receiving parental consent.',
      es: 'La evaluación inicial debe hacerse dentro de los 60 días siguientes a la recepción del consentimiento de los padres.',
      vi: 'Đánh giá lần đầu phải được thực hiện trong vòng 60 ngày kể từ khi nhận được sự đồng ý của phụ huynh.',
      'zh-Hans': '首次评估必须在收到家长同意后 60 天内完成。',
      ar: 'يجب إجراء التقييم الأولي خلال 60 يومًا من تسلّم موافقة ولي الأمر.',
    },
    citation: '34 CFR 300.301(c)(1)',
    status: 'confirmed',
  },
  transitionAge: { age: 16, citation: '34 CFR 300.320(b)', status: 'confirmed' },
  ageOfMajority: { age: 18, citation: '34 CFR 300.320(c); 300.520', status: 'confirmed' },
  dueProcessLimitation: { years: 2, citation: '34 CFR 300.507(a)(2)', status: 'confirmed' },
  onePlanPosition: null,
};

/** Texas: 45 school days from consent (Tex. Educ. Code 29.004), transition at 14 (Tex. Educ. Code 29.0111). */
export const TEXAS_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'TX',
  name: { en: 'Texas', es: 'Texas', vi: 'Texas', 'zh-Hans': '得克萨斯州', ar: 'تكساس' },
  initialEvaluation: {
    count: 45,
    basis: 'school-days',
    clockStart: 'consent',
    measuredTo: {
      en: 'Written evaluation report completed',
      es: 'Informe escrito de la evaluación terminado',
      vi: 'Đã hoàn thành báo cáo đánh giá bằng văn bản',
      'zh-Hans': '书面评估报告已完成',
      ar: 'اكتمل تقرير التقييم المكتوب',
    },
    summary: {
      en: 'The written evaluation report is due 45 school days after the district receives signed consent.',
      es: 'El informe escrito de la evaluación vence 45 días escolares después de que el distrito recibe el consentimiento firmado.',
      vi: 'Báo cáo đánh giá bằng văn bản đến hạn 45 ngày học sau khi học khu nhận được bản đồng ý có chữ ký.',
      'zh-Hans': '书面评估报告须在学区收到签字的同意书后 45 个上学日内完成。',
      ar: 'يحين موعد تقرير التقييم المكتوب بعد 45 يومًا دراسيًا من تسلّم المنطقة التعليمية الموافقة الموقّعة.',
    },
    citation: 'Tex. Educ. Code 29.004',
    status: 'confirmed',
  },
  transitionAge: { age: 14, citation: 'Tex. Educ. Code 29.0111', status: 'confirmed' },
});

/** New Hampshire: 60 days (dataset, conflict noted) and the one-plan position of the state's guidance. */
export const NEW_HAMPSHIRE_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'NH',
  name: {
    en: 'New Hampshire',
    es: 'Nuevo Hampshire',
    vi: 'New Hampshire',
    'zh-Hans': '新罕布什尔州',
    ar: 'نيوهامبشير',
  },
  initialEvaluation: {
    ...FEDERAL_FACTS.initialEvaluation,
    measuredTo: {
      en: 'Evaluation process completed',
      es: 'Proceso de evaluación terminado',
      vi: 'Đã hoàn tất quá trình đánh giá',
      'zh-Hans': '评估过程已完成',
      ar: 'اكتملت عملية التقييم',
    },
    citation: 'N.H. Code Admin. R. Ed 1107.01(c)',
    status: 'dataset',
  },
  onePlanPosition: {
    summary: {
      en: 'State guidance says a student who qualifies under IDEA gets an IEP instead of a 504 plan; the district may not choose a 504 plan for an IDEA-eligible child, and accommodations go in the IEP.',
      es: 'La guía del estado dice que un estudiante que reúne los requisitos de IDEA recibe un IEP en lugar de un plan 504; el distrito no puede elegir un plan 504 para un niño elegible bajo IDEA, y las adaptaciones van en el IEP.',
      vi: 'Hướng dẫn của tiểu bang cho biết học sinh đủ điều kiện theo IDEA sẽ có IEP thay vì kế hoạch 504; học khu không được chọn kế hoạch 504 cho trẻ đủ điều kiện theo IDEA, và các điều chỉnh hỗ trợ được ghi trong IEP.',
      'zh-Hans':
        '州的指引说明，符合 IDEA 资格的学生应获得 IEP，而不是504计划；学区不得为符合 IDEA 资格的孩子选择504计划，便利措施应写在 IEP 里。',
      ar: 'تنص إرشادات الولاية على أن الطالب المؤهل بموجب IDEA يحصل على برنامج IEP بدلًا من خطة 504؛ ولا يجوز للمنطقة التعليمية اختيار خطة 504 لطفل مؤهل بموجب IDEA، وتُدرج الترتيبات التيسيرية في برنامج IEP.',
    },
    citation: 'NH DOE guidance (Bureau of Special Education, citing Yankton Sch. Dist. v. Schramm, 8th Cir. 1996)',
    status: 'confirmed',
  },
});

/** Virginia: the clock starts at the referral, 65 business days (8VAC20-81-60(B)(1)(g)). */
export const VIRGINIA_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'VA',
  name: { en: 'Virginia', es: 'Virginia', vi: 'Virginia', 'zh-Hans': '弗吉尼亚州', ar: 'فرجينيا' },
  initialEvaluation: {
    count: 65,
    basis: 'business-days',
    clockStart: 'referral',
    measuredTo: {
      en: 'Evaluations done and eligibility decided',
      es: 'Evaluaciones hechas y elegibilidad decidida',
      vi: 'Đã đánh giá xong và quyết định xong việc đủ điều kiện',
      'zh-Hans': '评估已完成并已作出资格决定',
      ar: 'أُجريت التقييمات وتقرّرت الأهلية',
    },
    summary: {
      en: "65 business days from the special education administrator's receipt of the referral.",
      es: '65 días hábiles desde que el administrador de educación especial recibe la remisión.',
      vi: '65 ngày làm việc kể từ khi người quản lý giáo dục đặc biệt nhận được giấy giới thiệu.',
      'zh-Hans': '自特殊教育管理人员收到转介之日起 65 个工作日。',
      ar: '65 يوم عمل من تسلّم مسؤول التعليم الخاص للإحالة.',
    },
    citation: '8VAC20-81-60(B)(1)(g)',
    status: 'confirmed',
  },
});

/** A state with no encoded rules: federal numbers stand in. */
export const ALASKA_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'AK',
  name: { en: 'Alaska', es: 'Alaska', vi: 'Alaska', 'zh-Hans': '阿拉斯加州', ar: 'ألاسكا' },
  hasEncodedRules: false,
});
