import type { DeadlineRule } from '../law/deadline-rule';
import { textIn, type LocalizedText, type TextLanguage } from '../law/rule-status';
import type { DueResult } from './compute-due';
import { arabicCount, countWords } from './count-words';
import { formatDateIn } from './format-date';
import { textOnRead, textOnReadFrom } from './text-on-read';

type Words = Readonly<Record<TextLanguage, string>>;

/**
 * "After …" phrases per trigger, in every language; `{date}` marks where the trigger date goes (the
 * Spanish one carries its own "de"/"de que"; the Chinese one has the date inside the clause).
 */
const TRIGGER_PHRASES: Readonly<Record<string, Words>> = {
  'evaluation-consent-received': {
    en: 'the school received your consent on {date}',
    es: 'de que la escuela recibió su consentimiento el {date}',
    vi: 'khi nhà trường nhận được sự đồng ý của quý vị vào ngày {date}',
    'zh-Hans': '学校于{date}收到您的同意',
    ar: 'استلام المدرسة موافقتك في {date}',
  },
  'referral-received': {
    en: 'the school received the referral on {date}',
    es: 'de que la escuela recibió la remisión el {date}',
    vi: 'khi nhà trường nhận được giấy giới thiệu đánh giá vào ngày {date}',
    'zh-Hans': '学校于{date}收到转介',
    ar: 'استلام المدرسة طلب الإحالة في {date}',
  },
  'evaluation-requested': {
    en: 'the written request for an evaluation on {date}',
    es: 'de la solicitud escrita de evaluación del {date}',
    vi: 'yêu cầu đánh giá bằng văn bản vào ngày {date}',
    'zh-Hans': '{date}提出书面评估申请',
    ar: 'طلب التقييم الكتابي المقدَّم في {date}',
  },
  'oral-evaluation-request': {
    en: 'your oral request for an evaluation on {date}',
    es: 'de su solicitud oral de evaluación del {date}',
    vi: 'yêu cầu đánh giá bằng lời nói của quý vị vào ngày {date}',
    'zh-Hans': '您于{date}口头提出评估申请',
    ar: 'طلبك الشفهي لإجراء التقييم في {date}',
  },
  'eligibility-determined': {
    en: 'your child was found eligible on {date}',
    es: 'de que su hijo(a) fue declarado(a) elegible el {date}',
    vi: 'khi con quý vị được xác định là hội đủ điều kiện vào ngày {date}',
    'zh-Hans': '您的孩子于{date}被认定符合资格',
    ar: 'تقرير أهلية طفلك في {date}',
  },
  'evaluation-completed': {
    en: 'the evaluation was completed on {date}',
    es: 'de que se completó la evaluación el {date}',
    vi: 'khi việc đánh giá hoàn tất vào ngày {date}',
    'zh-Hans': '评估于{date}完成',
    ar: 'إكمال التقييم في {date}',
  },
  'reevaluation-waived': {
    en: 'the reevaluation was waived on {date}',
    es: 'de que se renunció a la reevaluación el {date}',
    vi: 'khi việc tái đánh giá được miễn vào ngày {date}',
    'zh-Hans': '于{date}免除重新评估',
    ar: 'التنازل عن إعادة التقييم في {date}',
  },
  'iep-meeting-held': {
    en: 'the IEP meeting on {date}',
    es: 'de la reunión del IEP del {date}',
    vi: 'cuộc họp IEP vào ngày {date}',
    'zh-Hans': '{date}的IEP会议',
    ar: 'اجتماع IEP في {date}',
  },
  'records-requested': {
    en: 'your request to see the records on {date}',
    es: 'de su solicitud para ver los expedientes del {date}',
    vi: 'yêu cầu xem hồ sơ của quý vị vào ngày {date}',
    'zh-Hans': '您于{date}要求查阅记录',
    ar: 'طلبك الاطلاع على السجلات في {date}',
  },
  'safeguards-notice-given': {
    en: 'the procedural safeguards notice given on {date}',
    es: 'del aviso de garantías procesales entregado el {date}',
    vi: 'thông báo về các biện pháp bảo vệ theo thủ tục được trao vào ngày {date}',
    'zh-Hans': '{date}提供的程序保障通知',
    ar: 'إشعار الضمانات الإجرائية المقدَّم في {date}',
  },
  'discrimination-occurred': {
    en: 'the discrimination on {date}',
    es: 'de la discriminación del {date}',
    vi: 'hành vi phân biệt đối xử vào ngày {date}',
    'zh-Hans': '{date}发生的歧视',
    ar: 'التمييز الذي وقع في {date}',
  },
  'violation-occurred': {
    en: 'the violation on {date}',
    es: 'de la infracción del {date}',
    vi: 'hành vi vi phạm vào ngày {date}',
    'zh-Hans': '{date}发生的违规',
    ar: 'المخالفة التي وقعت في {date}',
  },
  'violation-known': {
    en: 'you knew or should have known of the violation on {date}',
    es: 'de que usted supo o debió saber de la infracción el {date}',
    vi: 'khi quý vị biết hoặc lẽ ra phải biết về hành vi vi phạm vào ngày {date}',
    'zh-Hans': '您于{date}知道或应当知道违规',
    ar: 'علمك أو وجوب علمك بالمخالفة في {date}',
  },
  'state-complaint-filed': {
    en: 'the state complaint was filed on {date}',
    es: 'de que se presentó la queja estatal el {date}',
    vi: 'khi khiếu nại cấp tiểu bang được nộp vào ngày {date}',
    'zh-Hans': '州投诉于{date}提交',
    ar: 'تقديم الشكوى إلى الولاية في {date}',
  },
  'due-process-filed': {
    en: 'the due process complaint was filed on {date}',
    es: 'de que se presentó la queja de debido proceso el {date}',
    vi: 'khi đơn yêu cầu phiên điều trần theo thủ tục tố tụng được nộp vào ngày {date}',
    'zh-Hans': '正当程序投诉于{date}提交',
    ar: 'تقديم شكوى الإجراءات القانونية الواجبة في {date}',
  },
  'placement-change-decided': {
    en: 'the decision to change placement on {date}',
    es: 'de la decisión de cambiar la ubicación del {date}',
    vi: 'quyết định thay đổi nơi xếp học vào ngày {date}',
    'zh-Hans': '{date}作出的更改安置决定',
    ar: 'قرار تغيير المكان التعليمي في {date}',
  },
  'hearing-decided': {
    en: 'the hearing decision on {date}',
    es: 'de la decisión de la audiencia del {date}',
    vi: 'quyết định của phiên điều trần vào ngày {date}',
    'zh-Hans': '{date}的听证裁决',
    ar: 'قرار جلسة الاستماع في {date}',
  },
  'prior-written-notice-given': {
    en: 'the school’s prior written notice of {date}',
    es: 'del aviso previo por escrito de la escuela del {date}',
    vi: 'thông báo trước bằng văn bản của nhà trường vào ngày {date}',
    'zh-Hans': '学校{date}的事先书面通知',
    ar: 'الإشعار الكتابي المسبق من المدرسة بتاريخ {date}',
  },
  'evaluation-consent-requested': {
    en: 'the school proposed the evaluation on {date}',
    es: 'de que la escuela propuso la evaluación el {date}',
    vi: 'khi nhà trường đề xuất việc đánh giá vào ngày {date}',
    'zh-Hans': '学校于{date}提议进行评估',
    ar: 'اقتراح المدرسة إجراء التقييم في {date}',
  },
  'evaluation-refused': {
    en: 'the school refused to evaluate on {date}',
    es: 'de que la escuela se negó a evaluar el {date}',
    vi: 'khi nhà trường từ chối đánh giá vào ngày {date}',
    'zh-Hans': '学校于{date}拒绝评估',
    ar: 'رفض المدرسة إجراء التقييم في {date}',
  },
};

/** A trigger type with no phrase of its own. */
function unknownTriggerPhrase(key: string): Words {
  return {
    en: `the ${key} event on {date}`,
    es: `del evento ${key} del {date}`,
    vi: `sự kiện ${key} vào ngày {date}`,
    'zh-Hans': `{date}的${key}事件`,
    ar: `حدث ${key} في {date}`,
  };
}

/**
 * How each language builds the sentences. A new language is one more entry: its words, never a new branch.
 * `{date}` in a returned text marks where the trigger date goes.
 */
interface Grammar {
  /** The age a rule names: `16`, `14½`, `16 años`, `16 tuổi`, `16岁`, `16 عامًا`. */
  readonly age: (whole: number, isHalf: boolean) => string;
  /** "60 calendar days after <trigger phrase>". */
  readonly counted: (count: string, phrase: string) => string;
  /** The citation at the end of a sentence. */
  readonly cite: (citation: string) => string;
  readonly majorityNotice: (age: string) => string;
  readonly turnsAge: (age: string) => string;
  readonly dayBeforeMeeting: (meeting: string, rest: string) => string;
  readonly gradeStart: (grade: string, date: string, isProjected: boolean, age: string) => string;
  readonly beforeMeeting: (count: string, meeting: string, problem: string) => string;
  readonly schoolYear: (start: string, due: string) => string;
  readonly pause: (label: string, until: string) => string;
  readonly orWithin: (label: string, isDeciding: boolean) => string;
  readonly calendarNeeded: string;
  readonly calendarIncomplete: string;
  readonly yearEnd: (label: string) => string;
  readonly notCounting: (label: string, skipped: number) => string;
}

const GRAMMAR: Readonly<Record<TextLanguage, Grammar>> = {
  en: {
    age: (whole, isHalf) => (isHalf ? `${String(whole)}½` : String(whole)),
    counted: (count, phrase) => `${count} after ${phrase}`,
    cite: (citation) => ` — ${citation}.`,
    majorityNotice: (age) => `One year before your child turns ${age}, the age of majority (born {date})`,
    turnsAge: (age) => `The day your child turns ${age} (born {date})`,
    dayBeforeMeeting: (meeting, rest) => `The day before the meeting on ${meeting}, which comes sooner than ${rest}`,
    gradeStart: (grade, date, isProjected, age) =>
      `The day your child starts ${grade} (${date}${isProjected ? ', projected from the grade dates on file' : ''}), which comes before turning ${age}`,
    beforeMeeting: (count, meeting, problem) => `${count} before the meeting on ${meeting}${problem}`,
    schoolYear: (start, due) => `The last day of the school year that began on ${start} (${due})`,
    pause: (label, until) => `, ${label} (until ${until})`,
    orWithin: (label, isDeciding) =>
      isDeciding ? `, or ${label}, whichever ends first: here the ${label}` : `, or ${label}, whichever ends first`,
    calendarNeeded: ', but the case file has no school calendar, so the date cannot be counted yet',
    calendarIncomplete:
      ', but the school calendar ends before the count does; add the next school year to see the date',
    yearEnd: (label) => `, but ${label}`,
    notCounting: (label, skipped) => `, not counting ${label} (${String(skipped)} days skipped)`,
  },
  es: {
    age: (whole, isHalf) => (isHalf ? `${String(whole)} años y medio` : `${String(whole)} años`),
    counted: (count, phrase) => `${count} después ${phrase}`,
    cite: (citation) => ` — ${citation}.`,
    majorityNotice: (age) => `Un año antes de que su hijo(a) cumpla ${age}, la mayoría de edad (nació el {date})`,
    turnsAge: (age) => `El día en que su hijo(a) cumple ${age} (nació el {date})`,
    dayBeforeMeeting: (meeting, rest) => `El día antes de la reunión del ${meeting}, que llega antes que ${rest}`,
    gradeStart: (grade, date, isProjected, age) =>
      `El día en que su hijo(a) empieza ${grade} (${date}${isProjected ? ', calculado a partir de las fechas de grado registradas' : ''}), que llega antes de que cumpla ${age}`,
    beforeMeeting: (count, meeting, problem) => `${count} antes de la reunión del ${meeting}${problem}`,
    schoolYear: (start, due) => `El último día del año escolar que empezó el ${start} (${due})`,
    pause: (label, until) => `, ${label} (hasta el ${until})`,
    orWithin: (label, isDeciding) =>
      isDeciding ? `, o ${label}, lo que termine antes: aquí los ${label}` : `, o ${label}, lo que termine antes`,
    calendarNeeded: ', pero el expediente no tiene calendario escolar, así que aún no se puede calcular la fecha',
    calendarIncomplete:
      ', pero el calendario escolar termina antes que la cuenta; añada el siguiente año escolar para ver la fecha',
    yearEnd: (label) => `, pero ${label}`,
    notCounting: (label, skipped) => `, sin contar ${label} (${String(skipped)} días omitidos)`,
  },
  vi: {
    age: (whole, isHalf) => (isHalf ? `${String(whole)} tuổi rưỡi` : `${String(whole)} tuổi`),
    counted: (count, phrase) => `${count} sau ${phrase}`,
    cite: (citation) => ` — ${citation}.`,
    majorityNotice: (age) =>
      `Một năm trước khi con quý vị tròn ${age}, tức tuổi trưởng thành theo luật (con sinh ngày {date})`,
    turnsAge: (age) => `Ngày con quý vị tròn ${age} (con sinh ngày {date})`,
    dayBeforeMeeting: (meeting, rest) => `Một ngày trước cuộc họp vào ngày ${meeting}, sớm hơn mốc ${rest}`,
    gradeStart: (grade, date, isProjected, age) =>
      `Ngày con quý vị bắt đầu học ${grade} (ngày ${date}${isProjected ? ', ước tính từ các ngày bắt đầu năm lớp trong hồ sơ' : ''}), sớm hơn ngày con tròn ${age}`,
    beforeMeeting: (count, meeting, problem) => `${count} trước cuộc họp vào ngày ${meeting}${problem}`,
    schoolYear: (start, due) => `Ngày cuối cùng của năm học bắt đầu vào ngày ${start} (ngày ${due})`,
    pause: (label, until) => `, ${label} (đến ngày ${until})`,
    orWithin: (label, isDeciding) =>
      isDeciding
        ? `, hoặc ${label}, tùy mốc nào kết thúc trước: ở đây là mốc ${label}`
        : `, hoặc ${label}, tùy mốc nào kết thúc trước`,
    calendarNeeded: ', nhưng hồ sơ chưa có lịch năm học của trường nên chưa thể tính ngày',
    calendarIncomplete: ', nhưng lịch năm học kết thúc trước khi đếm xong; hãy thêm năm học tiếp theo để xem ngày',
    yearEnd: (label) => `, nhưng ${label}`,
    notCounting: (label, skipped) => `, không tính ${label} (đã bỏ qua ${String(skipped)} ngày)`,
  },
  'zh-Hans': {
    age: (whole, isHalf) => (isHalf ? `${String(whole)}岁半` : `${String(whole)}岁`),
    counted: (count, phrase) => `${phrase}后${count}`,
    cite: (citation) => `——${citation}。`,
    majorityNotice: (age) => `您的孩子年满${age}（法定成年年龄）前一年（出生日期：{date}）`,
    turnsAge: (age) => `您的孩子年满${age}的那一天（出生日期：{date}）`,
    dayBeforeMeeting: (meeting, rest) => `${meeting}会议的前一天，早于${rest}`,
    gradeStart: (grade, date, isProjected, age) =>
      `您的孩子升入${grade}的那一天（${date}${isProjected ? '，根据档案中的年级日期推算' : ''}），早于年满${age}`,
    beforeMeeting: (count, meeting, problem) => `${meeting}会议前${count}${problem}`,
    schoolYear: (start, due) => `${start}开始的学年的最后一天（${due}）`,
    pause: (label, until) => `，${label}（至${until}）`,
    orWithin: (label, isDeciding) =>
      isDeciding ? `，或${label}，以先到者为准：此处为${label}` : `，或${label}，以先到者为准`,
    calendarNeeded: '，但档案中没有校历，因此还无法计算日期',
    calendarIncomplete: '，但校历在计数结束前就已结束；请添加下一学年以查看日期',
    yearEnd: (label) => `，但${label}`,
    notCounting: (label, skipped) => `，不计${label}（跳过${String(skipped)}天）`,
  },
  ar: {
    age: (whole, isHalf) => `${arabicCount(whole, 'age-years')}${isHalf ? ' ونصف' : ''}`,
    counted: (count, phrase) => `${count} بعد ${phrase}`,
    cite: (citation) => ` — ${citation}.`,
    majorityNotice: (age) => `قبل سنة واحدة من بلوغ طفلك ${age}، وهو سن الرشد القانوني (تاريخ الميلاد {date})`,
    turnsAge: (age) => `يوم بلوغ طفلك ${age} (تاريخ الميلاد {date})`,
    dayBeforeMeeting: (meeting, rest) => `اليوم السابق للاجتماع المقرر في ${meeting}، وهو أسبق من ${rest}`,
    gradeStart: (grade, date, isProjected, age) =>
      `يوم بدء طفلك ${grade} (${date}${isProjected ? '، وهو تاريخ تقديري محسوب من تواريخ الصفوف المسجلة في الملف' : ''})، وهو يسبق بلوغه ${age}`,
    beforeMeeting: (count, meeting, problem) => `${count} قبل الاجتماع المقرر في ${meeting}${problem}`,
    schoolYear: (start, due) => `آخر يوم في العام الدراسي الذي بدأ في ${start} (${due})`,
    pause: (label, until) => `، ${label} (حتى ${until})`,
    orWithin: (label, isDeciding) =>
      isDeciding ? `، أو ${label}، أيهما ينتهي أولًا: وهنا تنطبق مهلة ${label}` : `، أو ${label}، أيهما ينتهي أولًا`,
    calendarNeeded: '، لكن الملف لا يتضمن التقويم المدرسي، لذا لا يمكن حساب التاريخ بعد',
    calendarIncomplete: '، لكن التقويم المدرسي ينتهي قبل اكتمال العدّ؛ أضف العام الدراسي التالي لرؤية التاريخ',
    yearEnd: (label) => `، لكن ${label}`,
    notCounting: (label, skipped) => `، دون احتساب ${label} (تم تخطي ${arabicCount(skipped, 'days')})`,
  },
};

/** The text before and after the trigger date in one language, fixed for a rule and a trigger type. */
interface SentenceParts {
  readonly before: string;
  /** What follows the date before any qualifier (the rest of a Chinese clause and the count). */
  readonly afterDate: string;
  /** The end: the citation. */
  readonly end: string;
  /** `afterDate` and `end` together: the rest of a sentence without a qualifier. */
  readonly tail: string;
}

type AllParts = Readonly<Record<TextLanguage, SentenceParts>>;

const partsCache = new WeakMap<DeadlineRule, Map<string, AllParts>>();

function ageText(age: number, language: TextLanguage): string {
  const whole = Math.floor(age);
  return GRAMMAR[language].age(whole, age - whole >= 0.5);
}

/** Splits a text at its `{date}` mark. */
function splitAtDate(text: string): readonly [string, string] {
  const at = text.indexOf('{date}');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + '{date}'.length)];
}

function buildParts(rule: DeadlineRule, phraseKey: string, language: TextLanguage): SentenceParts {
  const grammar = GRAMMAR[language];
  const end = grammar.cite(rule.citation);
  if (rule.basis === 'age') {
    const age = ageText(rule.count, language);
    const sentence = rule.yearsBeforeAge !== undefined ? grammar.majorityNotice(age) : grammar.turnsAge(age);
    const [before, afterDate] = splitAtDate(sentence);
    return { before, afterDate, end, tail: afterDate + end };
  }
  const phrase = (TRIGGER_PHRASES[phraseKey] ?? unknownTriggerPhrase(phraseKey))[language];
  const [before, afterDate] = splitAtDate(grammar.counted(countWords(rule.count, rule.basis, language), phrase));
  return { before, afterDate, end, tail: afterDate + end };
}

function partsFor(rule: DeadlineRule, phraseKey: string): AllParts {
  let byKey = partsCache.get(rule);
  if (byKey === undefined) {
    byKey = new Map();
    partsCache.set(rule, byKey);
  }
  let parts = byKey.get(phraseKey);
  if (parts === undefined) {
    parts = {
      en: buildParts(rule, phraseKey, 'en'),
      es: buildParts(rule, phraseKey, 'es'),
      vi: buildParts(rule, phraseKey, 'vi'),
      'zh-Hans': buildParts(rule, phraseKey, 'zh-Hans'),
      ar: buildParts(rule, phraseKey, 'ar'),
    };
    byKey.set(phraseKey, parts);
  }
  return parts;
}

/**
 * A rule's sentence parts, remembered on its compiled form (one per rule object, docs/decisions/0061). Why: the
 * WeakMap and Map lookups of {@link partsFor} for every deadline were about 2.5 % of the engine's time, and almost
 * every rule's deadlines share one trigger type, so the last key answers nearly every time.
 */
export class RuleSentenceParts {
  private lastKey: string | undefined = undefined;
  private lastParts: AllParts | undefined = undefined;

  constructor(private readonly rule: DeadlineRule) {}

  of(phraseKey: string): AllParts {
    if (phraseKey === this.lastKey) return this.lastParts as AllParts;
    const parts = partsFor(this.rule, phraseKey);
    this.lastKey = phraseKey;
    this.lastParts = parts;
    return parts;
  }
}

/** The middle clause for the cases where the plain count is not the whole story ('' when there is none). */
function qualifier(
  rule: DeadlineRule,
  result: DueResult,
  pausedUntil: number | undefined,
  language: TextLanguage,
): string {
  const grammar = GRAMMAR[language];
  let text = '';
  if (pausedUntil !== undefined && rule.pause !== undefined) {
    text = grammar.pause(textIn(rule.pause.label, language), formatDateIn(pausedUntil, language));
  }
  if (rule.orWithin !== undefined) {
    text += grammar.orWithin(textIn(rule.orWithin.label, language), result.isOrWithin === true);
  }
  if (result.problem === 'calendar-needed') {
    text += grammar.calendarNeeded;
  } else if (result.problem === 'calendar-incomplete') {
    text += grammar.calendarIncomplete;
  } else if (result.isYearEnd === true && rule.yearEnd !== undefined) {
    text += grammar.yearEnd(textIn(result.yearEndLabel ?? rule.yearEnd.label, language));
  } else if (rule.breakExclusion !== undefined) {
    text += grammar.notCounting(textIn(rule.breakExclusion.label, language), result.skipped ?? 0);
  }
  return text;
}

/** True when the plain count is not the whole story (see {@link qualifier}). */
function hasQualifier(rule: DeadlineRule, result: DueResult, pausedUntil: number | undefined): boolean {
  return (
    (pausedUntil !== undefined && rule.pause !== undefined) ||
    rule.orWithin !== undefined ||
    result.problem === 'calendar-needed' ||
    result.problem === 'calendar-incomplete' ||
    (result.isYearEnd === true && rule.yearEnd !== undefined) ||
    rule.breakExclusion !== undefined
  );
}

/** "The day your child starts grade 8 (…), which comes before turning 14 — citation." */
function gradeStartSentence(
  rule: DeadlineRule,
  grade: LocalizedText,
  day: number,
  isProjected: boolean,
): LocalizedText {
  return textOnReadFrom((language) => {
    const grammar = GRAMMAR[language];
    const sentence = grammar.gradeStart(
      textIn(grade, language),
      formatDateIn(day, language),
      isProjected,
      ageText(rule.count, language),
    );
    return sentence + grammar.cite(rule.citation);
  });
}

/** "5 school days before the meeting on …", with why there is no date when the calendar is missing. */
function beforeMeetingSentence(rule: DeadlineRule, result: DueResult, meetingDay: number): LocalizedText {
  const hasProblem = result.problem !== undefined;
  const basis = rule.basis === 'age' ? 'years' : rule.basis;
  return textOnReadFrom((language) => {
    const grammar = GRAMMAR[language];
    const problem = hasProblem ? qualifier(rule, result, undefined, language) : '';
    const count = countWords(rule.count, basis, language);
    return grammar.beforeMeeting(count, formatDateIn(meetingDay, language), problem) + grammar.cite(rule.citation);
  });
}

/** The sentence with no qualifier in one language: the rule's parts around the trigger date. */
function plainSentence(parts: AllParts, triggerDay: number, language: TextLanguage): string {
  const { before, tail } = parts[language];
  return before + formatDateIn(triggerDay, language) + tail;
}

/**
 * One plain sentence, in every language, saying why a deadline falls on its day, ending with
 * the citation — e.g. "60 calendar days after the school received your consent on 10 September
 * 2025 — 34 CFR 300.301(c)(1)." `pausedUntil` is the day a Connecticut-style wait for consent ended.
 */
export function explainDeadline(
  rule: DeadlineRule,
  triggerType: string,
  triggerDay: number,
  isOralRequest: boolean,
  result: DueResult,
  pausedUntil: number | undefined,
): LocalizedText {
  const parts = partsFor(rule, isOralRequest ? 'oral-evaluation-request' : triggerType);
  return explainWithParts(rule, parts, triggerDay, result, pausedUntil);
}

/** {@link explainDeadline} with the rule's parts for the trigger already looked up ({@link RuleSentenceParts}). */
export function explainWithParts(
  rule: DeadlineRule,
  parts: AllParts,
  triggerDay: number,
  result: DueResult,
  pausedUntil: number | undefined,
): LocalizedText {
  if (result.meetingDay !== undefined) {
    const meetingDay = result.meetingDay;
    return textOnReadFrom((language) =>
      GRAMMAR[language].dayBeforeMeeting(
        formatDateIn(meetingDay, language),
        parts[language].before + formatDateIn(triggerDay, language) + parts[language].tail,
      ),
    );
  }
  if (result.gradeStart !== undefined && result.due !== null && rule.orOnEnteringGrade !== undefined) {
    return gradeStartSentence(rule, rule.orOnEnteringGrade.label, result.due, result.gradeStart.isProjected);
  }
  if (result.beforeMeetingDay !== undefined) return beforeMeetingSentence(rule, result, result.beforeMeetingDay);
  if (result.schoolYearStart !== undefined && result.due !== null) {
    const start = result.schoolYearStart;
    const due = result.due;
    return textOnReadFrom(
      (language) =>
        GRAMMAR[language].schoolYear(formatDateIn(start, language), formatDateIn(due, language)) +
        GRAMMAR[language].cite(rule.citation),
    );
  }
  // The common case, on the engine's hot path: no closure per deadline, one shared writer.
  if (rule.basis === 'age' || !hasQualifier(rule, result, pausedUntil))
    return textOnRead(plainSentence, parts, triggerDay);
  return textOnReadFrom((language) => {
    const { before, afterDate, end } = parts[language];
    const middle = qualifier(rule, result, pausedUntil, language);
    return before + formatDateIn(triggerDay, language) + afterDate + middle + end;
  });
}
