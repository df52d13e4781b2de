import type { IepContent, IepService } from '../../../../core/schemas/iep';
import type { Plan504Content } from '../../../../core/schemas/plan-504';
import type { VersionReason } from '../../../../core/schemas/plan';
import type { PdfContent } from '../../pdf-renderer';
import type { BinderLanguage, BinderPlan } from '../binder-data';
import {
  bullets,
  citationLine,
  dateText,
  emptyNote,
  factTable,
  listTable,
  orDash,
  paragraph,
  subheading,
  type BinderSection,
  type BinderWords,
  headingsOf,
} from '../binder-section';

/**
 * A count of minutes in Arabic, with the noun in the form the number asks for: one and two have their own
 * forms, 3–10 take the plural, the rest the singular (5 دقائق, 30 دقيقة, 120 دقيقة).
 */
function arabicMinutes(total: number): string {
  if (total === 1) return 'دقيقة واحدة';
  if (total === 2) return 'دقيقتان';
  const lastTwo = total % 100;
  return lastTwo >= 3 && lastTwo <= 10 ? `${String(total)} دقائق` : `${String(total)} دقيقة`;
}

const WORDS = {
  en: {
    heading: 'The plan in effect',
    none: 'No plan has a final version yet: there is no plan in effect to print.',
    law: 'Law',
    plan: 'Plan',
    iep: 'Individualized Education Program (IEP)',
    plan504: 'Section 504 plan',
    versionLabel: 'Version',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'In effect',
    from: (from: string, to: string | null) => (to === null ? `from ${from}` : `from ${from} to ${to}`),
    reasons: { initial: 'initial', annual: 'annual review', amendment: 'amendment', reevaluation: 'reevaluation' },
    presentLevels: 'Present levels of academic achievement and functional performance',
    academic: 'Academic',
    functional: 'Functional',
    impact: 'How the disability affects learning',
    goals: 'Measurable annual goals',
    noGoals: 'The plan has no goals.',
    baseline: 'Baseline',
    target: 'Target',
    measured: 'How it is measured',
    reported: 'When progress is reported',
    services: 'Services',
    noServices: 'The plan lists no services.',
    serviceHeaders: ['Service', 'How much', 'Where and by whom', 'Dates'],
    noMinutes: 'no minutes set',
    minutes: (total: number, per: string) => `${String(total)} minutes a ${per}`,
    periods: { day: 'day', week: 'week', month: 'month', year: 'year' },
    accommodations: 'Accommodations',
    modifications: 'Modifications',
    aids: 'Supplementary aids and services',
    noneListed: 'None listed.',
    assessments: 'State and district tests',
    participation: {
      general: 'The regular tests',
      'general-with-accommodations': 'The regular tests with accommodations',
      alternate: 'An alternate assessment',
    },
    lre: 'Least restrictive environment',
    percent: (p: number) => `${String(p)}% of the school day in the general classroom`,
    esy: 'Extended school year',
    esyDecision: { yes: 'Yes', no: 'No', undecided: 'Not decided' },
    transition: 'Transition',
    education: 'Education after high school',
    employment: 'Employment',
    independentLiving: 'Independent living',
    courseOfStudy: 'Course of study',
    ageOfMajority: 'Age of majority',
    impairment: 'Impairment',
    lifeActivities: 'Major life activities it substantially limits',
    accommodationHeaders: ['Category', 'Accommodation', 'Who is responsible'],
    categories: {
      presentation: 'Presentation',
      response: 'Response',
      setting: 'Setting',
      'timing-scheduling': 'Timing and scheduling',
      health: 'Health',
      behavior: 'Behavior',
    },
    reviewDate: 'Next review',
  },
  es: {
    heading: 'El plan vigente',
    none: 'Ningún plan tiene todavía una versión final: no hay plan vigente que imprimir.',
    law: 'Ley',
    plan: 'Plan',
    iep: 'Programa de Educación Individualizado (IEP)',
    plan504: 'Plan de la Sección 504',
    versionLabel: 'Versión',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'Vigente',
    from: (from: string, to: string | null) => (to === null ? `desde el ${from}` : `del ${from} al ${to}`),
    reasons: { initial: 'inicial', annual: 'revisión anual', amendment: 'enmienda', reevaluation: 'reevaluación' },
    presentLevels: 'Niveles actuales de rendimiento académico y funcional',
    academic: 'Académico',
    functional: 'Funcional',
    impact: 'Cómo afecta la discapacidad al aprendizaje',
    goals: 'Metas anuales medibles',
    noGoals: 'El plan no tiene metas.',
    baseline: 'Punto de partida',
    target: 'Meta',
    measured: 'Cómo se mide',
    reported: 'Cuándo se informa el progreso',
    services: 'Servicios',
    noServices: 'El plan no indica servicios.',
    serviceHeaders: ['Servicio', 'Cuánto', 'Dónde y quién', 'Fechas'],
    noMinutes: 'sin minutos indicados',
    minutes: (total: number, per: string) => `${String(total)} minutos por ${per}`,
    periods: { day: 'día', week: 'semana', month: 'mes', year: 'año' },
    accommodations: 'Adaptaciones',
    modifications: 'Modificaciones',
    aids: 'Ayudas y servicios suplementarios',
    noneListed: 'Ninguna indicada.',
    assessments: 'Pruebas estatales y del distrito',
    participation: {
      general: 'Las pruebas regulares',
      'general-with-accommodations': 'Las pruebas regulares con adaptaciones',
      alternate: 'Una evaluación alternativa',
    },
    lre: 'Ambiente menos restrictivo',
    percent: (p: number) => `${String(p)}% del día escolar en el aula general`,
    esy: 'Año escolar extendido',
    esyDecision: { yes: 'Sí', no: 'No', undecided: 'Sin decidir' },
    transition: 'Transición',
    education: 'Estudios después de la preparatoria',
    employment: 'Empleo',
    independentLiving: 'Vida independiente',
    courseOfStudy: 'Plan de estudios',
    ageOfMajority: 'Mayoría de edad',
    impairment: 'Impedimento',
    lifeActivities: 'Actividades principales de la vida que limita sustancialmente',
    accommodationHeaders: ['Categoría', 'Adaptación', 'Quién es responsable'],
    categories: {
      presentation: 'Presentación',
      response: 'Respuesta',
      setting: 'Entorno',
      'timing-scheduling': 'Tiempo y horario',
      health: 'Salud',
      behavior: 'Conducta',
    },
    reviewDate: 'Próxima revisión',
  },
  vi: {
    heading: 'Kế hoạch đang có hiệu lực',
    none: 'Chưa có kế hoạch nào có phiên bản chính thức: không có kế hoạch đang có hiệu lực để in.',
    law: 'Luật',
    plan: 'Kế hoạch',
    iep: 'Chương trình Giáo dục Cá nhân hóa (IEP)',
    plan504: 'Kế hoạch 504',
    versionLabel: 'Phiên bản',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'Thời gian hiệu lực',
    from: (from: string, to: string | null) => (to === null ? `từ ngày ${from}` : `từ ngày ${from} đến ngày ${to}`),
    reasons: {
      initial: 'lần đầu',
      annual: 'xem xét hằng năm',
      amendment: 'sửa đổi',
      reevaluation: 'sau khi tái đánh giá',
    },
    presentLevels: 'Mức độ thành tích học tập và khả năng hoạt động hiện tại',
    academic: 'Thành tích học tập',
    functional: 'Khả năng hoạt động',
    impact: 'Khuyết tật ảnh hưởng đến việc học ra sao',
    goals: 'Mục tiêu hằng năm đo lường được',
    noGoals: 'Kế hoạch không có mục tiêu nào.',
    baseline: 'Mức khởi điểm',
    target: 'Mức cần đạt',
    measured: 'Cách đo lường tiến bộ',
    reported: 'Thời điểm báo cáo tiến bộ',
    services: 'Dịch vụ',
    noServices: 'Kế hoạch không liệt kê dịch vụ nào.',
    serviceHeaders: ['Dịch vụ', 'Thời lượng', 'Địa điểm và người thực hiện', 'Thời gian áp dụng'],
    noMinutes: 'chưa ghi số phút',
    minutes: (total: number, per: string) => `${String(total)} phút mỗi ${per}`,
    periods: { day: 'ngày', week: 'tuần', month: 'tháng', year: 'năm' },
    accommodations: 'Điều chỉnh hỗ trợ',
    modifications: 'Thay đổi yêu cầu',
    aids: 'Hỗ trợ và dịch vụ bổ sung',
    noneListed: 'Không có mục nào được liệt kê.',
    assessments: 'Bài kiểm tra của tiểu bang và học khu',
    participation: {
      general: 'Các bài kiểm tra thông thường',
      'general-with-accommodations': 'Các bài kiểm tra thông thường, có điều chỉnh hỗ trợ',
      alternate: 'Một bài đánh giá thay thế',
    },
    lre: 'Môi trường ít hạn chế nhất',
    percent: (p: number) => `${String(p)}% thời gian trong ngày học ở lớp học phổ thông`,
    esy: 'Năm học kéo dài',
    esyDecision: { yes: 'Có', no: 'Không', undecided: 'Chưa quyết định' },
    transition: 'Chuyển tiếp',
    education: 'Học tập sau trung học',
    employment: 'Việc làm',
    independentLiving: 'Sống tự lập',
    courseOfStudy: 'Chương trình học',
    ageOfMajority: 'Tuổi trưởng thành',
    impairment: 'Suy giảm',
    lifeActivities: 'Các hoạt động chính trong cuộc sống bị hạn chế đáng kể',
    accommodationHeaders: ['Loại', 'Điều chỉnh hỗ trợ', 'Người chịu trách nhiệm'],
    categories: {
      presentation: 'Cách trình bày',
      response: 'Cách trả lời',
      setting: 'Nơi học',
      'timing-scheduling': 'Thời gian và lịch',
      health: 'Sức khỏe',
      behavior: 'Hành vi',
    },
    reviewDate: 'Ngày xem xét lại tiếp theo',
  },
  'zh-Hans': {
    heading: '目前生效的计划',
    none: '还没有任何计划定稿：没有可打印的生效计划。',
    law: '法律依据',
    plan: '计划',
    iep: '个别化教育计划（IEP）',
    plan504: '504计划',
    versionLabel: '版本',
    version: (n: number, reason: string) => `第 ${String(n)} 版（${reason}）`,
    inEffect: '生效期间',
    from: (from: string, to: string | null) => (to === null ? `自${from}起` : `${from}至${to}`),
    reasons: { initial: '首次制定', annual: '年度审查', amendment: '修订', reevaluation: '重新评估之后' },
    presentLevels: '学业成绩和功能表现的现有水平',
    academic: '学业成绩',
    functional: '功能表现',
    impact: '残障如何影响学习',
    goals: '可衡量的年度目标',
    noGoals: '该计划没有目标。',
    baseline: '基线',
    target: '目标值',
    measured: '如何衡量进展',
    reported: '何时报告进展',
    services: '服务',
    noServices: '该计划没有列出任何服务。',
    serviceHeaders: ['服务', '时长', '地点和提供者', '日期'],
    noMinutes: '未规定分钟数',
    minutes: (total: number, per: string) => `每${per} ${String(total)} 分钟`,
    periods: { day: '天', week: '周', month: '月', year: '年' },
    accommodations: '便利措施',
    modifications: '课程调整',
    aids: '辅助设施和服务',
    noneListed: '未列出任何内容。',
    assessments: '州和学区考试',
    participation: {
      general: '常规考试',
      'general-with-accommodations': '提供便利措施的常规考试',
      alternate: '替代评估',
    },
    lre: '最少限制环境',
    percent: (p: number) => `在普通教室的时间占上学时间的 ${String(p)}%`,
    esy: '延长学年',
    esyDecision: { yes: '是', no: '否', undecided: '尚未决定' },
    transition: '过渡',
    education: '高中毕业后的教育',
    employment: '就业',
    independentLiving: '独立生活',
    courseOfStudy: '学习课程',
    ageOfMajority: '成年年龄',
    impairment: '障碍',
    lifeActivities: '受到严重限制的主要生活活动',
    accommodationHeaders: ['类别', '便利措施', '负责人'],
    categories: {
      presentation: '呈现方式',
      response: '作答方式',
      setting: '环境',
      'timing-scheduling': '时间与安排',
      health: '健康',
      behavior: '行为',
    },
    reviewDate: '下次审查日期',
  },
  ar: {
    heading: 'الخطة السارية',
    none: 'لم تُعتمد بعد نسخة نهائية لأي خطة، فلا توجد خطة سارية لطباعتها.',
    law: 'القانون',
    plan: 'الخطة',
    iep: 'برنامج التعليم الفردي (IEP)',
    plan504: 'خطة 504',
    versionLabel: 'النسخة',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'فترة السريان',
    from: (from: string, to: string | null) => (to === null ? `من ${from}` : `من ${from} إلى ${to}`),
    reasons: {
      initial: 'الإعداد الأولي',
      annual: 'المراجعة السنوية',
      amendment: 'تعديل',
      reevaluation: 'بعد إعادة التقييم',
    },
    presentLevels: 'المستويات الحالية للتحصيل الدراسي والأداء الوظيفي',
    academic: 'التحصيل الدراسي',
    functional: 'الأداء الوظيفي',
    impact: 'كيف تؤثر الإعاقة على التعلّم',
    goals: 'الأهداف السنوية القابلة للقياس',
    noGoals: 'لا تتضمن الخطة أي أهداف.',
    baseline: 'خط الأساس',
    target: 'المستهدف',
    measured: 'كيف يُقاس التقدم',
    reported: 'متى يُبلَّغ عن التقدم',
    services: 'الخدمات',
    noServices: 'لا تذكر الخطة أي خدمات.',
    serviceHeaders: ['الخدمة', 'المقدار', 'المكان ومن يقدّمها', 'التواريخ'],
    noMinutes: 'لم تُحدَّد الدقائق',
    minutes: (total: number, per: string) => `${arabicMinutes(total)} في ${per}`,
    periods: { day: 'اليوم', week: 'الأسبوع', month: 'الشهر', year: 'السنة' },
    accommodations: 'الترتيبات التيسيرية',
    modifications: 'التعديلات',
    aids: 'الوسائل والخدمات المساندة الإضافية',
    noneListed: 'لم يُذكر شيء.',
    assessments: 'اختبارات الولاية والمنطقة التعليمية',
    participation: {
      general: 'الاختبارات العادية',
      'general-with-accommodations': 'الاختبارات العادية مع ترتيبات تيسيرية',
      alternate: 'تقييم بديل',
    },
    lre: 'البيئة الأقل تقييدًا',
    percent: (p: number) => `${String(p)}% من اليوم الدراسي في الصف العام`,
    esy: 'العام الدراسي الممتد',
    esyDecision: { yes: 'نعم', no: 'لا', undecided: 'لم يتقرر بعد' },
    transition: 'الانتقال',
    education: 'التعليم بعد المرحلة الثانوية',
    employment: 'العمل',
    independentLiving: 'الحياة المستقلة',
    courseOfStudy: 'المسار الدراسي',
    ageOfMajority: 'سن الرشد',
    impairment: 'القصور',
    lifeActivities: 'أنشطة الحياة الرئيسية التي يحدّ منها بشكل كبير',
    accommodationHeaders: ['الفئة', 'الترتيب التيسيري', 'المسؤول'],
    categories: {
      presentation: 'طريقة العرض',
      response: 'طريقة الاستجابة',
      setting: 'المكان',
      'timing-scheduling': 'التوقيت والجدولة',
      health: 'الصحة',
      behavior: 'السلوك',
    },
    reviewDate: 'تاريخ المراجعة القادمة',
  },
} as const satisfies BinderWords<unknown>;

type Words = (typeof WORDS)[BinderLanguage];

/** Where the law says what each part of a plan must hold. */
const CITES = {
  iep: '34 CFR 300.320',
  presentLevels: '34 CFR 300.320(a)(1)',
  goals: '34 CFR 300.320(a)(2)–(3)',
  services: '34 CFR 300.320(a)(4), (a)(7)',
  assessments: '34 CFR 300.320(a)(6)',
  lre: '34 CFR 300.320(a)(5), 300.114',
  esy: '34 CFR 300.106',
  transition: '34 CFR 300.320(b)',
  ageOfMajority: '34 CFR 300.320(c), 300.520',
  plan504: '34 CFR 104.33, 104.35',
  impairment: '34 CFR 104.3(j)',
} as const;

function serviceRow(service: IepService, words: Words, language: BinderLanguage): PdfContent[] {
  const amount =
    service.minutesPerSession === null || service.sessionsPerPeriod === null
      ? words.noMinutes
      : `${words.minutes(service.minutesPerSession * service.sessionsPerPeriod, words.periods[service.period])} (${String(service.sessionsPerPeriod)} × ${String(service.minutesPerSession)})`;
  const where = [service.location, service.providerRole].filter((part) => part.trim() !== '').join(' · ');
  return [
    orDash(service.name),
    amount,
    orDash(where),
    `${dateText(service.startDate, language)} – ${dateText(service.endDate, language)}`,
  ];
}

function iepContent(content: IepContent, words: Words, language: BinderLanguage): PdfContent[] {
  const esy = content.extendedSchoolYear;
  const lre = content.leastRestrictiveEnvironment;
  const transition = content.transition;
  return [
    subheading(words.presentLevels),
    citationLine(words.law, CITES.presentLevels),
    factTable([
      [words.academic, orDash(content.presentLevels.academic)],
      [words.functional, orDash(content.presentLevels.functional)],
      [words.impact, orDash(content.presentLevels.disabilityImpact)],
    ]),
    subheading(words.goals),
    citationLine(words.law, CITES.goals),
    ...(content.goals.length === 0
      ? [emptyNote(words.noGoals)]
      : content.goals.flatMap((goal, index): PdfContent[] => [
          {
            text: `${String(index + 1)}. ${goal.area.trim() === '' ? '' : `${goal.area}: `}${orDash(goal.statement)}`,
            style: 'label',
            margin: [0, 6, 0, 2],
          },
          factTable([
            [
              words.baseline,
              `${goal.baseline.value === null ? '—' : `${String(goal.baseline.value)} ${goal.unit}`.trim()} (${dateText(goal.baseline.date, language)})`,
            ],
            [
              words.target,
              `${goal.target.value === null ? '—' : `${String(goal.target.value)} ${goal.unit}`.trim()} (${dateText(goal.target.date, language)})`,
            ],
            [words.measured, orDash(goal.measurementMethod)],
            [words.reported, orDash(goal.reportingSchedule)],
          ]),
        ])),
    subheading(words.services),
    citationLine(words.law, CITES.services),
    content.services.length === 0
      ? emptyNote(words.noServices)
      : listTable(
          words.serviceHeaders,
          content.services.map((s) => serviceRow(s, words, language)),
          ['*', 'auto', '*', 'auto'],
        ),
    subheading(words.accommodations),
    bullets(content.accommodations, words.noneListed),
    subheading(words.modifications),
    bullets(content.modifications, words.noneListed),
    subheading(words.aids),
    bullets(content.supplementaryAids, words.noneListed),
    subheading(words.assessments),
    citationLine(words.law, CITES.assessments),
    paragraph(words.participation[content.assessments.participation]),
    ...(content.assessments.accommodations.length === 0 ? [] : [bullets(content.assessments.accommodations, '')]),
    ...(content.assessments.alternateJustification.trim() === ''
      ? []
      : [paragraph(content.assessments.alternateJustification)]),
    subheading(words.lre),
    citationLine(words.law, CITES.lre),
    ...(lre.percentInGeneralClass === null ? [] : [paragraph(words.percent(lre.percentInGeneralClass))]),
    paragraph(orDash(lre.explanation)),
    subheading(words.esy),
    citationLine(words.law, CITES.esy),
    paragraph(
      esy.explanation.trim() === ''
        ? words.esyDecision[esy.decision]
        : `${words.esyDecision[esy.decision]}: ${esy.explanation}`,
    ),
    ...(transition === null
      ? []
      : [
          subheading(words.transition),
          citationLine(words.law, CITES.transition),
          factTable([
            [words.education, orDash(transition.postsecondaryGoals.education)],
            [words.employment, orDash(transition.postsecondaryGoals.employment)],
            [words.independentLiving, orDash(transition.postsecondaryGoals.independentLiving)],
            [words.courseOfStudy, orDash(transition.courseOfStudy)],
          ]),
          bullets(transition.services, words.noneListed),
        ]),
    ...(content.ageOfMajorityStatement.trim() === ''
      ? []
      : [
          subheading(words.ageOfMajority),
          citationLine(words.law, CITES.ageOfMajority),
          paragraph(content.ageOfMajorityStatement),
        ]),
  ];
}

function plan504Content(content: Plan504Content, words: Words, language: BinderLanguage): PdfContent[] {
  return [
    subheading(words.impairment),
    citationLine(words.law, CITES.impairment),
    paragraph(orDash(content.impairment)),
    subheading(words.lifeActivities),
    bullets(content.majorLifeActivities, words.noneListed),
    subheading(words.accommodations),
    citationLine(words.law, CITES.plan504),
    content.accommodations.length === 0
      ? emptyNote(words.noneListed)
      : listTable(
          words.accommodationHeaders,
          content.accommodations.map((a): PdfContent[] => [
            words.categories[a.category],
            orDash(a.description),
            orDash(a.responsible),
          ]),
          ['auto', '*', 'auto'],
        ),
    factTable([[words.reviewDate, dateText(content.reviewDate, language)]]),
  ];
}

function planFacts(plan: BinderPlan, words: Words, language: BinderLanguage): PdfContent[] {
  const reason: Record<VersionReason, string> = words.reasons;
  return [
    factTable([
      [words.plan, plan.framework === 'iep' ? words.iep : words.plan504],
      [words.versionLabel, words.version(plan.versionNumber, reason[plan.reason])],
      [
        words.inEffect,
        words.from(
          dateText(plan.effectiveFrom, language),
          plan.effectiveTo === null ? null : dateText(plan.effectiveTo, language),
        ),
      ],
      [words.law, plan.framework === 'iep' ? CITES.iep : CITES.plan504],
    ]),
  ];
}

/** The plan in effect, every part of it, each part with the regulation that requires it. */
export const planInEffectSection: BinderSection = {
  id: 'plan-in-effect',
  heading: headingsOf(WORDS),
  content: ({ plan, language }) => {
    const words = WORDS[language];
    if (plan === null) return [emptyNote(words.none)];
    return [
      ...planFacts(plan, words, language),
      ...(plan.framework === 'iep'
        ? iepContent(plan.content, words, language)
        : plan504Content(plan.content, words, language)),
    ];
  },
};
