import type { LocalizedText } from './rule-status';

/**
 * Every deadline kind, in output order for ties (same due date and trigger date). The contract's
 * fifteen federal kinds keep their table order; kinds Binder adds for states are named
 * `<closest federal kind>-<what differs>` or after the step they time, and sit next to their
 * relatives (docs/decisions/0002, D10).
 */
export const DEADLINE_KINDS = [
  'evaluation-consent-request',
  'evaluation-decision',
  'initial-evaluation',
  'initial-evaluation-from-referral',
  'initial-evaluation-team-meeting',
  'eligibility-meeting',
  'initial-iep-meeting',
  'iep-implementation',
  'annual-review',
  'reevaluation',
  'reevaluation-intellectual-disability',
  'transition-plan',
  'transition-plan-full',
  'age-of-majority-notice',
  'records-access',
  'safeguards-notice',
  'ocr-complaint-window',
  'state-complaint-window',
  'state-complaint-decision',
  'due-process-window',
  'resolution-meeting',
  'hearing-decision',
  'civil-action-window',
  'manifestation-determination',
  // Added for the clocks a parent's request starts, and the district-filed hearing (docs/decisions/0015).
  'evaluation-request-response',
  'evaluation-request-meeting',
  'hearing-decision-school-complaint',
  'meeting-notice',
  'draft-iep',
  // Added with the last clocks (docs/decisions/0029).
  'safeguards-notice-school-year',
  'referral-conference-scheduled',
  'oral-referral-documented',
  'evaluation-consent-efforts',
  'meeting-documents',
  'written-notice-of-decision',
  'reevaluation-completion',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const ORDER = new Map<string, number>(DEADLINE_KINDS.map((kind, index) => [kind, index]));

/** Position of a kind in {@link DEADLINE_KINDS} (unknown kinds last). */
export function kindOrder(kind: string): number {
  return ORDER.get(kind) ?? DEADLINE_KINDS.length;
}

/** Each kind in plain words, for messages ("the initial evaluation deadline"). */
export const DEADLINE_KIND_NAMES: Readonly<Record<DeadlineKind, LocalizedText>> = {
  'evaluation-consent-request': {
    en: 'request for consent to evaluate',
    es: 'solicitud de consentimiento para evaluar',
    vi: 'yêu cầu sự đồng ý để đánh giá',
    'zh-Hans': '征求评估同意',
    ar: 'طلب الموافقة على التقييم',
  },
  'evaluation-decision': {
    en: 'decision whether to evaluate',
    es: 'decisión de evaluar o no',
    vi: 'quyết định có đánh giá hay không',
    'zh-Hans': '是否进行评估的决定',
    ar: 'قرار إجراء التقييم أو عدمه',
  },
  'initial-evaluation': {
    en: 'initial evaluation',
    es: 'evaluación inicial',
    vi: 'đánh giá ban đầu',
    'zh-Hans': '初次评估',
    ar: 'التقييم الأولي',
  },
  'initial-evaluation-from-referral': {
    en: 'initial evaluation (from the referral)',
    es: 'evaluación inicial (desde la remisión)',
    vi: 'đánh giá ban đầu (tính từ khi giới thiệu)',
    'zh-Hans': '初次评估（自转介起算）',
    ar: 'التقييم الأولي (من تاريخ الإحالة)',
  },
  'initial-evaluation-team-meeting': {
    en: 'Team meeting and proposed IEP',
    es: 'reunión del equipo e IEP propuesto',
    vi: 'họp Nhóm (Team) và IEP đề xuất',
    'zh-Hans': '小组（Team）会议和拟议的IEP',
    ar: 'اجتماع الفريق (Team) وIEP المقترح',
  },
  'eligibility-meeting': {
    en: 'eligibility meeting',
    es: 'reunión de elegibilidad',
    vi: 'cuộc họp xác định điều kiện hội đủ',
    'zh-Hans': '资格认定会议',
    ar: 'اجتماع تقرير الأهلية',
  },
  'initial-iep-meeting': {
    en: 'initial IEP meeting',
    es: 'primera reunión del IEP',
    vi: 'cuộc họp IEP đầu tiên',
    'zh-Hans': '首次IEP会议',
    ar: 'أول اجتماع IEP',
  },
  'iep-implementation': {
    en: 'IEP in effect',
    es: 'IEP en vigor',
    vi: 'IEP có hiệu lực',
    'zh-Hans': 'IEP生效',
    ar: 'سريان IEP',
  },
  'annual-review': {
    en: 'annual IEP review',
    es: 'revisión anual del IEP',
    vi: 'xem xét IEP hằng năm',
    'zh-Hans': 'IEP年度审查',
    ar: 'المراجعة السنوية لـIEP',
  },
  reevaluation: {
    en: 'three-year reevaluation',
    es: 'reevaluación trienal',
    vi: 'tái đánh giá ba năm một lần',
    'zh-Hans': '三年一次的重新评估',
    ar: 'إعادة التقييم كل ثلاث سنوات',
  },
  'reevaluation-intellectual-disability': {
    en: 'two-year reevaluation',
    es: 'reevaluación bienal',
    vi: 'tái đánh giá hai năm một lần',
    'zh-Hans': '两年一次的重新评估',
    ar: 'إعادة التقييم كل سنتين',
  },
  'transition-plan': {
    en: 'transition plan',
    es: 'plan de transición',
    vi: 'kế hoạch chuyển tiếp',
    'zh-Hans': '过渡计划',
    ar: 'خطة الانتقال',
  },
  'transition-plan-full': {
    en: 'postsecondary goals and transition services',
    es: 'metas postsecundarias y servicios de transición',
    vi: 'mục tiêu sau trung học và dịch vụ chuyển tiếp',
    'zh-Hans': '中学后目标和过渡服务',
    ar: 'أهداف ما بعد المرحلة الثانوية وخدمات الانتقال',
  },
  'age-of-majority-notice': {
    en: 'age-of-majority notice',
    es: 'aviso de mayoría de edad',
    vi: 'thông báo về tuổi trưởng thành',
    'zh-Hans': '成年年龄通知',
    ar: 'إشعار بلوغ سن الرشد',
  },
  'records-access': {
    en: 'access to records',
    es: 'acceso a los expedientes',
    vi: 'quyền xem hồ sơ',
    'zh-Hans': '查阅记录',
    ar: 'الاطلاع على السجلات',
  },
  'safeguards-notice': {
    en: 'yearly procedural safeguards notice',
    es: 'aviso anual de garantías procesales',
    vi: 'thông báo hằng năm về các biện pháp bảo vệ theo thủ tục',
    'zh-Hans': '年度程序保障通知',
    ar: 'الإشعار السنوي بالضمانات الإجرائية',
  },
  'ocr-complaint-window': {
    en: 'window to complain to OCR',
    es: 'plazo para presentar una queja ante la OCR',
    vi: 'thời hạn khiếu nại lên OCR',
    'zh-Hans': '向OCR投诉的期限',
    ar: 'مهلة تقديم شكوى إلى OCR',
  },
  'state-complaint-window': {
    en: 'window for a state complaint',
    es: 'plazo para una queja estatal',
    vi: 'thời hạn nộp khiếu nại cấp tiểu bang',
    'zh-Hans': '提出州投诉的期限',
    ar: 'مهلة تقديم شكوى إلى الولاية',
  },
  'state-complaint-decision': {
    en: 'state complaint decision',
    es: 'decisión de la queja estatal',
    vi: 'quyết định về khiếu nại cấp tiểu bang',
    'zh-Hans': '州投诉的决定',
    ar: 'قرار الشكوى المقدمة إلى الولاية',
  },
  'due-process-window': {
    en: 'window to file for due process',
    es: 'plazo para pedir una audiencia de debido proceso',
    vi: 'thời hạn yêu cầu phiên điều trần theo thủ tục tố tụng',
    'zh-Hans': '申请正当程序听证的期限',
    ar: 'مهلة طلب جلسة استماع وفق الإجراءات القانونية الواجبة',
  },
  'resolution-meeting': {
    en: 'resolution meeting',
    es: 'reunión de resolución',
    vi: 'cuộc họp giải quyết tranh chấp',
    'zh-Hans': '解决会议',
    ar: 'اجتماع التسوية',
  },
  'hearing-decision': {
    en: 'hearing decision',
    es: 'decisión de la audiencia',
    vi: 'quyết định của phiên điều trần',
    'zh-Hans': '听证裁决',
    ar: 'قرار جلسة الاستماع',
  },
  'civil-action-window': {
    en: 'window for a civil action',
    es: 'plazo para una demanda civil',
    vi: 'thời hạn khởi kiện dân sự',
    'zh-Hans': '提起民事诉讼的期限',
    ar: 'مهلة رفع دعوى مدنية',
  },
  'manifestation-determination': {
    en: 'manifestation determination',
    es: 'determinación de manifestación',
    vi: 'xác định biểu hiện của khuyết tật',
    'zh-Hans': '表现判定',
    ar: 'تحديد ما إذا كان السلوك مظهرًا للإعاقة',
  },
  'evaluation-request-response': {
    en: 'written answer to your evaluation request',
    es: 'respuesta por escrito a su solicitud de evaluación',
    vi: 'trả lời bằng văn bản cho yêu cầu đánh giá của quý vị',
    'zh-Hans': '对您评估申请的书面答复',
    ar: 'الرد الكتابي على طلبك للتقييم',
  },
  'evaluation-request-meeting': {
    en: 'meeting on your evaluation request',
    es: 'reunión sobre su solicitud de evaluación',
    vi: 'cuộc họp về yêu cầu đánh giá của quý vị',
    'zh-Hans': '关于您评估申请的会议',
    ar: 'الاجتماع بشأن طلبك للتقييم',
  },
  'hearing-decision-school-complaint': {
    en: 'hearing decision (complaint filed by the school)',
    es: 'decisión de la audiencia (queja presentada por la escuela)',
    vi: 'quyết định của phiên điều trần (khiếu nại do nhà trường nộp)',
    'zh-Hans': '听证裁决（学校提出的投诉）',
    ar: 'قرار جلسة الاستماع (شكوى قدمتها المدرسة)',
  },
  'meeting-notice': {
    en: 'notice of the IEP meeting',
    es: 'aviso de la reunión del IEP',
    vi: 'thông báo về cuộc họp IEP',
    'zh-Hans': 'IEP会议通知',
    ar: 'الإشعار باجتماع IEP',
  },
  'draft-iep': {
    en: 'copy of the draft IEP',
    es: 'copia del borrador del IEP',
    vi: 'bản sao dự thảo IEP',
    'zh-Hans': 'IEP草案副本',
    ar: 'نسخة من مسودة IEP',
  },
  'safeguards-notice-school-year': {
    en: 'procedural safeguards notice for this school year',
    es: 'aviso de garantías procesales de este año escolar',
    vi: 'thông báo về các biện pháp bảo vệ theo thủ tục cho năm học này',
    'zh-Hans': '本学年的程序保障通知',
    ar: 'إشعار الضمانات الإجرائية لهذا العام الدراسي',
  },
  'referral-conference-scheduled': {
    en: 'scheduling of the referral conference',
    es: 'programación de la conferencia de remisión',
    vi: 'việc lên lịch cuộc họp giới thiệu',
    'zh-Hans': '安排转介会议',
    ar: 'تحديد موعد اجتماع الإحالة',
  },
  'oral-referral-documented': {
    en: 'your oral referral put in writing',
    es: 'su remisión oral puesta por escrito',
    vi: 'việc ghi lại bằng văn bản lời giới thiệu bằng miệng của quý vị',
    'zh-Hans': '将您的口头转介形成书面记录',
    ar: 'تدوين إحالتك الشفهية كتابيًا',
  },
  'evaluation-consent-efforts': {
    en: 'efforts to obtain your consent to evaluate',
    es: 'gestiones para obtener su consentimiento para evaluar',
    vi: 'nỗ lực xin sự đồng ý đánh giá của quý vị',
    'zh-Hans': '为获得您的评估同意所作的努力',
    ar: 'المساعي للحصول على موافقتك على التقييم',
  },
  'meeting-documents': {
    en: 'documents before the meeting',
    es: 'documentos antes de la reunión',
    vi: 'tài liệu trước cuộc họp',
    'zh-Hans': '会议前的文件',
    ar: 'المستندات قبل الاجتماع',
  },
  'written-notice-of-decision': {
    en: 'written notice of the team’s decision',
    es: 'aviso por escrito de la decisión del equipo',
    vi: 'thông báo bằng văn bản về quyết định của nhóm',
    'zh-Hans': '小组决定的书面通知',
    ar: 'الإشعار الكتابي بقرار الفريق',
  },
  'reevaluation-completion': {
    en: 'reevaluation completed',
    es: 'reevaluación completada',
    vi: 'hoàn tất tái đánh giá',
    'zh-Hans': '完成重新评估',
    ar: 'إكمال إعادة التقييم',
  },
};

/** A kind in plain words (the kind id itself when unknown). */
export function kindName(kind: string): LocalizedText {
  return (
    (DEADLINE_KIND_NAMES as Readonly<Record<string, LocalizedText>>)[kind] ?? {
      en: kind,
      es: kind,
      vi: kind,
      'zh-Hans': kind,
      ar: kind,
    }
  );
}
