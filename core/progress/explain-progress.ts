import { formatLongDate } from '../calendar/format-long-date';
import type { ProgressAnalysis, ProgressInput, ProgressPoint } from '../schemas/progress';
import { compareProgress } from './compare-progress';
import { formatNumber as n, inEveryLanguage } from './format-words';
import type { FullText } from './format-words';

/** What the sentence needs beyond the analysis itself. */
export interface ExplanationContext {
  readonly lastFour: readonly ProgressPoint[];
  readonly latestPhaseChange: string | null;
}

type Judged = Omit<ProgressAnalysis, 'explanation' | 'explanationEs' | 'explanations'>;

type Full = FullText;
const each = inEveryLanguage;
const EMPTY: Full = { en: '', es: '', vi: '', 'zh-Hans': '', ar: '' };

/** The joiner between reasons ("…, and …") in each language. */
const AND: Full = { en: ', and ', es: ', y ', vi: ', và ', 'zh-Hans': '；并且', ar: '، كما أن ' };

/**
 * One sentence, in every reading language, stating the status and the numbers behind it (docs/progress-methods.md
 * 2.6: every status prints its numbers; "making progress" without data is an opinion).
 */
export function explainProgress(input: ProgressInput, analysis: Judged, context: ExplanationContext): Full {
  const sentence = explainStatus(input, analysis, context);
  if (analysis.advice !== 'raise-goal') return sentence;
  const raise: Full = {
    en: '; the data suggest the team could raise the goal.',
    es: '; los datos sugieren que el equipo podría subir la meta.',
    vi: '; dữ liệu cho thấy nhóm có thể nâng mục tiêu lên.',
    'zh-Hans': '；数据表明团队可以提高目标。',
    ar: '؛ وتشير البيانات إلى أن الفريق يمكنه رفع الهدف.',
  };
  return each((l) => `${sentence[l].slice(0, -1)}${raise[l]}`);
}

function explainStatus(input: ProgressInput, a: Judged, context: ExplanationContext): Full {
  const isIncrease = input.direction === 'increase';
  const goal = n(input.goal.value);
  const goalDate = each((l) => formatLongDate(input.goal.date, l));
  switch (a.status) {
    case 'not-introduced':
      return {
        en: 'Not introduced yet: work on this goal has not started, so progress is not judged.',
        es: 'Todavía no se ha introducido: el trabajo en esta meta no ha empezado, así que no se juzga el progreso.',
        vi: 'Chưa bắt đầu: việc thực hiện mục tiêu này chưa bắt đầu, nên chưa đánh giá tiến bộ.',
        'zh-Hans': '尚未开始：这个目标的教学还没有开始，所以不评判进展。',
        ar: 'لم يبدأ بعد: لم يبدأ العمل على هذا الهدف، لذلك لا يُحكم على التقدم.',
      };
    case 'insufficient-data': {
      const weeks = n(Math.max(0, a.weeksInPhase));
      const points = String(a.pointsUsed);
      const isBaseline = context.latestPhaseChange === null;
      const since = each((l) => {
        const date = formatLongDate(a.phaseStart, l);
        const words: Full = isBaseline
          ? {
              en: `the baseline on ${date}`,
              es: `la línea de base del ${date}`,
              vi: `mức cơ sở ngày ${date}`,
              'zh-Hans': `${date}的基线`,
              ar: `خط الأساس في ${date}`,
            }
          : {
              en: `the last change in instruction on ${date}`,
              es: `el último cambio de instrucción del ${date}`,
              vi: `lần thay đổi cách giảng dạy gần nhất ngày ${date}`,
              'zh-Hans': `${date}最近一次教学调整`,
              ar: `آخر تغيير في طريقة التدريس في ${date}`,
            };
        return words[l];
      });
      return {
        en: `Not enough data yet: ${points} ${plural(a.pointsUsed, 'data point', 'data points')} over ${weeks} ${plural(Number(weeks), 'week', 'weeks')} since ${since.en}; a judgement needs at least 6 points over at least 3 weeks.`,
        es: `Todavía no hay suficientes datos: ${points} ${plural(a.pointsUsed, 'dato', 'datos')} en ${weeks} ${plural(Number(weeks), 'semana', 'semanas')} desde ${since.es}; para juzgar hacen falta al menos 6 datos en al menos 3 semanas.`,
        vi: `Chưa đủ dữ liệu: ${points} điểm dữ liệu trong ${weeks} tuần kể từ ${since.vi}; cần ít nhất 6 điểm trong ít nhất 3 tuần mới đánh giá được.`,
        'zh-Hans': `数据还不够：自${since['zh-Hans']}以来，${weeks} 周内有 ${points} 个数据点；至少需要 3 周内的 6 个数据点才能判断。`,
        ar: `لا توجد بيانات كافية بعد: عدد نقاط البيانات ${points} خلال أسابيع عددها ${weeks} منذ ${since.ar}؛ ويتطلب الحكم 6 نقاط على الأقل خلال 3 أسابيع على الأقل.`,
      };
    }
    case 'goal-met': {
      const median = n(a.medianOfLastThree ?? 0);
      return {
        en: `Goal met: the median of the last 3 scores is ${median}, ${isIncrease ? 'at or above' : 'at or below'} the goal of ${goal}.`,
        es: `Meta alcanzada: la mediana de los últimos 3 resultados es ${median}, ${isIncrease ? 'igual o superior a' : 'igual o inferior a'} la meta de ${goal}.`,
        vi: `Đã đạt mục tiêu: trung vị của 3 điểm số gần nhất là ${median}, ${isIncrease ? 'bằng hoặc cao hơn' : 'bằng hoặc thấp hơn'} mục tiêu ${goal}.`,
        'zh-Hans': `目标已达成：最近 3 个分数的中位数是 ${median}，${isIncrease ? '达到或高于' : '达到或低于'}目标 ${goal}。`,
        ar: `تحقق الهدف: وسيط آخر 3 نتائج هو ${median}، وهو ${isIncrease ? 'يساوي الهدف أو يزيد عليه' : 'يساوي الهدف أو يقل عنه'} (الهدف ${goal}).`,
      };
    }
    case 'not-on-track': {
      const reasons: Full[] = [];
      if (a.rules.fourPoint === 'change-instruction') {
        const values = context.lastFour.map((p) => n(p.value)).join(', ');
        reasons.push({
          en: `the last 4 scores (${values}) are all ${isIncrease ? 'below' : 'above'} the goal line`,
          es: `los últimos 4 resultados (${values}) están todos ${isIncrease ? 'por debajo de' : 'por encima de'} la línea de la meta`,
          vi: `cả 4 điểm số gần nhất (${values}) đều ${isIncrease ? 'thấp hơn' : 'cao hơn'} đường mục tiêu`,
          'zh-Hans': `最近 4 个分数（${values}）都${isIncrease ? '低于' : '高于'}目标线`,
          ar: `آخر 4 نتائج (${values}) كلها ${isIncrease ? 'تحت' : 'فوق'} خط الهدف`,
        });
      }
      if (a.rules.trend === 'change-instruction') reasons.push(trendClause(a, 'falls short of'));
      const median = n(a.medianOfLastThree ?? 0);
      const baseline = n(input.baseline.value);
      const regression: Full = a.regression
        ? {
            en: `, and the median of the last 3 scores (${median}) is worse than the baseline of ${baseline}`,
            es: `, y la mediana de los últimos 3 resultados (${median}) es peor que la línea de base de ${baseline}`,
            vi: `, và trung vị của 3 điểm số gần nhất (${median}) kém hơn mức cơ sở ${baseline}`,
            'zh-Hans': `；而且最近 3 个分数的中位数（${median}）比基线 ${baseline} 还差`,
            ar: `، كما أن وسيط آخر 3 نتائج (${median}) أسوأ من خط الأساس ${baseline}`,
          }
        : EMPTY;
      const projection = projectionClause(a, input.goal.value, goalDate);
      const lead: Full = {
        en: 'Not making sufficient progress to meet the goal: ',
        es: 'No avanza lo suficiente para alcanzar la meta: ',
        vi: 'Chưa tiến bộ đủ để đạt mục tiêu: ',
        'zh-Hans': '进展不足以达成目标：',
        ar: 'لا يحرز تقدمًا كافيًا لتحقيق الهدف: ',
      };
      return each(
        (l) => `${lead[l]}${reasons.map((r) => r[l]).join(AND[l])}${projection[l]}${regression[l]}${STOP[l]}`,
      );
    }
    case 'on-track': {
      const reasons: Full[] = [];
      if (worstSlopeMeetsGoal(a)) reasons.push(trendClause(a, 'is at least'));
      const projection = projectionWords(a, input.goal.value, goalDate);
      const lead: Full = {
        en: 'Making sufficient progress to meet the goal: ',
        es: 'Avanza lo suficiente para alcanzar la meta: ',
        vi: 'Đang tiến bộ đủ để đạt mục tiêu: ',
        'zh-Hans': '进展足以达成目标：',
        ar: 'يحرز تقدمًا كافيًا لتحقيق الهدف: ',
      };
      return each((l) => `${lead[l]}${[...reasons.map((r) => r[l]), projection[l]].join(AND[l])}${STOP[l]}`);
    }
    case 'unclear': {
      const trend = trendClause(a, 'may be above or below');
      const reach: Full =
        a.reachDate === null
          ? EMPTY
          : each((l) => {
              const date = formatLongDate(a.reachDate ?? '', l);
              const words: Full = {
                en: `, reaching ${goal} around ${date}`,
                es: `, y llegaría a ${goal} alrededor del ${date}`,
                vi: `, và sẽ đạt ${goal} vào khoảng ngày ${date}`,
                'zh-Hans': `，预计在${date}前后达到 ${goal}`,
                ar: `، وسيصل إلى ${goal} في حدود ${date}`,
              };
              return words[l];
            });
      const projection = projectionClause(a, input.goal.value, goalDate);
      const lead: Full = {
        en: 'Not yet clear whether progress is enough to meet the goal: ',
        es: 'Todavía no está claro si el progreso basta para alcanzar la meta: ',
        vi: 'Chưa rõ tiến bộ có đủ để đạt mục tiêu hay không: ',
        'zh-Hans': '尚不清楚进展是否足以达成目标：',
        ar: 'ليس واضحًا بعد ما إذا كان التقدم كافيًا لتحقيق الهدف: ',
      };
      const tail: Full = {
        en: '; keep collecting data.',
        es: '; siga recogiendo datos.',
        vi: '; hãy tiếp tục thu thập dữ liệu.',
        'zh-Hans': '；请继续收集数据。',
        ar: '؛ واصلوا جمع البيانات.',
      };
      return each((l) => `${lead[l]}${trend[l]}${projection[l]}${reach[l]}${tail[l]}`);
    }
  }
}

/** The full stop of each language. */
const STOP: Full = { en: '.', es: '.', vi: '.', 'zh-Hans': '。', ar: '.' };

type Comparison = 'falls short of' | 'is at least' | 'may be above or below';

const COMPARISON: Readonly<Record<Comparison, Full>> = {
  'falls short of': {
    en: 'falls short of',
    es: 'no alcanza',
    vi: 'thấp hơn',
    'zh-Hans': '低于',
    ar: 'أقل من',
  },
  'is at least': {
    en: 'is at least',
    es: 'alcanza o supera',
    vi: 'bằng hoặc cao hơn',
    'zh-Hans': '达到或超过',
    ar: 'يساوي أو يزيد على',
  },
  'may be above or below': {
    en: 'may be above or below',
    es: 'puede estar por encima o por debajo de',
    vi: 'có thể cao hơn hoặc thấp hơn',
    'zh-Hans': '可能高于也可能低于',
    ar: 'قد يكون أعلى أو أقل من',
  },
};

/** "the trend of 1.4 per week (95% interval 0.83 to 1.97) falls short of the 2 per week the goal needs". */
function trendClause(a: Judged, comparison: Comparison): Full {
  const t = a.trend;
  if (t === null)
    return {
      en: 'there is no trend yet',
      es: 'todavía no hay tendencia',
      vi: 'chưa có xu hướng',
      'zh-Hans': '还没有趋势',
      ar: 'لا يوجد اتجاه بعد',
    };
  const slope = n(t.slope);
  const low = n(t.slopeLow);
  const high = n(t.slopeHigh);
  const goal = n(a.goalSlope);
  const c = COMPARISON[comparison];
  return {
    en: `the trend of ${slope} per week (95% interval ${low} to ${high}) ${c.en} the ${goal} per week the goal needs`,
    es: `la tendencia de ${slope} por semana (intervalo del 95%: ${low} a ${high}) ${c.es} los ${goal} por semana que necesita la meta`,
    vi: `xu hướng ${slope} mỗi tuần (khoảng tin cậy 95%: ${low} đến ${high}) ${c.vi} mức ${goal} mỗi tuần mà mục tiêu cần`,
    'zh-Hans': `每周 ${slope} 的趋势（95% 区间：${low} 至 ${high}）${c['zh-Hans']}目标所需的每周 ${goal}`,
    ar: `الاتجاه البالغ ${slope} في الأسبوع (نطاق 95%: من ${low} إلى ${high}) ${c.ar} المعدل الذي يحتاجه الهدف وهو ${goal} في الأسبوع`,
  };
}

function projectionClause(a: Judged, goal: number, goalDate: Full): Full {
  if (a.projection === null) return EMPTY;
  const words = projectionWords(a, goal, goalDate);
  const semicolon: Full = { en: '; ', es: '; ', vi: '; ', 'zh-Hans': '；', ar: '؛ ' };
  return each((l) => `${semicolon[l]}${words[l]}`);
}

/**
 * Where the trend stands on the goal date: "would be" while that date is ahead of the as-of date, and in the past
 * tense once it has gone by ("the goal was due on ...; the trend reached / did not reach it").
 */
function projectionWords(a: Judged, goal: number, goalDate: Full): Full {
  const projection = n(a.projection ?? 0);
  const g = n(goal);
  if (!a.isPastGoalDate) {
    return {
      en: `at this rate the score would be ${projection} on ${goalDate.en} (goal: ${g})`,
      es: `a este ritmo el resultado sería ${projection} el ${goalDate.es} (meta: ${g})`,
      vi: `với tốc độ này, điểm số sẽ là ${projection} vào ngày ${goalDate.vi} (mục tiêu: ${g})`,
      'zh-Hans': `按此速度，${goalDate['zh-Hans']}的分数将为 ${projection}（目标：${g}）`,
      ar: `بهذا المعدل ستكون النتيجة ${projection} في ${goalDate.ar} (الهدف: ${g})`,
    };
  }
  const reached = compareProgress(a.projection ?? 0, goal, a.direction) !== 'worse';
  return reached
    ? {
        en: `the goal was due on ${goalDate.en}, and the trend reached ${projection} by then (goal: ${g})`,
        es: `la meta vencía el ${goalDate.es}, y la tendencia llegó a ${projection} para entonces (meta: ${g})`,
        vi: `hạn của mục tiêu là ngày ${goalDate.vi}, và đến lúc đó xu hướng đã đạt ${projection} (mục tiêu: ${g})`,
        'zh-Hans': `目标的截止日期是${goalDate['zh-Hans']}，到那时趋势已达到 ${projection}（目标：${g}）`,
        ar: `كان موعد الهدف ${goalDate.ar}، ووصل الاتجاه إلى ${projection} بحلول ذلك الوقت (الهدف: ${g})`,
      }
    : {
        en: `the goal was due on ${goalDate.en}, and the trend did not reach it: it was at ${projection} by then (goal: ${g})`,
        es: `la meta vencía el ${goalDate.es}, y la tendencia no la alcanzó: estaba en ${projection} para entonces (meta: ${g})`,
        vi: `hạn của mục tiêu là ngày ${goalDate.vi}, và xu hướng đã không đạt được: đến lúc đó chỉ ở mức ${projection} (mục tiêu: ${g})`,
        'zh-Hans': `目标的截止日期是${goalDate['zh-Hans']}，趋势没有达到目标：到那时为 ${projection}（目标：${g}）`,
        ar: `كان موعد الهدف ${goalDate.ar}، ولم يصل الاتجاه إليه: كان عند ${projection} في ذلك الوقت (الهدف: ${g})`,
      };
}

function worstSlopeMeetsGoal(a: Judged): boolean {
  if (a.trend === null) return false;
  const worst = a.direction === 'increase' ? a.trend.slopeLow : a.trend.slopeHigh;
  return compareProgress(worst, a.goalSlope, a.direction) !== 'worse';
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
