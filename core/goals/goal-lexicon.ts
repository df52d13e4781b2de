import type { FullText } from '../progress/format-words';
import type { VagueKind } from '../schemas/goal-check';

/**
 * A message of the checker, in every reading language. The goal text it analyses is English or Spanish (the
 * writing languages, docs/decisions/0045); a parent reads what it found in any language.
 */
export type BilingualText = FullText;

/** A vague word or phrase to flag (docs/progress-methods.md 3.2); `pattern` uses the dialect of `compilePattern`. */
export interface VagueEntry {
  readonly pattern: string;
  readonly kind: VagueKind;
}

/** Verbs that tell whether a goal names something a person can see or count (docs/progress-methods.md 3.1, 3.2). */
export interface BehaviorLexicon {
  /** Verbs a stranger can observe and count: read, write, point to… (English base forms, Spanish infinitives). */
  readonly observable: readonly string[];
  /** Verbs naming states of mind or vague change: understand, know, improve… */
  readonly notObservable: readonly string[];
  /** Increase/decrease: observable only with a target number ("from 40 to 90", "to 3 per day"). */
  readonly change: readonly string[];
  /** Verbs that pass the dead-man test badly: remain, refrain… */
  readonly deadMan: readonly string[];
  /** Words skipped between the future marker and the verb: adverbs, "be able to". */
  readonly skip: readonly string[];
}

/** Everything the goal checker knows about one language. */
export interface GoalLexicon {
  readonly timeframe: readonly string[];
  readonly condition: readonly string[];
  readonly criterion: readonly string[];
  readonly measurement: readonly string[];
  readonly baseline: readonly string[];
  readonly behavior: BehaviorLexicon;
  readonly vague: readonly VagueEntry[];
  /** Words counted to guess the language of a text. */
  readonly markers: readonly string[];
}

/** Why each kind of vague wording is a problem, in words for a parent (the stranger and dead-man tests, 2.3). */
export const VAGUE_REASONS: Readonly<Record<VagueKind, BilingualText>> = {
  'not-observable': {
    en: 'names something inside the student’s head that nobody can see or count; say what the student will do that shows it (read aloud, write, point to, answer).',
    es: 'nombra algo que ocurre dentro de la cabeza del estudiante y que nadie puede ver ni contar; diga qué hará el estudiante que lo demuestre (leer en voz alta, escribir, señalar, contestar).',
    vi: 'nói về một điều bên trong đầu học sinh mà không ai thấy hoặc đếm được; hãy nói học sinh sẽ làm gì để thể hiện điều đó (đọc to, viết, chỉ vào, trả lời).',
    'zh-Hans': '说的是学生脑子里、没人能看到或数出来的东西；请写明学生会做什么来表现它（朗读、写、指出、回答）。',
    ar: 'يذكر شيئًا داخل ذهن الطالب لا يستطيع أحد رؤيته أو عدّه؛ اذكر ما سيفعله الطالب ليُظهر ذلك (يقرأ بصوت عالٍ، يكتب، يشير إلى، يجيب).',
  },
  'vague-change': {
    en: 'gives a direction but no behavior or amount, so two people could disagree about whether it happened; say what the student will do and how much.',
    es: 'indica una dirección pero no una conducta ni una cantidad, así que dos personas podrían no estar de acuerdo en si ocurrió; diga qué hará el estudiante y cuánto.',
    vi: 'chỉ nêu một hướng thay đổi mà không có hành vi hay số lượng, nên hai người có thể bất đồng về việc nó đã xảy ra hay chưa; hãy nói học sinh sẽ làm gì và bao nhiêu.',
    'zh-Hans': '只给出方向，没有行为或数量，两个人可能对是否做到意见不一；请写明学生会做什么、做多少。',
    ar: 'يعطي اتجاهًا دون سلوك أو كمية، فقد يختلف شخصان حول ما إذا كان قد تحقق؛ اذكر ما سيفعله الطالب وبأي قدر.',
  },
  'dead-man': {
    en: 'fails the “dead-man test”: someone who does nothing at all could meet it; name the active behavior to teach instead (for example, ask for a break).',
    es: 'no pasa la “prueba del muerto”: alguien que no hace nada podría cumplirla; nombre la conducta activa que se va a enseñar (por ejemplo, pedir un descanso).',
    vi: 'không vượt qua “phép thử người chết”: một người không làm gì cả cũng có thể đạt được; thay vào đó hãy nêu hành vi chủ động cần dạy (ví dụ, xin nghỉ giải lao).',
    'zh-Hans': '通不过“死人测试”：一个什么都不做的人也能达到；请改为写明要教的主动行为（例如，请求休息）。',
    ar: 'لا يجتاز “اختبار الشخص الميت”: فمن لا يفعل شيئًا على الإطلاق يمكنه تحقيقه؛ اذكر بدلًا منه السلوك الإيجابي المطلوب تعليمه (مثل طلب استراحة).',
  },
  hedge: {
    en: 'is open to interpretation, so a stranger could not tell when it is met; say exactly how much, how often, or under what conditions.',
    es: 'se presta a interpretaciones, así que una persona ajena no sabría cuándo se cumple; diga exactamente cuánto, con qué frecuencia o en qué condiciones.',
    vi: 'có thể hiểu theo nhiều cách, nên một người ngoài không biết khi nào đạt được; hãy nói chính xác bao nhiêu, bao lâu một lần, hoặc trong điều kiện nào.',
    'zh-Hans': '可以有不同理解，外人无法判断何时达到；请准确写明多少、多久一次或在什么条件下。',
    ar: 'قابل لتفسيرات مختلفة، فلا يستطيع شخص غريب معرفة متى تحقق؛ اذكر بالضبط الكمية أو عدد المرات أو الظروف.',
  },
  'unspecified-support': {
    en: 'does not say what kind or how much help is given; name the prompt or support and its level (for example, one verbal prompt).',
    es: 'no dice qué tipo de ayuda ni cuánta se da; nombre la ayuda y su nivel (por ejemplo, una indicación verbal).',
    vi: 'không nói loại hỗ trợ nào hay bao nhiêu hỗ trợ; hãy nêu lời nhắc hoặc sự hỗ trợ và mức độ của nó (ví dụ, một lời nhắc bằng lời).',
    'zh-Hans': '没有说明提供哪种帮助、帮助多少；请写明提示或支持及其程度（例如，一次口头提示）。',
    ar: 'لا يذكر نوع المساعدة المقدَّمة ولا مقدارها؛ اذكر التلقين أو الدعم ومستواه (مثل تلقين لفظي واحد).',
  },
  'undefined-term': {
    en: 'is not defined, so different people will count different things; describe what it looks like.',
    es: 'no está definido, así que distintas personas contarán cosas distintas; describa cómo se ve.',
    vi: 'chưa được định nghĩa, nên mỗi người sẽ đếm những điều khác nhau; hãy mô tả nó trông như thế nào.',
    'zh-Hans': '没有定义，不同的人会数不同的东西；请描述它具体是什么样子。',
    ar: 'غير معرَّف، فسيعدّ أشخاص مختلفون أشياء مختلفة؛ صِف كيف يبدو.',
  },
  'unanchored-criterion': {
    en: 'is a standard without a number; say what score or count shows the goal is met.',
    es: 'es un estándar sin número; diga qué puntuación o cantidad muestra que se cumplió la meta.',
    vi: 'là một tiêu chuẩn không có con số; hãy nói điểm số hoặc số lần nào cho thấy mục tiêu đã đạt.',
    'zh-Hans': '是一个没有数字的标准；请写明什么分数或次数表示目标已达成。',
    ar: 'معيار بلا رقم؛ اذكر النتيجة أو العدد الذي يدل على تحقق الهدف.',
  },
  'informal-measurement': {
    en: 'does not say what data are recorded or on what form; name the probe, data sheet, or count.',
    es: 'no dice qué datos se registran ni en qué formulario; nombre la prueba, la hoja de datos o el conteo.',
    vi: 'không nói dữ liệu nào được ghi lại hoặc ghi trên mẫu nào; hãy nêu bài kiểm tra nhanh, phiếu dữ liệu hoặc cách đếm.',
    'zh-Hans': '没有说明记录什么数据、用什么表格；请写明测验、数据记录表或计数方式。',
    ar: 'لا يذكر البيانات التي تُسجَّل ولا النموذج المستخدم؛ اذكر الاختبار القصير أو ورقة البيانات أو طريقة العدّ.',
  },
  'progress-without-number': {
    en: 'describes progress without a number; “making progress” without data is an opinion.',
    es: 'describe el progreso sin un número; “está progresando” sin datos es una opinión.',
    vi: 'mô tả sự tiến bộ mà không có con số; “đang tiến bộ” mà không có dữ liệu chỉ là ý kiến.',
    'zh-Hans': '描述进展却没有数字；没有数据的“有进步”只是一种看法。',
    ar: 'يصف التقدم دون رقم؛ فعبارة “يحرز تقدمًا” دون بيانات مجرد رأي.',
  },
  'boilerplate-criterion': {
    en: 'is a criterion often copied onto every goal; check that it fits this skill (a warning, not an error).',
    es: 'es un criterio que a menudo se copia en todas las metas; compruebe que corresponde a esta habilidad (es un aviso, no un error).',
    vi: 'là một tiêu chí thường được chép vào mọi mục tiêu; hãy kiểm tra xem nó có phù hợp với kỹ năng này không (đây là cảnh báo, không phải lỗi).',
    'zh-Hans': '是一个常被照抄到每个目标上的标准；请检查它是否适合这项技能（这是提醒，不是错误）。',
    ar: 'معيار يُنسخ غالبًا في كل هدف؛ تحقّق من أنه يناسب هذه المهارة (هذا تنبيه وليس خطأ).',
  },
  'unquantified-level': {
    en: 'describes a level without a number; give a score, a count, or a percentage.',
    es: 'describe un nivel sin un número; dé una puntuación, una cantidad o un porcentaje.',
    vi: 'mô tả một mức độ mà không có con số; hãy đưa ra điểm số, số lần hoặc tỷ lệ phần trăm.',
    'zh-Hans': '描述一个水平却没有数字；请给出分数、次数或百分比。',
    ar: 'يصف مستوى دون رقم؛ اذكر نتيجة أو عددًا أو نسبة مئوية.',
  },
};
