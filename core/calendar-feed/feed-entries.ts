import { ruleStatusLabel } from '../guide/rule-status-label';
import { kindName } from '../law/deadline-kinds';
import type { LocalizedText } from '../law/rule-status';
import { LANGUAGES, type Language } from '../progress/format-words';
import type { Meeting, MeetingPurpose } from '../schemas/meeting';
import type { Deadline, DeadlineStatus } from '../timeline/timeline-result';

// What a calendar shows of a child's case (docs/decisions/0039): each dated deadline and each meeting as one
// all-day entry, worded in the feed's language, with its citation and a link back to the record. Pure: the
// server turns the entries into iCalendar text (server/documents/icalendar.ts).

/**
 * The languages a feed or a download can be asked for and stored in: every language the app speaks (five with
 * issue 22, docs/decisions/0045). The words below exist in all five reading languages.
 */
export const FEED_LANGUAGES = LANGUAGES;
export type FeedLanguage = Language;

/** Every language the feed has words for; each language the app speaks is one of them. */
export type FeedWordsLanguage = 'en' | 'es' | 'vi' | 'zh-Hans' | 'ar';

/** A feed's words in every language it is worded in. */
type FeedText = Readonly<Record<FeedWordsLanguage, string>>;

/** How many days before an entry its reminders ring: a week and a day. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;

/** One all-day calendar entry. */
export interface FeedEntry {
  /** Stable across recomputes: the same deadline keeps its UID when its date moves. */
  readonly uid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  /** Days before `date` a reminder rings (empty: none, for what is done or already past). */
  readonly remindDaysBefore: readonly number[];
  /** The reminder's words. */
  readonly reminder: string;
}

/** The child an entry is about. */
export interface FeedChild {
  readonly studentId: string;
  readonly givenName: string;
}

const STATUS_WORDS: Readonly<Record<DeadlineStatus, FeedText>> = {
  met: {
    en: 'met on time',
    es: 'cumplido a tiempo',
    vi: 'đã hoàn thành đúng hạn',
    'zh-Hans': '按时完成',
    ar: 'نُفِّذ في الموعد',
  },
  late: { en: 'done late', es: 'cumplido tarde', vi: 'hoàn thành trễ', 'zh-Hans': '逾期完成', ar: 'نُفِّذ متأخرًا' },
  overdue: { en: 'overdue', es: 'vencido', vi: 'quá hạn', 'zh-Hans': '已逾期', ar: 'متأخر عن موعده' },
  open: { en: 'open', es: 'abierto', vi: 'đang chờ thực hiện', 'zh-Hans': '待完成', ar: 'قيد الانتظار' },
  unknown: {
    en: 'date unknown',
    es: 'fecha desconocida',
    vi: 'chưa biết ngày',
    'zh-Hans': '日期未知',
    ar: 'التاريخ غير معروف',
  },
};

const WINDOW_STATUS_WORDS: Readonly<Record<DeadlineStatus, FeedText>> = {
  met: {
    en: 'filed in time',
    es: 'presentada a tiempo',
    vi: 'đã nộp đúng hạn',
    'zh-Hans': '按时提交',
    ar: 'قُدِّمت في الموعد',
  },
  late: { en: 'filed late', es: 'presentada tarde', vi: 'nộp trễ', 'zh-Hans': '逾期提交', ar: 'قُدِّمت متأخرة' },
  overdue: {
    en: 'window closed',
    es: 'plazo cerrado',
    vi: 'đã hết thời hạn nộp',
    'zh-Hans': '期限已过',
    ar: 'انتهت المهلة',
  },
  open: {
    en: 'window open',
    es: 'plazo abierto',
    vi: 'vẫn còn thời hạn nộp',
    'zh-Hans': '仍在期限内',
    ar: 'المهلة مفتوحة',
  },
  unknown: {
    en: 'date unknown',
    es: 'fecha desconocida',
    vi: 'chưa biết ngày',
    'zh-Hans': '日期未知',
    ar: 'التاريخ غير معروف',
  },
};

const PURPOSE_WORDS: Readonly<Record<MeetingPurpose, FeedText>> = {
  initial: { en: 'initial IEP', es: 'IEP inicial', vi: 'IEP ban đầu', 'zh-Hans': '初始 IEP', ar: 'IEP الأولي' },
  annual: {
    en: 'annual review',
    es: 'revisión anual',
    vi: 'xem xét hằng năm',
    'zh-Hans': '年度审查',
    ar: 'المراجعة السنوية',
  },
  amendment: { en: 'amendment', es: 'modificación', vi: 'sửa đổi', 'zh-Hans': '修订', ar: 'تعديل' },
  reevaluation: {
    en: 'reevaluation',
    es: 'reevaluación',
    vi: 'tái đánh giá',
    'zh-Hans': '重新评估',
    ar: 'إعادة التقييم',
  },
  eligibility: {
    en: 'eligibility',
    es: 'elegibilidad',
    vi: 'xác định đủ điều kiện',
    'zh-Hans': '资格认定',
    ar: 'تحديد الأهلية',
  },
  other: { en: 'other', es: 'otra', vi: 'khác', 'zh-Hans': '其他', ar: 'أخرى' },
};

const WORDS = {
  due: { en: 'Due', es: 'Fecha límite', vi: 'Hạn chót', 'zh-Hans': '截止日期', ar: 'الموعد النهائي' },
  closes: { en: 'Window closes', es: 'El plazo vence', vi: 'Hết thời hạn', 'zh-Hans': '期限截止', ar: 'تنتهي المهلة' },
  status: { en: 'Status', es: 'Estado', vi: 'Tình trạng', 'zh-Hans': '状态', ar: 'الحالة' },
  measuredTo: {
    en: 'Counts as done when',
    es: 'Se cumple cuando',
    vi: 'Được tính là hoàn thành khi',
    'zh-Hans': '何时算完成',
    ar: 'يُعدّ منجزًا عندما',
  },
  law: { en: 'Law', es: 'Ley', vi: 'Luật', 'zh-Hans': '法律依据', ar: 'القانون' },
  sure: {
    en: 'How sure we are',
    es: 'Qué tan seguros estamos',
    vi: 'Mức độ chắc chắn của chúng tôi',
    'zh-Hans': '我们的确定程度',
    ar: 'مدى تأكدنا',
  },
  open: {
    en: 'Open in Binder',
    es: 'Abrir en Binder',
    vi: 'Mở trong Binder',
    'zh-Hans': '在 Binder 中打开',
    ar: 'افتح في Binder',
  },
  deadlineReminder: {
    en: 'A deadline is coming up',
    es: 'Se acerca una fecha límite',
    vi: 'Sắp đến hạn chót',
    'zh-Hans': '截止日期快到了',
    ar: 'يقترب موعد نهائي',
  },
  meetingReminder: {
    en: 'A meeting is coming up',
    es: 'Se acerca una reunión',
    vi: 'Sắp có cuộc họp',
    'zh-Hans': '会议快到了',
    ar: 'يقترب موعد اجتماع',
  },
  iepMeeting: { en: 'IEP meeting', es: 'Reunión del IEP', vi: 'Họp IEP', 'zh-Hans': 'IEP 会议', ar: 'اجتماع IEP' },
  plan504Meeting: {
    en: '504 meeting',
    es: 'Reunión del plan 504',
    vi: 'Họp kế hoạch 504',
    'zh-Hans': '504计划会议',
    ar: 'اجتماع خطة 504',
  },
  meetingLaw: { en: 'Law', es: 'Ley', vi: 'Luật', 'zh-Hans': '法律依据', ar: 'القانون' },
} as const satisfies Record<string, FeedText>;

/** What follows a label: a full-width colon in Chinese. */
const COLON: FeedText = { en: ': ', es: ': ', vi: ': ', 'zh-Hans': '：', ar: ': ' };

/** The law a meeting follows: who takes part in an IEP meeting, and the 504 group's decisions. */
const MEETING_CITATION = { iep: '34 CFR 300.321-300.324', '504': '34 CFR 104.35(c)' } as const;

/** Words in the feed's language; text from elsewhere in Binder (the law's) in English where it has none yet. */
function say(text: LocalizedText | FeedText, language: FeedWordsLanguage): string {
  return text[language] ?? text.en;
}

/** "Label: value" in the feed's language. */
function labelled(label: FeedText, value: string, language: FeedWordsLanguage): string {
  return `${label[language]}${COLON[language]}${value}`;
}

function capital(text: string, language: FeedWordsLanguage): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** Reminders only for what is still to come and still owed. */
function remindersFor(date: string, today: string, owed: boolean): readonly number[] {
  return owed && date >= today ? REMINDER_DAYS_BEFORE : [];
}

/**
 * The stable key of each deadline, in the order given: its rule and which occurrence of that rule it is, counted
 * in the order of the events that started them. A corrected event date moves the deadline but keeps its key; a
 * recompute that changes nothing gives the same keys. Not the stored row's id, which a recompute replaces.
 */
export function deadlineKeys(deadlines: readonly Deadline[]): string[] {
  const order = deadlines
    .map((deadline, index) => ({ deadline, index }))
    .sort(
      (a, b) =>
        a.deadline.rule.localeCompare(b.deadline.rule) ||
        a.deadline.trigger.date.localeCompare(b.deadline.trigger.date) ||
        a.deadline.kind.localeCompare(b.deadline.kind) ||
        a.index - b.index,
    );
  const keys: string[] = new Array<string>(deadlines.length);
  const seen = new Map<string, number>();
  for (const { deadline, index } of order) {
    const n = (seen.get(deadline.rule) ?? 0) + 1;
    seen.set(deadline.rule, n);
    keys[index] = `${deadline.kind}.${deadline.rule}.${String(n)}`;
  }
  return keys;
}

/** The UID of a deadline's entry: the child and the deadline's stable key, never a row id. */
export function deadlineUid(studentId: string, key: string): string {
  return `deadline.${key}.${studentId}@binder`;
}

/** The UID of a meeting's entry: a meeting is a record of its own, so its id is stable. */
export function meetingUid(meetingId: string): string {
  return `meeting.${meetingId}@binder`;
}

/** One dated deadline as a calendar entry: what is owed, by when, its status, the law, and a link back. */
export function deadlineEntry(options: {
  readonly child: FeedChild;
  readonly deadline: Deadline & { readonly due: string };
  readonly key: string;
  readonly language: FeedWordsLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry {
  const { child, deadline, key, language, origin, today } = options;
  const what = capital(say(kindName(deadline.kind), language), language);
  const status = say((deadline.isWindow ? WINDOW_STATUS_WORDS : STATUS_WORDS)[deadline.status], language);
  const url = `${origin}/students/${encodeURIComponent(child.studentId)}/timeline`;
  const lines = [
    `${child.givenName}${COLON[language]}${what}`,
    labelled(deadline.isWindow ? WORDS.closes : WORDS.due, `${deadline.due} (${status})`, language),
    say(deadline.explanation, language),
    ...(deadline.measuredTo === undefined
      ? []
      : [labelled(WORDS.measuredTo, say(deadline.measuredTo, language), language)]),
    labelled(WORDS.law, deadline.citation, language),
    labelled(WORDS.sure, say(ruleStatusLabel(deadline.ruleStatus), language), language),
    labelled(WORDS.open, url, language),
  ];
  const done = deadline.status === 'met' || deadline.status === 'late';
  return {
    uid: deadlineUid(child.studentId, key),
    date: deadline.due,
    summary: `${what} (${child.givenName})${done ? ` – ${status}` : ''}`,
    description: lines.join('\n'),
    url,
    remindDaysBefore: remindersFor(deadline.due, today, deadline.status === 'open'),
    reminder: labelled(WORDS.deadlineReminder, `${what} (${child.givenName}), ${deadline.due}`, language),
  };
}

/** Every dated deadline of a child as entries, each once, in the order given. */
export function deadlineEntries(options: {
  readonly child: FeedChild;
  readonly deadlines: readonly Deadline[];
  readonly language: FeedWordsLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry[] {
  const keys = deadlineKeys(options.deadlines);
  return options.deadlines.flatMap((deadline, index) =>
    deadline.due === null
      ? []
      : [deadlineEntry({ ...options, deadline: { ...deadline, due: deadline.due }, key: keys[index] ?? '' })],
  );
}

/** A meeting as an all-day entry (meetings are recorded by date only). */
export function meetingEntry(options: {
  readonly child: FeedChild;
  readonly meeting: Pick<Meeting, 'id' | 'date' | 'framework' | 'purpose'>;
  readonly language: FeedWordsLanguage;
  readonly origin: string;
  readonly today: string;
}): FeedEntry {
  const { child, meeting, language, origin, today } = options;
  const kind = say(meeting.framework === 'iep' ? WORDS.iepMeeting : WORDS.plan504Meeting, language);
  const what = `${kind}, ${say(PURPOSE_WORDS[meeting.purpose], language)}`;
  const url = `${origin}/students/${encodeURIComponent(child.studentId)}/meetings`;
  return {
    uid: meetingUid(meeting.id),
    date: meeting.date,
    summary: `${what} (${child.givenName})`,
    description: [
      `${child.givenName}${COLON[language]}${what}`,
      labelled(WORDS.meetingLaw, MEETING_CITATION[meeting.framework], language),
      labelled(WORDS.open, url, language),
    ].join('\n'),
    url,
    remindDaysBefore: remindersFor(meeting.date, today, true),
    reminder: labelled(WORDS.meetingReminder, `${what} (${child.givenName}), ${meeting.date}`, language),
  };
}

const FEED_NAME: Readonly<
  Record<FeedWordsLanguage, { readonly all: string; readonly of: (givenName: string) => string }>
> = {
  en: { all: 'Binder: deadlines', of: (name) => `Binder: ${name}’s dates` },
  es: { all: 'Binder: fechas límite', of: (name) => `Binder: fechas de ${name}` },
  vi: { all: 'Binder: các hạn chót', of: (name) => `Binder: các mốc thời gian của ${name}` },
  'zh-Hans': { all: 'Binder：截止日期', of: (name) => `Binder：${name}的日期` },
  ar: { all: 'Binder: المواعيد النهائية', of: (name) => `Binder: مواعيد ${name}` },
};

/** The calendar's name as the calendar app lists it. */
export function feedName(children: readonly FeedChild[] | null, language: FeedWordsLanguage): string {
  if (children === null || children.length !== 1) return FEED_NAME[language].all;
  const [child] = children;
  return FEED_NAME[language].of(child?.givenName ?? '');
}
