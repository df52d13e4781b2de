import { listIn } from '../progress/format-words';
import type { FoundText, GoalLanguage, PresentLevelsCheck, VagueKind } from '../schemas/goal-check';
import { COMPILED_LEXICONS } from './compiled-lexicon';
import { detectLanguage } from './detect-language';
import { findVague } from './find-vague';
import type { BilingualText } from './goal-lexicon';
import { joinWords } from './goal-summary';
import { PRESENT_LEVELS_LEXICONS } from './present-levels-lexicon';
import type { PresentLevelsLexicon } from './present-levels-lexicon';
import { compilePattern, compilePatterns, findAll, findFirst } from './text-patterns';
import { unitFamily } from './unit-family';
import type { UnitFamily } from './unit-family';

interface CompiledPresentLevels {
  readonly baseline: readonly RegExp[];
  readonly impactEffect: readonly RegExp[];
  readonly impactCurriculum: readonly RegExp[];
  readonly strengths: readonly RegExp[];
  readonly needs: readonly RegExp[];
  readonly peerComparison: readonly RegExp[];
  readonly parentInput: readonly RegExp[];
  readonly dataSources: readonly RegExp[];
  readonly vague: readonly { readonly pattern: RegExp; readonly kind: VagueKind }[];
}

function compile(lexicon: PresentLevelsLexicon): CompiledPresentLevels {
  return {
    baseline: compilePatterns(lexicon.baseline),
    impactEffect: compilePatterns(lexicon.impactEffect),
    impactCurriculum: compilePatterns(lexicon.impactCurriculum),
    strengths: compilePatterns(lexicon.strengths),
    needs: compilePatterns(lexicon.needs),
    peerComparison: compilePatterns(lexicon.peerComparison),
    parentInput: compilePatterns(lexicon.parentInput),
    dataSources: compilePatterns(lexicon.dataSources),
    vague: lexicon.vague.map((v) => ({ pattern: compilePattern(v.pattern), kind: v.kind })),
  };
}

const COMPILED: Readonly<Record<GoalLanguage, CompiledPresentLevels>> = {
  en: compile(PRESENT_LEVELS_LEXICONS.en),
  es: compile(PRESENT_LEVELS_LEXICONS.es),
};

/** The checklist items the summary names, with words for a parent. */
const ITEMS = {
  baseline: {
    en: 'current performance as a number',
    es: 'el desempeño actual con un número',
    vi: 'kết quả hiện tại bằng một con số',
    'zh-Hans': '用数字表示的目前表现',
    ar: 'الأداء الحالي برقم',
  },
  impact: {
    en: 'how the disability affects involvement and progress in the general curriculum',
    es: 'cómo la discapacidad afecta la participación y el progreso en el currículo general',
    vi: 'khuyết tật ảnh hưởng thế nào đến sự tham gia và tiến bộ trong chương trình học phổ thông',
    'zh-Hans': '残障如何影响在普通课程中的参与和进展',
    ar: 'كيف تؤثر الإعاقة على المشاركة والتقدم في المنهج العام',
  },
  strengths: {
    en: 'the student’s strengths',
    es: 'las fortalezas del estudiante',
    vi: 'điểm mạnh của học sinh',
    'zh-Hans': '学生的长处',
    ar: 'نقاط قوة الطالب',
  },
  needs: {
    en: 'the student’s needs',
    es: 'las necesidades del estudiante',
    vi: 'nhu cầu của học sinh',
    'zh-Hans': '学生的需要',
    ar: 'احتياجات الطالب',
  },
  unitMatch: {
    en: 'a baseline in the same unit as the goal',
    es: 'una línea de base en la misma unidad que la meta',
    vi: 'mức cơ sở cùng đơn vị với mục tiêu',
    'zh-Hans': '与目标单位相同的基线',
    ar: 'خط أساس بنفس وحدة الهدف',
  },
} as const satisfies Record<string, BilingualText>;

/**
 * Checks a present-levels statement (PLAAFP) against docs/progress-methods.md 3.3: a baseline number (in the goal's unit
 * when `goal` is given), the impact of the disability on involvement and progress in the general curriculum,
 * strengths and needs (required for `isComplete`), plus peer comparison, parent input and data sources
 * (reported, recommended). Vague descriptions without numbers are flagged. It flags, it never rejects.
 */
export function checkPresentLevels(
  text: string,
  options: { readonly language?: GoalLanguage; readonly goal?: string } = {},
): PresentLevelsCheck {
  const language = options.language ?? detectLanguage(text);
  const lexicon = COMPILED[language];
  const baseline = findFirst(text, lexicon.baseline);
  const impact = findImpactSentence(text, lexicon);
  const strengths = findFirst(text, lexicon.strengths);
  const needs = findFirst(text, lexicon.needs);
  const peerComparison = findFirst(text, lexicon.peerComparison);
  const parentInput = findFirst(text, lexicon.parentInput);
  const dataSources = findFirst(text, lexicon.dataSources);
  const vague = findVague(text, lexicon.vague);
  const unitMatch = options.goal === undefined ? null : unitsAgree(text, language, options.goal);
  const isComplete =
    baseline !== null && impact !== null && strengths !== null && needs !== null && unitMatch !== false;
  const missing = (
    [
      ['baseline', baseline !== null],
      ['impact', impact !== null],
      ['strengths', strengths !== null],
      ['needs', needs !== null],
      ['unitMatch', unitMatch !== false],
    ] as const
  )
    .filter(([, isFound]) => !isFound)
    .map(([item]) => ITEMS[item]);
  const quoted = vague.slice(0, 3).map((v) => `“${v.phrase}”`);
  const summary: BilingualText = isComplete
    ? {
        en: `These present levels give a baseline number, the impact on the general curriculum, strengths and needs${
          vague.length > 0
            ? `; check the vague wording: ${joinWords(
                vague.slice(0, 3).map((v) => `“${v.phrase}”`),
                'and',
                'en',
              )}`
            : ''
        }.`,
        es: `Estos niveles actuales dan una línea de base con número, el impacto en el currículo general, las fortalezas y las necesidades${
          vague.length > 0
            ? `; revise las palabras vagas: ${joinWords(
                vague.slice(0, 3).map((v) => `«${v.phrase}»`),
                'y',
                'es',
              )}`
            : ''
        }.`,
        vi: `Phần mức độ hiện tại này có mức cơ sở bằng con số, ảnh hưởng đến chương trình học phổ thông, điểm mạnh và nhu cầu${
          vague.length > 0 ? `; hãy xem lại những từ ngữ mơ hồ: ${listIn(quoted, 'vi')}` : ''
        }.`,
        'zh-Hans': `这份目前水平说明给出了有数字的基线、对普通课程的影响、长处和需要${
          vague.length > 0 ? `；请检查含糊的措辞：${listIn(quoted, 'zh-Hans')}` : ''
        }。`,
        ar: `تذكر هذه المستويات الحالية خط أساس برقم، والأثر على المنهج العام، ونقاط القوة والاحتياجات${
          vague.length > 0 ? `؛ راجع العبارات المبهمة: ${listIn(quoted, 'ar')}` : ''
        }.`,
      }
    : {
        en: `These present levels do not yet state ${joinWords(
          missing.map((m) => m.en),
          'or',
          'en',
        )}.`,
        es: `Estos niveles actuales todavía no indican ${joinWords(
          missing.map((m) => m.es),
          'ni',
          'es',
        )}.`,
        vi: `Phần mức độ hiện tại này chưa nêu ${listIn(
          missing.map((m) => m.vi),
          'vi',
        )}.`,
        'zh-Hans': `这份目前水平说明还没有写明${listIn(
          missing.map((m) => m['zh-Hans']),
          'zh-Hans',
        )}。`,
        ar: `لا تذكر هذه المستويات الحالية بعد ${listIn(
          missing.map((m) => m.ar),
          'ar',
        )}.`,
      };
  return {
    language,
    baseline,
    impact,
    strengths,
    needs,
    peerComparison,
    parentInput,
    dataSources,
    unitMatch,
    vague,
    isComplete,
    summary,
  };
}

/** The first sentence that names both an effect ("affects") and the general curriculum. */
function findImpactSentence(text: string, lexicon: CompiledPresentLevels): FoundText | null {
  for (const match of text.matchAll(/[^.!?\n]+[.!?]?/gu)) {
    const sentence = match[0];
    if (findFirst(sentence, lexicon.impactEffect) !== null && findFirst(sentence, lexicon.impactCurriculum) !== null) {
      const trimmed = sentence.trim();
      const start = match.index + sentence.indexOf(trimmed);
      return { text: trimmed, start, end: start + trimmed.length };
    }
  }
  return null;
}

/** True when some baseline number is in a unit family the goal's criterion uses. */
function unitsAgree(presentLevels: string, language: GoalLanguage, goal: string): boolean {
  const goalFamilies = families(findAll(goal, COMPILED_LEXICONS[detectLanguage(goal)].criterion));
  const baselineFamilies = families(findAll(presentLevels, COMPILED[language].baseline));
  return [...baselineFamilies].some((f) => goalFamilies.has(f));
}

function families(found: readonly FoundText[]): Set<UnitFamily> {
  const set = new Set<UnitFamily>();
  for (const f of found) {
    const family = unitFamily(f.text);
    if (family !== null) set.add(family);
  }
  return set;
}
