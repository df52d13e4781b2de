import type { Cited, LocalizedText } from '../law/rule-status';

/**
 * How the deadlines of one kind turned out: met in time, met late, or still not done past due; and, for a
 * measure that has them, the requests still unanswered past their answer clock (`unanswered`).
 */
export interface Outcomes {
  readonly met: number;
  readonly late: number;
  readonly overdue: number;
  readonly unanswered?: number;
}

/** A district compliance measure built from one deadline kind of the engine. */
export interface ComplianceMeasure extends Cited {
  readonly id: 'evaluation-timeliness' | 'transition-content';
  readonly deadlineKind: string;
  /**
   * The clocks for answering the request that comes before the measured deadline: when one has passed with no
   * answer, the request counts against the rate (the measured deadline never started, so it cannot).
   */
  readonly unansweredKinds: readonly string[];
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/**
 * The measures the district dashboard shows, in the spirit of the federal State Performance Plan
 * indicators: Indicator 11 (initial evaluations within the state's timeline) and an Indicator-13-style
 * check (IEPs with transition content by the transition age). Deadlines not yet due are left out of both.
 */
export const COMPLIANCE_MEASURES: readonly ComplianceMeasure[] = [
  {
    id: 'evaluation-timeliness',
    deadlineKind: 'initial-evaluation',
    // A request to evaluate that the district never answered has no evaluation clock (that starts at consent):
    // without these, a district that ignores requests would read "100% on time".
    unansweredKinds: ['evaluation-consent-request', 'evaluation-decision', 'evaluation-request-response'],
    name: {
      en: 'Initial evaluations on time',
      es: 'Evaluaciones iniciales a tiempo',
      vi: 'Đánh giá lần đầu đúng hạn',
      'zh-Hans': '按时完成的首次评估',
      ar: 'التقييمات الأولية في موعدها',
    },
    description: {
      en: "Share of initial evaluations completed within the state's timeline (federal Indicator 11), of those whose deadline has passed. A request to evaluate left unanswered past the state's deadline for answering counts as not on time.",
      es: 'Porcentaje de evaluaciones iniciales terminadas dentro del plazo del estado (Indicador federal 11), entre aquellas cuyo plazo ya venció. Una solicitud de evaluación sin respuesta después del plazo del estado para responder cuenta como no hecha a tiempo.',
      vi: 'Tỷ lệ đánh giá lần đầu hoàn thành trong thời hạn của tiểu bang (Chỉ số 11 của liên bang), trong số những trường hợp đã quá hạn chót. Một yêu cầu đánh giá không được trả lời quá hạn chót trả lời của tiểu bang được tính là không đúng hạn.',
      'zh-Hans':
        '在截止日期已过的首次评估中，于州规定期限内完成的比例（联邦指标 11）。评估申请在州规定的答复期限过后仍未得到答复的，算作未按时。',
      ar: 'نسبة التقييمات الأولية التي اكتملت ضمن المهلة التي تحددها الولاية (المؤشر الفيدرالي 11)، من بين تلك التي انقضى موعدها النهائي. ويُحتسب طلب التقييم الذي بقي دون رد بعد انقضاء مهلة الرد في الولاية على أنه لم يكن في موعده.',
    },
    citation: '34 CFR 300.301(c)(1)',
    status: 'confirmed',
  },
  {
    id: 'transition-content',
    deadlineKind: 'transition-plan',
    unansweredKinds: [],
    name: {
      en: 'Transition plans by the transition age',
      es: 'Planes de transición a la edad requerida',
      vi: 'Kế hoạch chuyển tiếp đúng độ tuổi chuyển tiếp',
      'zh-Hans': '在过渡年龄前制定的过渡计划',
      ar: 'خطط الانتقال عند بلوغ سن الانتقال',
    },
    description: {
      en: 'Share of IEPs that included postsecondary goals and transition services by the transition age (in the style of Indicator 13), of those already due.',
      es: 'Porcentaje de IEP que incluyeron metas postsecundarias y servicios de transición a la edad requerida (al estilo del Indicador 13), entre los que ya vencieron.',
      vi: 'Tỷ lệ IEP có mục tiêu sau trung học và dịch vụ chuyển tiếp khi học sinh đến tuổi chuyển tiếp (theo cách của Chỉ số 13), trong số những IEP đã đến hạn.',
      'zh-Hans': '在已到期的 IEP 中，于过渡年龄前包含高中后目标和过渡服务的比例（参照指标 13 的方式）。',
      ar: 'نسبة برامج IEP التي تضمنت أهدافًا لما بعد المرحلة الثانوية وخدمات انتقال عند بلوغ سن الانتقال (على غرار المؤشر 13)، من بين تلك التي حان موعدها.',
    },
    citation: '34 CFR 300.320(b)',
    status: 'confirmed',
  },
];

/** How many came due: met, late, still overdue, and requests unanswered past their answer clock. */
export function dueCount(outcomes: Outcomes): number {
  return outcomes.met + outcomes.late + outcomes.overdue + (outcomes.unanswered ?? 0);
}

/**
 * Met on time out of all that came due (met, late, still overdue, or a request unanswered past its clock); null
 * when none came due. Never 1 while a request has gone unanswered.
 */
export function complianceRate(outcomes: Outcomes): number | null {
  const due = dueCount(outcomes);
  return due === 0 ? null : outcomes.met / due;
}
