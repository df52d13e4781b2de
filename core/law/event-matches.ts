import type { EventMatch } from './deadline-rule';
import type { LocalizedText } from './rule-status';

/** Reusable event patterns for the rules data: what starts and what completes a clock. */

export const CONSENT_RECEIVED: readonly EventMatch[] = [{ type: 'evaluation-consent-received' }];

export const WRITTEN_REQUEST: readonly EventMatch[] = [
  { type: 'evaluation-requested', where: { oral: [false, undefined] } },
];

/** A parent's written request (`by` absent means the parent, as in the contract). */
export const PARENT_WRITTEN_REQUEST: readonly EventMatch[] = [
  { type: 'evaluation-requested', where: { oral: [false, undefined], by: ['parent', undefined] } },
];

/** A parent's request, written or oral (the states whose clock starts at either). */
export const PARENT_REQUEST: readonly EventMatch[] = [
  { type: 'evaluation-requested', where: { by: ['parent', undefined] } },
];

const NOT_ELIGIBLE: EventMatch = { type: 'eligibility-determined', where: { framework: ['idea'], eligible: [false] } };

export const FOUND_ELIGIBLE: readonly EventMatch[] = [
  { type: 'eligibility-determined', where: { framework: ['idea'], eligible: [true] } },
];

export const INITIAL_EVALUATION_DONE: readonly EventMatch[] = [
  { type: 'evaluation-completed', where: { kind: ['initial', undefined] } },
];

/** The federal completion: the evaluation is finished, or the team has decided IDEA eligibility. */
export const EVALUATION_DONE: readonly EventMatch[] = [
  ...INITIAL_EVALUATION_DONE,
  { type: 'eligibility-determined', where: { framework: ['idea'] } },
];

/** Measured to the eligibility decision. */
export const ELIGIBILITY_DECIDED: readonly EventMatch[] = [
  { type: 'eligibility-determined', where: { framework: ['idea'] } },
];

/** Measured to the IEP: an IEP meeting, or a finding of not eligible (then there is no IEP to write). */
export const IEP_DEVELOPED: readonly EventMatch[] = [{ type: 'iep-meeting-held' }, NOT_ELIGIBLE];

/** Measured to the IEP in effect: the IEP starts, or the child is found not eligible. */
export const IEP_IMPLEMENTED: readonly EventMatch[] = [
  { type: 'plan-started', where: { framework: ['iep'] } },
  NOT_ELIGIBLE,
];

/** The district answers a request to evaluate: asks for consent, receives it, or refuses in writing. */
export const EVALUATION_REQUEST_ANSWERED: readonly EventMatch[] = [
  { type: 'evaluation-consent-requested' },
  { type: 'evaluation-consent-received' },
  { type: 'evaluation-refused' },
];

/** What "measured to" means, in words, for the state clocks. */
export const MEASURED_TO = {
  requestAnswered: {
    en: 'the district has answered in writing: it proposes the evaluation and asks your consent, or refuses and says why',
    es: 'el distrito ha respondido por escrito: propone la evaluación y pide su consentimiento, o se niega y explica por qué',
    vi: 'học khu đã trả lời bằng văn bản: đề xuất đánh giá và xin sự đồng ý của quý vị, hoặc từ chối và nêu lý do',
    'zh-Hans': '学区已作出书面答复：提议评估并征求您的同意，或拒绝并说明理由',
    ar: 'ردّت المنطقة التعليمية كتابيًا: إما أن تقترح التقييم وتطلب موافقتك، وإما أن ترفض وتبيّن السبب',
  },
  evaluation: {
    en: 'the evaluation is done',
    es: 'la evaluación está terminada',
    vi: 'việc đánh giá đã hoàn tất',
    'zh-Hans': '评估已完成',
    ar: 'اكتمل التقييم',
  },
  report: {
    en: 'the written evaluation report is done',
    es: 'el informe escrito de la evaluación está terminado',
    vi: 'báo cáo đánh giá bằng văn bản đã hoàn tất',
    'zh-Hans': '书面评估报告已完成',
    ar: 'اكتمل تقرير التقييم المكتوب',
  },
  eligibility: {
    en: 'the evaluation is done and eligibility is decided',
    es: 'la evaluación está terminada y se ha decidido la elegibilidad',
    vi: 'việc đánh giá đã hoàn tất và đã quyết định điều kiện hội đủ',
    'zh-Hans': '评估已完成，资格已确定',
    ar: 'اكتمل التقييم وتقررت الأهلية',
  },
  iepDeveloped: {
    en: 'eligibility is decided and, if your child is eligible, the IEP is written at a meeting',
    es: 'se ha decidido la elegibilidad y, si su hijo(a) es elegible, el IEP se redacta en una reunión',
    vi: 'đã quyết định điều kiện hội đủ và, nếu con quý vị hội đủ điều kiện, IEP được soạn tại một cuộc họp',
    'zh-Hans': '资格已确定；如果您的孩子符合资格，IEP已在会议上制定',
    ar: 'تقررت الأهلية، وإذا كان طفلك مؤهلًا فقد وُضع IEP في اجتماع',
  },
  iepImplemented: {
    en: 'eligibility is decided and, if your child is eligible, the IEP is in effect',
    es: 'se ha decidido la elegibilidad y, si su hijo(a) es elegible, el IEP está en vigor',
    vi: 'đã quyết định điều kiện hội đủ và, nếu con quý vị hội đủ điều kiện, IEP đã có hiệu lực',
    'zh-Hans': '资格已确定；如果您的孩子符合资格，IEP已生效',
    ar: 'تقررت الأهلية، وإذا كان طفلك مؤهلًا فإن IEP أصبح ساريًا',
  },
} as const satisfies Record<string, LocalizedText>;

/** A parent's complaint (the default when `by` is absent): the resolution process applies (34 CFR 300.510). */
export const PARENT_DUE_PROCESS_FILED: readonly EventMatch[] = [
  { type: 'due-process-filed', where: { by: ['parent', undefined] } },
];

/** A complaint the district filed: no resolution period. */
export const SCHOOL_DUE_PROCESS_FILED: readonly EventMatch[] = [
  { type: 'due-process-filed', where: { by: ['school'] } },
];

/**
 * A request clock is answered in writing: a consent request (the proposal), a written refusal, or a
 * prior written notice about the evaluation (docs/decisions/0015).
 */
export const REQUEST_ANSWERED_IN_WRITING: readonly EventMatch[] = [
  ...EVALUATION_REQUEST_ANSWERED,
  { type: 'prior-written-notice-given', where: { subject: ['evaluation', undefined] } },
];

/** The team has met on the request (or answered it in writing without a meeting). */
export const REQUEST_MEETING_HELD: readonly EventMatch[] = [
  { type: 'referral-meeting-held' },
  ...REQUEST_ANSWERED_IN_WRITING,
];
