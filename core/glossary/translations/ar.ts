import type { GlossaryTranslation } from '../glossary-translation';

/*
 * Arabic wording of the legal and school terms Binder's pages use (issue 22, point 3), reviewed term by term.
 * Nobody who wrote this could open the official translated documents (no network), so no term is 'read': where a
 * translated official document is known to exist it is named and the term is 'not-read' until someone compares the
 * wording with its text; otherwise the wording is the team's own ('team'). The seed terms shared by every
 * language come first, then the terms of the glossary page (core/glossary/glossary.ts) not already among them.
 */

const CALIFORNIA_SAFEGUARDS =
  'California Department of Education, Notice of Procedural Safeguards (Parent Rights), Arabic translation';
const TEXAS_ARD_GUIDE =
  'Texas Education Agency, A Guide to the Admission, Review, and Dismissal Process, Arabic translation';
const OCR_COMPLAINT =
  'U.S. Department of Education, Office for Civil Rights, How to File a Discrimination Complaint (Arabic)';

const COMPARE = 'Our wording; compare it with the named document’s Arabic text when it is at hand.';

export const ARABIC_GLOSSARY: readonly GlossaryTranslation[] = [
  {
    en: 'Individualized Education Program (IEP)',
    term: 'برنامج التعليم الفردي (IEP)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Pages keep the abbreviation: “برنامج IEP”, or “IEP” alone in short labels, as Arabic-speaking families hear it at school.`,
  },
  {
    en: '504 plan',
    term: 'خطة 504',
    officialSource: null,
    check: 'team',
    note: 'Plural: خطط 504. Section 504 itself is “القسم 504”.',
  },
  {
    en: 'special education',
    term: 'التعليم الخاص',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'related services',
    term: 'الخدمات ذات الصلة',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Singular: خدمة ذات صلة.`,
  },
  {
    en: 'free appropriate public education (FAPE)',
    term: 'التعليم العام المجاني المناسب (FAPE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'least restrictive environment',
    term: 'البيئة الأقل تقييدًا',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'prior written notice',
    term: 'الإشعار الكتابي المسبق',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Indefinite in a sentence: إشعار كتابي مسبق (accusative إشعارًا كتابيًا مسبقًا).`,
  },
  {
    en: 'procedural safeguards',
    term: 'الضمانات الإجرائية',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} The notice: إشعار الضمانات الإجرائية.`,
  },
  {
    en: 'due process hearing',
    term: 'جلسة استماع وفق الإجراءات القانونية الواجبة',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} The complaint that asks for it: شكوى لطلب جلسة استماع وفق الإجراءات القانونية الواجبة.`,
  },
  {
    en: 'state complaint',
    term: 'شكوى إلى الولاية',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'Office for Civil Rights (OCR)',
    term: 'مكتب الحقوق المدنية (OCR)',
    officialSource: OCR_COMPLAINT,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'evaluation / reevaluation',
    term: 'التقييم / إعادة التقييم',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'independent educational evaluation (IEE)',
    term: 'التقييم التعليمي المستقل (IEE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} “At public expense”: على النفقة العامة.`,
  },
  {
    en: 'accommodations',
    term: 'الترتيبات التيسيرية',
    officialSource: null,
    check: 'team',
    note: 'Singular: ترتيب تيسيري. Kept apart from “modifications” (التعديلات), which change what is expected.',
  },
  {
    en: 'annual goal',
    term: 'الهدف السنوي',
    officialSource: null,
    check: 'team',
    note: 'In the IEP section title: الأهداف السنوية القابلة للقياس (measurable annual goals).',
  },
  {
    en: 'progress report',
    term: 'تقرير التقدم',
    officialSource: null,
    check: 'team',
    note: 'Plural: تقارير التقدم.',
  },
  {
    en: 'consent',
    term: 'الموافقة',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} The safeguards notices speak of informed written consent: الموافقة الكتابية المستنيرة.`,
  },
  {
    en: 'parent',
    term: 'ولي الأمر',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Covers mother, father and guardian without choosing a gender; plural أولياء الأمور.`,
  },
  {
    en: 'deadline',
    term: 'الموعد النهائي',
    officialSource: null,
    check: 'team',
    note: 'Plural: المواعيد النهائية. A legal time limit in running text: المهلة.',
  },
  {
    en: 'school days / business days / calendar days',
    term: 'أيام دراسية / أيام عمل / أيام تقويمية',
    officialSource: null,
    check: 'team',
    note: 'Counted forms follow Arabic number agreement (يوم دراسي واحد، يومان دراسيان، 3 أيام دراسية، 11 يومًا دراسيًا).',
  },
  {
    en: 'education records',
    term: 'السجلات التعليمية',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: COMPARE,
  },
  {
    en: 'transition services',
    term: 'خدمات الانتقال',
    officialSource: null,
    check: 'team',
    note: 'Transition after high school; “transition planning” is التخطيط للانتقال.',
  },
  {
    en: 'compensatory services',
    term: 'الخدمات التعويضية',
    officialSource: null,
    check: 'team',
    note: 'The minutes owed for them: الدقائق التعويضية المستحقة.',
  },
  {
    en: 'case manager',
    term: 'مدير الحالة',
    officialSource: null,
    check: 'team',
    note: 'Feminine when the person is a woman: مديرة الحالة.',
  },
  {
    en: 'advocate',
    term: 'المدافع',
    officialSource: null,
    check: 'team',
    note: 'The person who helps the family at school (not a lawyer unless stated); the role name on the sharing page.',
  },
  // The glossary page's terms (core/glossary/glossary.ts) not in the seed list above.
  {
    en: 'ARD',
    term: 'لجنة القبول والمراجعة والإنهاء (ARD)',
    officialSource: TEXAS_ARD_GUIDE,
    check: 'not-read',
    note: `${COMPARE} Texas’s name for the IEP team and its meeting; “dismissal” is the end of special education services.`,
  },
  {
    en: 'BIP',
    term: 'خطة التدخل السلوكي (BIP)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'ESY',
    term: 'خدمات العام الدراسي الممتد (ESY)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'FAPE',
    term: 'التعليم العام المجاني المناسب (FAPE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'FBA',
    term: 'التقييم الوظيفي للسلوك (FBA)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'FERPA',
    term: 'قانون الحقوق التعليمية والخصوصية للأسرة (FERPA)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'IDEA',
    term: 'قانون تعليم الأفراد ذوي الإعاقة (IDEA)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Pages say “قانون IDEA”.`,
  },
  {
    en: 'IEE',
    term: 'التقييم التعليمي المستقل (IEE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'IEP',
    term: 'برنامج التعليم الفردي (IEP)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'LRE',
    term: 'البيئة الأقل تقييدًا (LRE)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'OCR',
    term: 'مكتب الحقوق المدنية (OCR)',
    officialSource: OCR_COMPLAINT,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'PLAAFP',
    term: 'المستويات الحالية للتحصيل الدراسي والأداء الوظيفي (PLAAFP)',
    officialSource: null,
    check: 'team',
    note: 'The IEP section is called المستويات الحالية (present levels) on the pages.',
  },
  {
    en: 'PWN',
    term: 'الإشعار الكتابي المسبق (PWN)',
    officialSource: CALIFORNIA_SAFEGUARDS,
    check: 'not-read',
    note: `${COMPARE} Same wording as the seed term.`,
  },
  {
    en: 'SDI',
    term: 'التعليم المصمم خصيصًا (SDI)',
    officialSource: null,
    check: 'team',
  },
  {
    en: 'transition plan',
    term: 'خطة الانتقال',
    officialSource: null,
    check: 'team',
    note: 'Postsecondary transition plan: خطة الانتقال إلى ما بعد المرحلة الثانوية.',
  },
];
