import { listIn } from '../progress/format-words';
import type { VagueFinding } from '../schemas/goal-check';
import type { BilingualText } from './goal-lexicon';

/** The parts of a goal the summary talks about; the first three are required for a measurable goal. */
export const GOAL_PARTS = ['timeframe', 'behavior', 'criterion', 'condition', 'measurement'] as const;
export type GoalPart = (typeof GOAL_PARTS)[number];

/** What each part answers, in words a parent uses. */
const PART_WORDS: Readonly<Record<GoalPart, BilingualText>> = {
  timeframe: { en: 'by when', es: 'para cuándo', vi: 'đến khi nào', 'zh-Hans': '在什么时候之前', ar: 'متى' },
  behavior: {
    en: 'what the student will do that someone can see or count',
    es: 'qué hará el estudiante que se pueda ver o contar',
    vi: 'học sinh sẽ làm gì mà người khác có thể thấy hoặc đếm được',
    'zh-Hans': '学生将做什么别人能看到或数得出的事',
    ar: 'ما الذي سيفعله الطالب مما يمكن رؤيته أو عدّه',
  },
  criterion: {
    en: 'how much or how well (with a number)',
    es: 'cuánto o qué tan bien (con un número)',
    vi: 'bao nhiêu hoặc tốt đến mức nào (bằng một con số)',
    'zh-Hans': '做到多少或多好（用数字表示）',
    ar: 'كم أو إلى أي درجة من الإتقان (برقم)',
  },
  condition: {
    en: 'under what conditions',
    es: 'en qué condiciones',
    vi: 'trong những điều kiện nào',
    'zh-Hans': '在什么条件下',
    ar: 'في أي ظروف',
  },
  measurement: {
    en: 'how progress will be measured',
    es: 'cómo se medirá el progreso',
    vi: 'tiến bộ sẽ được đo như thế nào',
    'zh-Hans': '如何衡量进展',
    ar: 'كيف سيُقاس التقدم',
  },
};

const FOUND_WORDS: Readonly<Record<GoalPart, BilingualText>> = {
  timeframe: { en: 'by when', es: 'para cuándo', vi: 'đến khi nào', 'zh-Hans': '在什么时候之前', ar: 'متى' },
  behavior: {
    en: 'what the student will do',
    es: 'qué hará el estudiante',
    vi: 'học sinh sẽ làm gì',
    'zh-Hans': '学生将做什么',
    ar: 'ما الذي سيفعله الطالب',
  },
  criterion: { en: 'how well', es: 'qué tan bien', vi: 'tốt đến mức nào', 'zh-Hans': '做到多好', ar: 'درجة الإتقان' },
  condition: {
    en: 'under what conditions',
    es: 'en qué condiciones',
    vi: 'trong những điều kiện nào',
    'zh-Hans': '在什么条件下',
    ar: 'في أي ظروف',
  },
  measurement: {
    en: 'how progress will be measured',
    es: 'cómo se medirá el progreso',
    vi: 'tiến bộ sẽ được đo như thế nào',
    'zh-Hans': '如何衡量进展',
    ar: 'كيف سيُقاس التقدم',
  },
};

/** "a, b or c" in the three newer languages (Arabic repeats أو). */
function orList(words: readonly string[], language: 'vi' | 'zh-Hans' | 'ar'): string {
  if (words.length <= 1) return words.join('');
  const rest = words.slice(0, -1);
  const last = words[words.length - 1] ?? '';
  if (language === 'vi') return `${rest.join(', ')} hoặc ${last}`;
  if (language === 'zh-Hans') return `${rest.join('、')}或${last}`;
  return words.join(' أو ');
}

/** How many vague phrases the sentence quotes; the full list is in `vague`. */
const MAX_QUOTED = 3;

/**
 * One sentence for a parent, in every reading language, whatever the goal's language: whether the goal is
 * measurable, which parts it lacks, and the first vague phrases to look at.
 */
export function summarizeGoal(
  found: Readonly<Record<GoalPart, boolean>>,
  vague: readonly VagueFinding[],
  isMeasurable: boolean,
): BilingualText {
  const present = GOAL_PARTS.filter((part) => found[part]);
  const missing = GOAL_PARTS.filter((part) => !found[part]);
  const quoted = [...new Set(vague.map((v) => v.phrase.trim()))].slice(0, MAX_QUOTED);
  const quotedEn = quoted.map((q) => `“${q}”`);
  const quotedEs = quoted.map((q) => `«${q}»`);
  const quotedZh = quoted.map((q) => `“${q}”`);
  if (isMeasurable) {
    const but: BilingualText =
      missing.length === 0
        ? { en: '', es: '', vi: '', 'zh-Hans': '', ar: '' }
        : {
            en: `, but it does not say ${joinWords(
              missing.map((p) => PART_WORDS[p].en),
              'or',
              'en',
            )}`,
            es: `, pero no dice ${joinWords(
              missing.map((p) => PART_WORDS[p].es),
              'o',
              'es',
            )}`,
            vi: `, nhưng chưa nói rõ ${orList(
              missing.map((p) => PART_WORDS[p].vi),
              'vi',
            )}`,
            'zh-Hans': `，但没有说明${orList(
              missing.map((p) => PART_WORDS[p]['zh-Hans']),
              'zh-Hans',
            )}`,
            ar: `، لكنه لا يذكر ${orList(
              missing.map((p) => PART_WORDS[p].ar),
              'ar',
            )}`,
          };
    const check: BilingualText =
      quoted.length === 0
        ? { en: '', es: '', vi: '', 'zh-Hans': '', ar: '' }
        : {
            en: `; check the vague wording: ${joinWords(quotedEn, 'and', 'en')}`,
            es: `; revise las palabras vagas: ${joinWords(quotedEs, 'y', 'es')}`,
            vi: `; hãy xem lại những từ ngữ mơ hồ: ${listIn(quotedEn, 'vi')}`,
            'zh-Hans': `；请检查含糊的措辞：${listIn(quotedZh, 'zh-Hans')}`,
            ar: `؛ راجع العبارات المبهمة: ${listIn(quotedEn, 'ar')}`,
          };
    return {
      en: `This goal is measurable: it says ${joinWords(
        present.map((p) => FOUND_WORDS[p].en),
        'and',
        'en',
      )}${but.en}${check.en}.`,
      es: `Esta meta es medible: dice ${joinWords(
        present.map((p) => FOUND_WORDS[p].es),
        'y',
        'es',
      )}${but.es}${check.es}.`,
      vi: `Mục tiêu này đo lường được: có nói rõ ${listIn(
        present.map((p) => FOUND_WORDS[p].vi),
        'vi',
      )}${but.vi}${check.vi}.`,
      'zh-Hans': `这个目标是可衡量的：它说明了${listIn(
        present.map((p) => FOUND_WORDS[p]['zh-Hans']),
        'zh-Hans',
      )}${but['zh-Hans']}${check['zh-Hans']}。`,
      ar: `هذا الهدف قابل للقياس: فهو يذكر ${listIn(
        present.map((p) => FOUND_WORDS[p].ar),
        'ar',
      )}${but.ar}${check.ar}.`,
    };
  }
  const required = missing.filter((p) => p === 'timeframe' || p === 'behavior' || p === 'criterion');
  const uses: BilingualText =
    quoted.length === 0
      ? { en: '', es: '', vi: '', 'zh-Hans': '', ar: '' }
      : {
          en: `, and it uses vague wording: ${joinWords(quotedEn, 'and', 'en')}`,
          es: `, y usa palabras vagas: ${joinWords(quotedEs, 'y', 'es')}`,
          vi: `, và dùng từ ngữ mơ hồ: ${listIn(quotedEn, 'vi')}`,
          'zh-Hans': `，而且用了含糊的措辞：${listIn(quotedZh, 'zh-Hans')}`,
          ar: `، ويستخدم عبارات مبهمة: ${listIn(quotedEn, 'ar')}`,
        };
  return {
    en: `This goal is not measurable yet: it does not say ${joinWords(
      required.map((p) => PART_WORDS[p].en),
      'or',
      'en',
    )}${uses.en}.`,
    es: `Esta meta todavía no es medible: no dice ${joinWords(
      required.map((p) => PART_WORDS[p].es),
      'ni',
      'es',
    )}${uses.es}.`,
    vi: `Mục tiêu này chưa đo lường được: chưa nói rõ ${orList(
      required.map((p) => PART_WORDS[p].vi),
      'vi',
    )}${uses.vi}.`,
    'zh-Hans': `这个目标还不可衡量：没有说明${orList(
      required.map((p) => PART_WORDS[p]['zh-Hans']),
      'zh-Hans',
    )}${uses['zh-Hans']}。`,
    ar: `هذا الهدف غير قابل للقياس بعد: فهو لا يذكر ${orList(
      required.map((p) => PART_WORDS[p].ar),
      'ar',
    )}${uses.ar}.`,
  };
}

/** "a, b and c" / "a, b y c" (no serial comma in Spanish). */
export function joinWords(words: readonly string[], conjunction: string, language: 'en' | 'es'): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0] ?? ''} ${conjunction} ${words[1] ?? ''}`;
  const serial = language === 'en' ? ',' : '';
  return `${words.slice(0, -1).join(', ')}${serial} ${conjunction} ${words[words.length - 1] ?? ''}`;
}
