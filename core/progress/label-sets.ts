import { PROGRESS_STATUSES } from '../schemas/progress';
import type { LocalizedText } from './format-words';

/**
 * What a status is called on a progress report. The statuses of docs/progress-methods.md, plus finer cases some states
 * name separately (docs/progress-methods.md 1.7: no progress and regression under not-on-track; Connecticut's "Not
 * Mastered" once the goal date has passed).
 */
export const STATUS_LABEL_KEYS = [
  ...PROGRESS_STATUSES,
  'not-on-track-no-progress',
  'not-on-track-regression',
  'not-met-by-goal-date',
] as const;
export type StatusLabelKey = (typeof STATUS_LABEL_KEYS)[number];

export const LABEL_SET_IDS = ['federal', 'connecticut', 'california-selpa', 'maryland-howard'] as const;
export type LabelSetId = (typeof LABEL_SET_IDS)[number];

/** A band of "percent of goal met" (California SELPA codes 1–4). */
export interface PercentBand {
  /** The band applies from this percent (inclusive; percents are floored first) up to the next band. */
  readonly minPercent: number;
  readonly code: string;
  readonly label: LocalizedText;
}

/**
 * A state's or district's words for progress. A key a set does not name falls back to the federal words, so a
 * set lists only what it really says: inventing a state term would misstate that state's form.
 */
export interface LabelSet {
  readonly id: LabelSetId;
  readonly name: LocalizedText;
  readonly source: string;
  /** Where the set is used: `US` for the federal words, else the two-letter code of its state. */
  readonly jurisdiction: string;
  readonly labels: Readonly<Partial<Record<StatusLabelKey, LocalizedText>>>;
  /** When present, judged statuses are labelled by percent of goal met instead of by status. */
  readonly percentBands?: readonly PercentBand[];
}

/** Plain words a parent reads (docs/progress-methods.md 1.7); every other set falls back to these. */
export const FEDERAL_LABELS: Readonly<Record<StatusLabelKey, LocalizedText>> = {
  'not-introduced': {
    en: 'not yet introduced',
    es: 'todavía no se ha introducido',
    vi: 'chưa bắt đầu',
    'zh-Hans': '尚未开始',
    ar: 'لم يبدأ بعد',
  },
  'insufficient-data': {
    en: 'progress not measurable at this time',
    es: 'el progreso no se puede medir por ahora',
    vi: 'hiện chưa đo được tiến bộ',
    'zh-Hans': '目前无法衡量进展',
    ar: 'لا يمكن قياس التقدم في الوقت الحالي',
  },
  'goal-met': {
    en: 'goal met',
    es: 'meta alcanzada',
    vi: 'đã đạt mục tiêu',
    'zh-Hans': '目标已达成',
    ar: 'تحقق الهدف',
  },
  'not-on-track': {
    en: 'not making sufficient progress to meet the goal',
    es: 'no avanza lo suficiente para alcanzar la meta',
    vi: 'chưa tiến bộ đủ để đạt mục tiêu',
    'zh-Hans': '进展不足以达成目标',
    ar: 'لا يحرز تقدمًا كافيًا لتحقيق الهدف',
  },
  'on-track': {
    en: 'making sufficient progress to meet the goal',
    es: 'avanza lo suficiente para alcanzar la meta',
    vi: 'đang tiến bộ đủ để đạt mục tiêu',
    'zh-Hans': '进展足以达成目标',
    ar: 'يحرز تقدمًا كافيًا لتحقيق الهدف',
  },
  unclear: {
    en: 'not yet clear whether progress is sufficient to meet the goal',
    es: 'todavía no está claro si el progreso basta para alcanzar la meta',
    vi: 'chưa rõ tiến bộ có đủ để đạt mục tiêu hay không',
    'zh-Hans': '尚不清楚进展是否足以达成目标',
    ar: 'ليس واضحًا بعد ما إذا كان التقدم كافيًا لتحقيق الهدف',
  },
  'not-on-track-no-progress': {
    en: 'not making sufficient progress to meet the goal; no clear growth yet',
    es: 'no avanza lo suficiente para alcanzar la meta; todavía no hay un crecimiento claro',
    vi: 'chưa tiến bộ đủ để đạt mục tiêu; chưa thấy tiến triển rõ ràng',
    'zh-Hans': '进展不足以达成目标；尚无明显增长',
    ar: 'لا يحرز تقدمًا كافيًا لتحقيق الهدف؛ لا يوجد نمو واضح بعد',
  },
  'not-on-track-regression': {
    en: 'not making sufficient progress to meet the goal; now below the starting level',
    es: 'no avanza lo suficiente para alcanzar la meta; ahora está por debajo del nivel inicial',
    vi: 'chưa tiến bộ đủ để đạt mục tiêu; hiện thấp hơn mức ban đầu',
    'zh-Hans': '进展不足以达成目标；目前低于起始水平',
    ar: 'لا يحرز تقدمًا كافيًا لتحقيق الهدف؛ وهو الآن دون مستوى البداية',
  },
  'not-met-by-goal-date': {
    en: 'goal not met by the goal date',
    es: 'meta no alcanzada para la fecha prevista',
    vi: 'không đạt mục tiêu vào ngày dự kiến',
    'zh-Hans': '到目标日期未达成目标',
    ar: 'لم يتحقق الهدف بحلول التاريخ المحدد',
  },
};

/** Words beside the status when a rule says the goal may be too low. */
export const RAISE_GOAL_ADVICE: LocalizedText = {
  en: 'the data suggest the goal could be raised',
  es: 'los datos sugieren que se podría subir la meta',
  vi: 'dữ liệu cho thấy có thể nâng mục tiêu lên',
  'zh-Hans': '数据表明可以提高目标',
  ar: 'تشير البيانات إلى إمكانية رفع الهدف',
};

const CONNECTICUT: LabelSet = {
  id: 'connecticut',
  name: {
    en: 'Connecticut IEP progress codes',
    es: 'Códigos de progreso del IEP de Connecticut',
    vi: 'Mã tiến bộ IEP của Connecticut',
    'zh-Hans': '康涅狄格州 IEP 进展代码',
    ar: 'رموز التقدم في برامج IEP بولاية كونيتيكت',
  },
  source: 'Connecticut IEP Manual, section 12 (progress reporting)',
  jurisdiction: 'CT',
  // Connecticut has no "not measurable yet" code; insufficient-data keeps the federal words.
  labels: {
    'not-introduced': {
      en: 'Not Introduced',
      es: 'No introducido',
      vi: 'Chưa bắt đầu (Not Introduced)',
      'zh-Hans': '尚未开始（Not Introduced）',
      ar: 'لم يبدأ بعد (Not Introduced)',
    },
    'goal-met': {
      en: 'Mastered (Goal/Objective Achieved)',
      es: 'Dominado (meta u objetivo logrado)',
      vi: 'Đã thành thạo (Mastered: đạt mục tiêu/mục tiêu nhỏ)',
      'zh-Hans': '已掌握（Mastered：目标/短期目标已达成）',
      ar: 'أُتقن (Mastered: تحقق الهدف أو الهدف الفرعي)',
    },
    'on-track': {
      en: 'Satisfactory Progress',
      es: 'Progreso satisfactorio',
      vi: 'Tiến bộ đạt yêu cầu (Satisfactory Progress)',
      'zh-Hans': '进展令人满意（Satisfactory Progress）',
      ar: 'تقدم مُرضٍ (Satisfactory Progress)',
    },
    unclear: {
      en: 'Limited/Minimal Progress',
      es: 'Progreso limitado o mínimo',
      vi: 'Tiến bộ hạn chế/rất ít (Limited/Minimal Progress)',
      'zh-Hans': '进展有限/很少（Limited/Minimal Progress）',
      ar: 'تقدم محدود/ضئيل (Limited/Minimal Progress)',
    },
    'not-on-track': {
      en: 'Limited/Minimal Progress',
      es: 'Progreso limitado o mínimo',
      vi: 'Tiến bộ hạn chế/rất ít (Limited/Minimal Progress)',
      'zh-Hans': '进展有限/很少（Limited/Minimal Progress）',
      ar: 'تقدم محدود/ضئيل (Limited/Minimal Progress)',
    },
    'not-on-track-no-progress': {
      en: 'No Progress to Date',
      es: 'Sin progreso hasta la fecha',
      vi: 'Đến nay chưa có tiến bộ (No Progress to Date)',
      'zh-Hans': '至今没有进展（No Progress to Date）',
      ar: 'لا تقدم حتى الآن (No Progress to Date)',
    },
    'not-on-track-regression': {
      en: 'No Progress to Date',
      es: 'Sin progreso hasta la fecha',
      vi: 'Đến nay chưa có tiến bộ (No Progress to Date)',
      'zh-Hans': '至今没有进展（No Progress to Date）',
      ar: 'لا تقدم حتى الآن (No Progress to Date)',
    },
    'not-met-by-goal-date': {
      en: 'Not Mastered',
      es: 'No dominado',
      vi: 'Chưa thành thạo (Not Mastered)',
      'zh-Hans': '未掌握（Not Mastered）',
      ar: 'لم يُتقن (Not Mastered)',
    },
  },
};

const CALIFORNIA_SELPA: LabelSet = {
  id: 'california-selpa',
  name: {
    en: 'California SELPA progress codes',
    es: 'Códigos de progreso de SELPA de California',
    vi: 'Mã tiến bộ của SELPA California',
    'zh-Hans': '加州 SELPA 进展代码',
    ar: 'رموز التقدم في SELPA بولاية كاليفورنيا',
  },
  source: 'California SELPA IEP progress form (codes 1–4, percent of goal met)',
  jurisdiction: 'CA',
  labels: {},
  percentBands: [
    {
      minPercent: Number.NEGATIVE_INFINITY,
      code: '1',
      label: { en: 'No progress', es: 'Sin progreso', vi: 'Không có tiến bộ', 'zh-Hans': '没有进展', ar: 'لا تقدم' },
    },
    {
      minPercent: 1,
      code: '2',
      label: {
        en: 'Partial (1–49% of goal met)',
        es: 'Parcial (1–49 % de la meta alcanzada)',
        vi: 'Một phần (đạt 1–49% mục tiêu)',
        'zh-Hans': '部分（达成目标的 1–49%）',
        ar: 'جزئي (تحقق 1–49% من الهدف)',
      },
    },
    {
      minPercent: 50,
      code: '3',
      label: {
        en: 'Substantial (50–99% of goal met)',
        es: 'Sustancial (50–99 % de la meta alcanzada)',
        vi: 'Đáng kể (đạt 50–99% mục tiêu)',
        'zh-Hans': '显著（达成目标的 50–99%）',
        ar: 'كبير (تحقق 50–99% من الهدف)',
      },
    },
    {
      minPercent: 100,
      code: '4',
      label: {
        en: 'Goal met or exceeded',
        es: 'Meta alcanzada o superada',
        vi: 'Đạt hoặc vượt mục tiêu',
        'zh-Hans': '达成或超过目标',
        ar: 'تحقق الهدف أو تجاوزه',
      },
    },
  ],
};

const MARYLAND_HOWARD: LabelSet = {
  id: 'maryland-howard',
  name: {
    en: 'Howard County (MD) progress descriptors',
    es: 'Descriptores de progreso del condado de Howard (MD)',
    vi: 'Mô tả tiến bộ của Quận Howard (MD)',
    'zh-Hans': '霍华德县（马里兰州）进展描述',
    ar: 'أوصاف التقدم في مقاطعة هوارد (ماريلاند)',
  },
  source: 'Howard County Public School System (MD) IEP progress reports',
  jurisdiction: 'MD',
  labels: {
    'insufficient-data': {
      en: 'Progress Not Measurable At This Time',
      es: 'El progreso no se puede medir en este momento',
      vi: 'Hiện chưa đo được tiến bộ (Progress Not Measurable At This Time)',
      'zh-Hans': '目前无法衡量进展（Progress Not Measurable At This Time）',
      ar: 'لا يمكن قياس التقدم في الوقت الحالي (Progress Not Measurable At This Time)',
    },
    // The county's three descriptors have no "unclear"; data that cannot yet decide are "not measurable".
    unclear: {
      en: 'Progress Not Measurable At This Time',
      es: 'El progreso no se puede medir en este momento',
      vi: 'Hiện chưa đo được tiến bộ (Progress Not Measurable At This Time)',
      'zh-Hans': '目前无法衡量进展（Progress Not Measurable At This Time）',
      ar: 'لا يمكن قياس التقدم في الوقت الحالي (Progress Not Measurable At This Time)',
    },
    'on-track': {
      en: 'Making sufficient progress to meet goal',
      es: 'Avanza lo suficiente para alcanzar la meta',
      vi: 'Đang tiến bộ đủ để đạt mục tiêu (Making sufficient progress to meet goal)',
      'zh-Hans': '进展足以达成目标（Making sufficient progress to meet goal）',
      ar: 'يحرز تقدمًا كافيًا لتحقيق الهدف (Making sufficient progress to meet goal)',
    },
    'not-on-track': {
      en: 'Not making sufficient progress to meet goal',
      es: 'No avanza lo suficiente para alcanzar la meta',
      vi: 'Chưa tiến bộ đủ để đạt mục tiêu (Not making sufficient progress to meet goal)',
      'zh-Hans': '进展不足以达成目标（Not making sufficient progress to meet goal）',
      ar: 'لا يحرز تقدمًا كافيًا لتحقيق الهدف (Not making sufficient progress to meet goal)',
    },
  },
};

/** Every label set, by id. */
export const LABEL_SETS: Readonly<Record<LabelSetId, LabelSet>> = {
  federal: {
    id: 'federal',
    name: {
      en: 'Plain words',
      es: 'Palabras sencillas',
      vi: 'Lời lẽ dễ hiểu',
      'zh-Hans': '通俗用语',
      ar: 'عبارات بسيطة',
    },
    source: '34 CFR 300.320(a)(3)',
    jurisdiction: 'US',
    labels: FEDERAL_LABELS,
  },
  connecticut: CONNECTICUT,
  'california-selpa': CALIFORNIA_SELPA,
  'maryland-howard': MARYLAND_HOWARD,
};

/**
 * The label sets in the order a select offers them: the child's state's own sets first (a Connecticut child's team
 * most likely reports in Connecticut's codes), then the plain federal words, then every other set. `jurisdiction`
 * is the child's (`US` or a state code, any case); unknown while the child is loading.
 */
export function labelSetsFor(jurisdiction: string | undefined): LabelSetId[] {
  const state = jurisdiction?.toUpperCase();
  const own = LABEL_SET_IDS.filter((id) => id !== 'federal' && LABEL_SETS[id].jurisdiction === state);
  return [...own, ...LABEL_SET_IDS.filter((id) => !own.includes(id))];
}
