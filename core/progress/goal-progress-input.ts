import type { FieldIssue } from '../schemas/format-issues';
import type { IepGoal } from '../schemas/iep';
import { progressInputSchema } from '../schemas/progress';
import type { ProgressInput, ProgressPoint } from '../schemas/progress';
import { SCORE_RANGE_MESSAGE } from '../schemas/score';
import { listIn, textIn, type Language, type LocalizedText } from './format-words';

/** Why an IEP goal's data cannot be judged yet: what the goal itself lacks or gets wrong. */
export const GOAL_DATA_PROBLEMS = [
  'missing-baseline-value',
  'missing-baseline-date',
  'missing-target-value',
  'missing-target-date',
  'target-date-not-after-baseline',
  'target-behind-baseline',
  'too-much-data',
  'score-out-of-range',
] as const;
export type GoalDataProblem = (typeof GOAL_DATA_PROBLEMS)[number];

/** A goal's stored data: scores, the dates instruction changed, and whether work on it has started. */
export interface GoalData {
  readonly points: readonly ProgressPoint[];
  readonly phaseChanges: readonly string[];
  /** False when work on the goal has not started; defaults to true. */
  readonly introduced?: boolean;
}

export type GoalProgressInputResult =
  | { readonly ok: true; readonly input: ProgressInput }
  | {
      readonly ok: false;
      readonly problems: readonly GoalDataProblem[];
      /** One English sentence for the API, e.g. "the IEP goal has no baseline value and no target date; …". */
      readonly message: string;
      /** One issue per problem, named by the IEP goal's own fields (`baseline.value`, `target.date`). */
      readonly issues: FieldIssue[];
    };

/** The goal field each problem is about, and what it says in each language (after "the IEP goal has"). */
const PROBLEMS: Readonly<Record<GoalDataProblem, { readonly field: string } & LocalizedText>> = {
  'missing-baseline-value': {
    field: 'baseline.value',
    en: 'no baseline value (the score the child started from)',
    es: 'no tiene valor de línea de base (el resultado del que partió el estudiante)',
    vi: 'chưa có giá trị mức cơ sở (điểm số ban đầu của trẻ)',
    'zh-Hans': '没有基线数值（孩子起步时的分数）',
    ar: 'ليست له قيمة خط أساس (النتيجة التي بدأ منها الطفل)',
  },
  'missing-baseline-date': {
    field: 'baseline.date',
    en: 'no baseline date',
    es: 'no tiene fecha de línea de base',
    vi: 'chưa có ngày của mức cơ sở',
    'zh-Hans': '没有基线日期',
    ar: 'ليس له تاريخ خط أساس',
  },
  'missing-target-value': {
    field: 'target.value',
    en: 'no target value (the score the goal aims for)',
    es: 'no tiene valor meta (el resultado al que apunta la meta)',
    vi: 'chưa có giá trị mục tiêu (điểm số mà mục tiêu hướng tới)',
    'zh-Hans': '没有目标值（目标要达到的分数）',
    ar: 'ليست له قيمة مستهدفة (النتيجة التي يسعى إليها الهدف)',
  },
  'missing-target-date': {
    field: 'target.date',
    en: 'no target date',
    es: 'no tiene fecha meta',
    vi: 'chưa có ngày đạt mục tiêu',
    'zh-Hans': '没有目标日期',
    ar: 'ليس له تاريخ مستهدف',
  },
  'target-date-not-after-baseline': {
    field: 'target.date',
    en: 'a target date that is not after the baseline date',
    es: 'tiene una fecha meta que no es posterior a la fecha de la línea de base',
    vi: 'có ngày đạt mục tiêu không sau ngày của mức cơ sở',
    'zh-Hans': '目标日期不晚于基线日期',
    ar: 'له تاريخ مستهدف لا يأتي بعد تاريخ خط الأساس',
  },
  'target-behind-baseline': {
    field: 'target.value',
    en: 'a target on the wrong side of the baseline for its direction',
    es: 'tiene una meta del lado equivocado de la línea de base para su dirección',
    vi: 'có mục tiêu nằm sai phía so với mức cơ sở theo chiều của nó',
    'zh-Hans': '目标值相对于基线的方向是反的',
    ar: 'له قيمة مستهدفة في الجهة الخاطئة من خط الأساس بالنسبة لاتجاهه',
  },
  'too-much-data': {
    field: 'points',
    en: 'more scores than one analysis takes (2000)',
    es: 'más resultados de los que admite un análisis (2000)',
    vi: 'có nhiều điểm số hơn mức một lần phân tích nhận (2000)',
    'zh-Hans': '分数多于一次分析能处理的数量（2000）',
    ar: 'له نتائج أكثر مما يقبله تحليل واحد (2000)',
  },
  // Only scores stored before scores were bounded can be out of range; they are named instead of breaking the page.
  'score-out-of-range': {
    field: 'points',
    en: 'a stored score outside -1,000,000 to 1,000,000 (correct or delete it)',
    es: 'un resultado guardado fuera del rango de -1.000.000 a 1.000.000 (corríjalo o elimínelo)',
    vi: 'có một điểm số đã lưu nằm ngoài khoảng -1.000.000 đến 1.000.000 (hãy sửa hoặc xóa)',
    'zh-Hans': '有一个已保存的分数超出 -1,000,000 至 1,000,000 的范围（请更正或删除）',
    ar: 'له نتيجة محفوظة خارج النطاق من -1,000,000 إلى 1,000,000 (صحّحها أو احذفها)',
  },
};

/**
 * The input of `analyzeProgress` for an IEP goal: direction, baseline and target (as the spec's `goal`) and
 * unit from the goal, with its stored scores and phase changes. An IEP goal may be saved without numbers (a
 * draft is never refused), so when the goal lacks what the analysis needs the answer says exactly what, named
 * by the IEP goal's fields, rather than guessing.
 */
export function goalProgressInput(goal: IepGoal, data: GoalData): GoalProgressInputResult {
  const problems: GoalDataProblem[] = [];
  if (goal.baseline.value === null) problems.push('missing-baseline-value');
  if (goal.baseline.date === null) problems.push('missing-baseline-date');
  if (goal.target.value === null) problems.push('missing-target-value');
  if (goal.target.date === null) problems.push('missing-target-date');
  if (problems.length > 0) return failure(problems);

  const parsed = progressInputSchema.safeParse({
    direction: goal.direction,
    baseline: goal.baseline,
    goal: goal.target,
    points: data.points.map((p) => ({ ...p })),
    phaseChanges: [...data.phaseChanges],
    introduced: data.introduced ?? true,
    ...(goal.unit.trim() === '' ? {} : { unit: goal.unit.trim() }),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const found = new Set<GoalDataProblem>();
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    if (issue.message.startsWith(SCORE_RANGE_MESSAGE)) found.add('score-out-of-range');
    else if (first === 'goal' && second === 'date') found.add('target-date-not-after-baseline');
    else if (first === 'goal' && second === 'value') found.add('target-behind-baseline');
    else found.add('too-much-data');
  }
  return failure([...found]);
}

/**
 * What an IEP goal lacks, as one sentence for a person: "The IEP goal has no baseline value (…) and no target
 * date; add them to the goal in the plan to follow its progress."
 */
export function describeGoalDataProblems(problems: readonly GoalDataProblem[], language: Language): string {
  const parts = listIn(
    problems.map((p) => textIn(PROBLEMS[p], language)),
    language,
  );
  return PROBLEM_SENTENCE[language](
    parts,
    problems.every((p) => p.startsWith('missing-')),
  );
}

/** The sentence around the list of problems; "add them" when only missing parts are named, else "correct it". */
const PROBLEM_SENTENCE: Readonly<Record<Language, (parts: string, isMissingOnly: boolean) => string>> = {
  en: (parts, isMissingOnly) =>
    `The IEP goal has ${parts}; ${isMissingOnly ? 'add them to the goal in the IEP' : 'correct the goal in the IEP'} to follow its progress.`,
  es: (parts, isMissingOnly) =>
    `La meta del IEP ${parts}; ${isMissingOnly ? 'añádalos a la meta en el IEP' : 'corrija la meta en el IEP'} para seguir su progreso.`,
  vi: (parts, isMissingOnly) =>
    `Mục tiêu trong IEP ${parts}; hãy ${isMissingOnly ? 'bổ sung vào mục tiêu trong IEP' : 'sửa lại mục tiêu trong IEP'} để theo dõi tiến bộ.`,
  'zh-Hans': (parts, isMissingOnly) =>
    `这个 IEP 目标${parts}；请${isMissingOnly ? '在 IEP 的目标中补上' : '更正 IEP 中的目标'}，以便跟踪进展。`,
  ar: (parts, isMissingOnly) =>
    `هدف برنامج IEP ${parts}؛ ${isMissingOnly ? 'أضِف ذلك إلى الهدف في برنامج IEP' : 'صحِّح الهدف في برنامج IEP'} لمتابعة التقدم.`,
};

function failure(problems: readonly GoalDataProblem[]): GoalProgressInputResult {
  return {
    ok: false,
    problems,
    message: describeGoalDataProblems(problems, 'en'),
    issues: problems.map((p) => ({ field: PROBLEMS[p].field, message: `the IEP goal has ${PROBLEMS[p].en}` })),
  };
}
