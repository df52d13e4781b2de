import { addDays } from '../calendar/add-days';
import { toEpochDay } from '../calendar/epoch-day';
import { kindName } from '../law/deadline-kinds';
import type { EventMatch } from '../law/deadline-rule';
import { rulesForJurisdiction } from '../law/rule-registry';
import type { LocalizedText, RuleStatus } from '../law/rule-status';
import { formatEpochDay } from '../calendar/format-long-date';
import { capitalizedText as capitalized, type FullText } from '../progress/format-words';
import type { CaseFile, EventType } from '../schemas/case-file';
import type { LetterKind } from '../schemas/letters';
import type { Framework } from '../schemas/student';
import { formatDateEn, formatDateEs } from '../timeline/format-date';
import type { Deadline, TimelineResult } from '../timeline/timeline-result';

/** How far ahead "coming up" reaches: a month is enough to write a letter and get an answer. */
export const NEXT_STEPS_HORIZON_DAYS = 30;

/** The event that would satisfy a deadline, as a form can prefill it: its type and fixed field values. */
export interface SatisfyingEvent {
  readonly type: EventType;
  readonly fields: Readonly<Record<string, string | boolean>>;
}

/** One thing a step offers to do, in one click. */
export type NextStepAction =
  /** "It happened": record the event that meets the deadline (the date is asked, today by default). */
  | { readonly kind: 'record-event'; readonly event: SatisfyingEvent }
  /** Open this letter, prefilled for the child. */
  | { readonly kind: 'write-letter'; readonly letter: LetterKind }
  /** Record a request the family already made in writing. */
  | { readonly kind: 'record-request' }
  /** Store the school calendar, so school-day clocks can be counted. */
  | { readonly kind: 'add-calendar' }
  /** Answer the IEP-or-504 guide for this child. */
  | { readonly kind: 'answer-guide' }
  /** Look at the coming meeting: who must be there, what to bring. */
  | { readonly kind: 'prepare-meeting'; readonly meetingDate: string }
  /** Look at the minutes owed on the Services tab (issue 21). */
  | { readonly kind: 'review-services' };

/**
 * A step on the child's list. `owed` steps are what the school (or a state or hearing officer) must do by a date;
 * `family` steps are what the family can do now, including a filing window of its own that is closing.
 */
export interface NextStep {
  /** Stable within one case and day (a deadline's rule and trigger date; a family step's name). */
  readonly id: string;
  readonly who: 'owed' | 'family';
  readonly urgency: 'overdue' | 'soon' | 'now';
  readonly due: string | null;
  readonly title: LocalizedText;
  /** Why this step is on the list, in one or two plain sentences. */
  readonly detail: LocalizedText;
  /** For a deadline: its rule, citation and confirmation status, so the list cites the law as the timeline does. */
  readonly rule?: { readonly id: string; readonly citation: string; readonly status: RuleStatus };
  readonly actions: readonly NextStepAction[];
}

/** What the list needs besides the case file and its timeline. */
export interface NextStepsContext {
  readonly caseFile: CaseFile;
  readonly timeline: TimelineResult;
  /** The framework of the plan in effect today, if any. */
  readonly planInEffect: Framework | null;
  /** Whether the family has saved answers to the guide for this child. */
  readonly hasGuideAnswers: boolean;
  /** The services ledger's minutes owed per service (core/ledger, docs/decisions/0033); none when absent. */
  readonly servicesOwed?: readonly ServiceOwed[];
}

/** One service's compensatory minutes owed, as the next steps need it. */
export interface ServiceOwed {
  readonly serviceId: string;
  readonly service: string;
  readonly owedMinutes: number;
  /** More than one full period's requirement is owed (the finding services-not-delivered). */
  readonly exceedsOnePeriod: boolean;
}

/**
 * A step per service with minutes owed: the IEP must be implemented as written (34 CFR 300.323(c)(2)); more than a
 * period's requirement owed is shown as overdue.
 */
function servicesOwedSteps(services: readonly ServiceOwed[]): NextStep[] {
  return services
    .filter((service) => service.owedMinutes > 0)
    .map((service) => {
      const minutes = String(service.owedMinutes);
      return {
        id: `services-owed@${service.serviceId}`,
        who: 'owed' as const,
        urgency: service.exceedsOnePeriod ? ('overdue' as const) : ('now' as const),
        due: null,
        title: {
          en: `${service.service}: ${minutes} minutes owed`,
          es: `${service.service}: se deben ${minutes} minutos`,
          vi: `${service.service}: còn nợ ${minutes} phút`,
          'zh-Hans': `${service.service}：尚欠 ${minutes} 分钟`,
          ar: `${service.service}: دقائق مستحقة ${minutes}`,
        },
        detail: {
          en: 'The IEP must be carried out as written. Minutes the school did not deliver, for reasons that were not your child’s, are owed as compensatory services: ask for them in writing.',
          es: 'El IEP debe cumplirse tal como está escrito. Los minutos que la escuela no prestó, por motivos que no fueron de su hijo, se deben como servicios compensatorios: pídalos por escrito.',
          vi: 'IEP phải được thực hiện đúng như đã ghi. Những phút nhà trường không cung cấp, vì lý do không phải từ phía con quý vị, được nợ lại dưới dạng dịch vụ bù đắp: hãy yêu cầu bằng văn bản.',
          'zh-Hans':
            'IEP 必须按书面内容执行。学校因非孩子方面的原因而未提供的分钟数，应以补偿性服务的形式补上：请书面提出要求。',
          ar: 'يجب تنفيذ برنامج IEP كما هو مكتوب. والدقائق التي لم تقدّمها المدرسة، لأسباب لا تعود إلى طفلك، مستحقة في صورة خدمات تعويضية: اطلبها كتابةً.',
        },
        rule: { id: 'idea.services-start', citation: '34 CFR 300.323(c)(2)', status: 'confirmed' as const },
        actions: [
          { kind: 'review-services' as const },
          { kind: 'write-letter' as const, letter: 'compensatory-services' as const },
        ],
      };
    });
}

/**
 * Deadline kinds where the family's best written move is to ask for prior written notice: the district owes a
 * decision about evaluation or services, and a written notice either starts the work or documents a refusal that can
 * be challenged (34 CFR 300.503). Records have their own letter.
 */
const PWN_KINDS: ReadonlySet<string> = new Set([
  'evaluation-consent-request',
  'evaluation-decision',
  'evaluation-request-response',
  'evaluation-request-meeting',
  'initial-evaluation',
  'initial-evaluation-from-referral',
  'initial-evaluation-team-meeting',
  'eligibility-meeting',
  'initial-iep-meeting',
  'iep-implementation',
  'reevaluation',
  'reevaluation-intellectual-disability',
]);

function letterFor(kind: string): LetterKind | null {
  if (kind === 'records-access') return 'records-request';
  return PWN_KINDS.has(kind) ? 'pwn-request' : null;
}

function dateWords(iso: string): FullText {
  const day = toEpochDay(iso);
  return {
    en: formatDateEn(day),
    es: formatDateEs(day),
    vi: formatEpochDay(day, 'vi'),
    'zh-Hans': formatEpochDay(day, 'zh-Hans'),
    ar: formatEpochDay(day, 'ar'),
  };
}

/** The first completing event written as a form can prefill it: each `where` field's first listed value. */
function satisfyingEvent(match: EventMatch): SatisfyingEvent {
  const fields: Record<string, string | boolean> = {};
  for (const [field, values] of Object.entries(match.where ?? {})) {
    const value = values.find((candidate) => candidate !== undefined);
    if (value !== undefined) fields[field] = value;
  }
  return { type: match.type, fields };
}

function owedStep(deadline: Deadline, completedBy: readonly EventMatch[], asOf: string): NextStep {
  const due = deadline.due ?? asOf;
  const name = capitalized(kindName(deadline.kind));
  const on = dateWords(due);
  const isOverdue = deadline.status === 'overdue';
  const letter = letterFor(deadline.kind);
  const actions: NextStepAction[] = [];
  const first = completedBy[0];
  if (first !== undefined) actions.push({ kind: 'record-event', event: satisfyingEvent(first) });
  if (letter !== null) actions.push({ kind: 'write-letter', letter });
  return {
    id: `${deadline.rule}@${deadline.trigger.date}`,
    who: 'owed',
    urgency: isOverdue ? 'overdue' : 'soon',
    due,
    title: isOverdue
      ? {
          en: `${name.en}: overdue since ${on.en}`,
          es: `${name.es}: vencido desde el ${on.es}`,
          vi: `${name.vi}: quá hạn từ ngày ${on.vi}`,
          'zh-Hans': `${name['zh-Hans']}：自${on['zh-Hans']}起已逾期`,
          ar: `${name.ar}: متأخر منذ ${on.ar}`,
        }
      : {
          en: `${name.en}: due ${on.en}`,
          es: `${name.es}: vence el ${on.es}`,
          vi: `${name.vi}: hạn chót ngày ${on.vi}`,
          'zh-Hans': `${name['zh-Hans']}：截止日期${on['zh-Hans']}`,
          ar: `${name.ar}: الموعد النهائي ${on.ar}`,
        },
    detail: isOverdue
      ? {
          en: 'Nothing in the case file shows it happened. If it did, record it; if not, ask for it in writing.',
          es: 'Nada en el expediente muestra que ocurrió. Si ocurrió, regístrelo; si no, pídalo por escrito.',
          vi: 'Không có gì trong hồ sơ cho thấy việc này đã xảy ra. Nếu đã xảy ra, hãy ghi lại; nếu chưa, hãy yêu cầu bằng văn bản.',
          'zh-Hans': '案卷中没有任何记录表明这件事已经发生。如果已经发生，请记录下来；如果没有，请书面提出要求。',
          ar: 'لا يوجد في ملف الحالة ما يدل على أن ذلك حدث. إذا حدث فسجّله؛ وإن لم يحدث فاطلبه كتابةً.',
        }
      : {
          en: 'The school must do this by that date. Record it when it happens.',
          es: 'La escuela debe hacerlo antes de esa fecha. Regístrelo cuando ocurra.',
          vi: 'Nhà trường phải làm việc này trước ngày đó. Hãy ghi lại khi việc xảy ra.',
          'zh-Hans': '学校必须在该日期前完成这件事。发生时请记录下来。',
          ar: 'يجب أن تقوم المدرسة بذلك قبل هذا التاريخ. سجّله عندما يحدث.',
        },
    rule: { id: deadline.rule, citation: deadline.citation, status: deadline.ruleStatus },
    actions,
  };
}

function windowStep(deadline: Deadline): NextStep {
  const due = deadline.due ?? '';
  const name = capitalized(kindName(deadline.kind));
  const on = dateWords(due);
  return {
    id: `${deadline.rule}@${deadline.trigger.date}`,
    who: 'family',
    urgency: 'soon',
    due,
    title: {
      en: `${name.en}: closes ${on.en}`,
      es: `${name.es}: se cierra el ${on.es}`,
      vi: `${name.vi}: kết thúc ngày ${on.vi}`,
      'zh-Hans': `${name['zh-Hans']}：${on['zh-Hans']}截止`,
      ar: `${name.ar}: ينتهي في ${on.ar}`,
    },
    detail: {
      en: 'This is your own time limit: after that date the complaint can be refused as late.',
      es: 'Este es su propio plazo: después de esa fecha la queja puede rechazarse por tardía.',
      vi: 'Đây là thời hạn của chính quý vị: sau ngày đó, khiếu nại có thể bị từ chối vì nộp trễ.',
      'zh-Hans': '这是您自己的期限：过了该日期，投诉可能因逾期而被拒绝。',
      ar: 'هذه مهلتك أنت: بعد هذا التاريخ قد تُرفض الشكوى لتأخرها.',
    },
    rule: { id: deadline.rule, citation: deadline.citation, status: deadline.ruleStatus },
    actions: [],
  };
}

const REQUEST_EVENTS: ReadonlySet<string> = new Set(['evaluation-requested', 'referral-received']);

/** What the family can do now, from what the case file does not show yet. */
function familySteps(context: NextStepsContext, horizon: string): NextStep[] {
  const { caseFile, timeline, planInEffect, hasGuideAnswers } = context;
  const steps: NextStep[] = [];
  const codes = new Set(timeline.findings.map((finding) => finding.code));
  if (codes.has('calendar-needed')) {
    steps.push({
      id: 'add-calendar',
      who: 'family',
      urgency: 'now',
      due: null,
      title: {
        en: 'Add the school calendar',
        es: 'Agregue el calendario escolar',
        vi: 'Thêm lịch năm học',
        'zh-Hans': '添加校历',
        ar: 'أضِف التقويم المدرسي',
      },
      detail: {
        en: 'A deadline here is counted in school days; without the school calendar Binder cannot give its date.',
        es: 'Un plazo aquí se cuenta en días escolares; sin el calendario escolar Binder no puede dar su fecha.',
        vi: 'Có một thời hạn ở đây được tính bằng ngày học; không có lịch năm học, Binder không thể cho biết ngày đến hạn.',
        'zh-Hans': '这里有一个期限按上学日计算；没有校历，Binder 无法算出具体日期。',
        ar: 'هناك موعد نهائي هنا يُحسب بالأيام الدراسية؛ ومن دون التقويم المدرسي لا يستطيع Binder تحديد تاريخه.',
      },
      actions: [{ kind: 'add-calendar' }],
    });
  }
  const hasRequest = caseFile.events.some((event) => REQUEST_EVENTS.has(event.type));
  if (planInEffect === null && !hasRequest) {
    steps.push({
      id: 'request-evaluation',
      who: 'family',
      urgency: 'now',
      due: null,
      title: {
        en: 'Ask for an evaluation in writing',
        es: 'Pida una evaluación por escrito',
        vi: 'Yêu cầu đánh giá bằng văn bản',
        'zh-Hans': '书面要求评估',
        ar: 'اطلب التقييم كتابةً',
      },
      detail: {
        en: 'No plan is in effect and no request is recorded. The school’s time limits start only from a written request and your consent. If you already asked, record the date the school received it.',
        es: 'No hay un plan vigente ni una solicitud registrada. Los plazos de la escuela empiezan solo con una solicitud por escrito y su consentimiento. Si ya la pidió, registre la fecha en que la escuela la recibió.',
        vi: 'Chưa có kế hoạch nào có hiệu lực và chưa ghi nhận yêu cầu nào. Thời hạn của nhà trường chỉ bắt đầu từ một yêu cầu bằng văn bản và sự đồng ý của quý vị. Nếu quý vị đã yêu cầu, hãy ghi lại ngày nhà trường nhận được.',
        'zh-Hans':
          '目前没有生效的计划，也没有记录任何请求。学校的期限只从书面请求和您的同意开始计算。如果您已经提出，请记录学校收到的日期。',
        ar: 'لا توجد خطة سارية ولا طلب مسجّل. ولا تبدأ مهل المدرسة إلا بطلب مكتوب وموافقتك. وإذا كنت قد طلبت بالفعل، فسجّل تاريخ تسلّم المدرسة للطلب.',
      },
      actions: [{ kind: 'write-letter', letter: 'evaluation-request' }, { kind: 'record-request' }],
    });
  }
  if (codes.has('504-instead-of-evaluation')) {
    steps.push({
      id: 'evaluation-after-504',
      who: 'family',
      urgency: 'now',
      due: null,
      title: {
        en: 'Ask for an IDEA evaluation',
        es: 'Pida una evaluación bajo IDEA',
        vi: 'Yêu cầu đánh giá theo IDEA',
        'zh-Hans': '要求进行 IDEA 评估',
        ar: 'اطلب تقييمًا بموجب IDEA',
      },
      detail: {
        en: 'A 504 plan does not replace an evaluation for special education when a disability and a need for specially designed instruction are suspected.',
        es: 'Un plan 504 no reemplaza una evaluación de educación especial cuando se sospecha una discapacidad y la necesidad de instrucción especialmente diseñada.',
        vi: 'Kế hoạch 504 không thay thế việc đánh giá giáo dục đặc biệt khi nghi ngờ có khuyết tật và nhu cầu giảng dạy được thiết kế đặc biệt.',
        'zh-Hans': '在怀疑有残障并需要特别设计的教学时，504计划不能代替特殊教育评估。',
        ar: 'لا تحل خطة 504 محل تقييم التعليم الخاص عند الاشتباه في وجود إعاقة وحاجة إلى تدريس مصمم خصيصًا.',
      },
      actions: [{ kind: 'write-letter', letter: 'iep-evaluation-after-504' }],
    });
  }
  if (planInEffect === null && !hasGuideAnswers) {
    steps.push({
      id: 'answer-guide',
      who: 'family',
      urgency: 'now',
      due: null,
      title: {
        en: 'IEP or 504 plan? Answer the guide',
        es: '¿IEP o plan 504? Responda la guía',
        vi: 'IEP hay kế hoạch 504? Hãy trả lời hướng dẫn',
        'zh-Hans': 'IEP 还是504计划？请回答指南中的问题',
        ar: 'برنامج IEP أم خطة 504؟ أجب عن أسئلة الدليل',
      },
      detail: {
        en: 'A few questions about this child say which plan fits and what to ask for, with the law behind each answer.',
        es: 'Unas preguntas sobre este niño indican qué plan le corresponde y qué pedir, con la ley detrás de cada respuesta.',
        vi: 'Một vài câu hỏi về trẻ sẽ cho biết kế hoạch nào phù hợp và nên yêu cầu gì, kèm theo cơ sở pháp luật cho từng câu trả lời.',
        'zh-Hans': '回答几个关于这个孩子的问题，就能知道哪种计划适合、应该要求什么，每个答案都附有法律依据。',
        ar: 'بضعة أسئلة عن هذا الطفل تبيّن أي خطة تناسبه وماذا تطلب، مع القانون الذي تستند إليه كل إجابة.',
      },
      actions: [{ kind: 'answer-guide' }],
    });
  }
  for (const event of caseFile.events) {
    if (event.type !== 'meeting-scheduled') continue;
    const meetingDate = event.meetingDate;
    if (meetingDate < timeline.asOf || meetingDate > horizon) continue;
    const on = dateWords(meetingDate);
    steps.push({
      id: `meeting@${meetingDate}`,
      who: 'family',
      urgency: 'soon',
      due: meetingDate,
      title: {
        en: `Prepare for the meeting on ${on.en}`,
        es: `Prepárese para la reunión del ${on.es}`,
        vi: `Chuẩn bị cho cuộc họp ngày ${on.vi}`,
        'zh-Hans': `为${on['zh-Hans']}的会议做准备`,
        ar: `استعد للاجتماع في ${on.ar}`,
      },
      detail: {
        en: 'Look at the latest progress data and the plan in effect, and write down what you want changed.',
        es: 'Revise los datos de progreso más recientes y el plan vigente, y anote lo que quiere cambiar.',
        vi: 'Xem dữ liệu tiến bộ mới nhất và kế hoạch đang có hiệu lực, rồi ghi lại những gì quý vị muốn thay đổi.',
        'zh-Hans': '查看最新的进展数据和现行计划，写下您希望改变的地方。',
        ar: 'اطّلع على أحدث بيانات التقدم والخطة السارية، ودوّن ما تريد تغييره.',
      },
      actions: [{ kind: 'prepare-meeting', meetingDate }],
    });
  }
  return steps;
}

const URGENCY_ORDER = { overdue: 0, soon: 1, now: 2 } as const;

/**
 * The child's next steps, most urgent first: what the school owes that is overdue (oldest first), then what falls
 * due within {@link NEXT_STEPS_HORIZON_DAYS} days (the family's own closing windows among them), then what the family
 * can do now. Pure: the same case and timeline always give the same list, so reminders can use it too.
 */
export function nextSteps(context: NextStepsContext): NextStep[] {
  const { timeline } = context;
  const horizon = addDays(timeline.asOf, NEXT_STEPS_HORIZON_DAYS);
  const rules = new Map(rulesForJurisdiction(timeline.jurisdiction).deadlineRules.map((rule) => [rule.id, rule]));
  const steps: NextStep[] = [];
  for (const deadline of timeline.deadlines) {
    const isSoon = deadline.status === 'open' && deadline.due !== null && deadline.due <= horizon;
    if (deadline.isWindow) {
      if (isSoon) steps.push(windowStep(deadline));
      continue;
    }
    if (deadline.status !== 'overdue' && !isSoon) continue;
    steps.push(owedStep(deadline, rules.get(deadline.rule)?.completedBy ?? [], timeline.asOf));
  }
  steps.push(...servicesOwedSteps(context.servicesOwed ?? []));
  steps.push(...familySteps(context, horizon));
  return steps
    .map((step, index) => ({ step, index }))
    .sort(
      (a, b) =>
        URGENCY_ORDER[a.step.urgency] - URGENCY_ORDER[b.step.urgency] ||
        (a.step.due ?? '').localeCompare(b.step.due ?? '') ||
        a.index - b.index,
    )
    .map(({ step }) => step);
}
