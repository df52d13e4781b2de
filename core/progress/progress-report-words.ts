import { formatLongDate } from '../calendar/format-long-date';
import type { RuleDecision } from '../schemas/progress';
import { formatNumber as n, type Language } from './format-words';

/** What each decision rule recommends, in words. */
const DECISIONS = {
  en: { 'raise-goal': 'raise the goal', 'change-instruction': 'change instruction', continue: 'continue' },
  es: { 'raise-goal': 'subir la meta', 'change-instruction': 'cambiar la instrucción', continue: 'continuar' },
  vi: { 'raise-goal': 'nâng mục tiêu', 'change-instruction': 'thay đổi cách giảng dạy', continue: 'tiếp tục' },
  'zh-Hans': { 'raise-goal': '提高目标', 'change-instruction': '调整教学', continue: '继续' },
  ar: { 'raise-goal': 'رفع الهدف', 'change-instruction': 'تغيير طريقة التدريس', continue: 'الاستمرار' },
} as const satisfies Record<Language, Record<RuleDecision, string>>;

/** The progress report's words in each language; numbers and dates come in already checked. */
export const PROGRESS_REPORT_WORDS = {
  en: {
    heading: 'Progress report',
    title: (name: string, period: string) => `Progress report: ${name} (${period})`,
    student: 'Student',
    school: 'School',
    grade: 'Grade',
    plan: 'Plan',
    period: 'Reporting period',
    labels: 'Status words',
    planLine: (version: number, effectiveFrom: string | null) =>
      effectiveFrom === null
        ? `IEP, version ${String(version)} (draft)`
        : `IEP, version ${String(version)}, in effect from ${formatLongDate(effectiveFrom, 'en')}`,
    periodLine: (from: string | null, to: string) =>
      from === null
        ? `through ${formatLongDate(to, 'en')}`
        : `${formatLongDate(from, 'en')} to ${formatLongDate(to, 'en')}`,
    about:
      "Each goal's status is judged from every score up to the last day of the period; the table lists the scores taken during the period. The graph shows the baseline, the goal line from the baseline to the goal, the scores, and the trend of the scores since the last change in instruction.",
    noGoals: 'This IEP has no goals.',
    goalHeading: (index: number, area: string) =>
      area === '' ? `Goal ${String(index)}` : `Goal ${String(index)}: ${area}`,
    measurement: (method: string) => `How it is measured: ${method}`,
    status: (date: string) => `Status on ${formatLongDate(date, 'en')}`,
    rules: (fourPoint: RuleDecision | null, trend: RuleDecision | null) =>
      `Decision rules: four-point rule, ${fourPoint === null ? 'not applied yet (needs at least 6 scores over 3 weeks)' : DECISIONS.en[fourPoint]}; trend rule, ${trend === null ? 'not applied yet (needs at least 8 scores)' : DECISIONS.en[trend]}.`,
    baselineLine: (b: number, bDate: string, g: number, gDate: string) =>
      `Baseline ${n(b)} on ${formatLongDate(bDate, 'en')}; goal ${n(g)} by ${formatLongDate(gDate, 'en')}.`,
    usedLine: (count: number, phaseChange: string | null) =>
      `Scores used for the trend: ${String(count)}${phaseChange === null ? '' : `, those after the change in instruction on ${formatLongDate(phaseChange, 'en')}`}.`,
    trendLine: (slope: number, low: number, high: number, goalSlope: number) =>
      `Trend: ${n(slope)} per week (95% interval ${n(low)} to ${n(high)}); the goal line needs ${n(goalSlope)} per week.`,
    noTrend: (goalSlope: number) =>
      `Trend: not enough scores yet (needs 3); the goal line needs ${n(goalSlope)} per week.`,
    projectionLine: (projection: number, gDate: string, g: number, isPast: boolean) =>
      isPast
        ? `The goal was due on ${formatLongDate(gDate, 'en')}; the trend stood at ${n(projection)} by then (goal: ${n(g)}).`
        : `At this rate the score would be ${n(projection)} on ${formatLongDate(gDate, 'en')} (goal: ${n(g)}).`,
    tableCaption: 'Scores during the period',
    date: 'Date',
    score: (unit: string) => (unit === '' ? 'Score' : `Score (${unit})`),
    aim: 'Goal line',
    measuredBy: 'Measured by',
    noScores: 'No scores were recorded during this period.',
    comments: 'Comments',
    noComments: 'No comments for this period.',
    phaseComment: (label: string) => `change in instruction: ${label}`,
  },
  es: {
    heading: 'Informe de progreso',
    title: (name: string, period: string) => `Informe de progreso: ${name} (${period})`,
    student: 'Estudiante',
    school: 'Escuela',
    grade: 'Grado',
    plan: 'Plan',
    period: 'Período del informe',
    labels: 'Términos de estado',
    planLine: (version: number, effectiveFrom: string | null) =>
      effectiveFrom === null
        ? `IEP, versión ${String(version)} (borrador)`
        : `IEP, versión ${String(version)}, vigente desde el ${formatLongDate(effectiveFrom, 'es')}`,
    periodLine: (from: string | null, to: string) =>
      from === null
        ? `hasta el ${formatLongDate(to, 'es')}`
        : `del ${formatLongDate(from, 'es')} al ${formatLongDate(to, 'es')}`,
    about:
      'El estado de cada meta se juzga con todos los resultados hasta el último día del período; la tabla muestra los resultados tomados durante el período. La gráfica muestra la línea de base, la línea de la meta desde la línea de base hasta la meta, los resultados y la tendencia de los resultados desde el último cambio de instrucción.',
    noGoals: 'Este IEP no tiene metas.',
    goalHeading: (index: number, area: string) =>
      area === '' ? `Meta ${String(index)}` : `Meta ${String(index)}: ${area}`,
    measurement: (method: string) => `Cómo se mide: ${method}`,
    status: (date: string) => `Estado al ${formatLongDate(date, 'es')}`,
    rules: (fourPoint: RuleDecision | null, trend: RuleDecision | null) =>
      `Reglas de decisión: regla de los cuatro puntos, ${fourPoint === null ? 'todavía no se aplica (necesita al menos 6 resultados en 3 semanas)' : DECISIONS.es[fourPoint]}; regla de la tendencia, ${trend === null ? 'todavía no se aplica (necesita al menos 8 resultados)' : DECISIONS.es[trend]}.`,
    baselineLine: (b: number, bDate: string, g: number, gDate: string) =>
      `Línea de base ${n(b)} el ${formatLongDate(bDate, 'es')}; meta ${n(g)} para el ${formatLongDate(gDate, 'es')}.`,
    usedLine: (count: number, phaseChange: string | null) =>
      `Resultados usados para la tendencia: ${String(count)}${phaseChange === null ? '' : `, los posteriores al cambio de instrucción del ${formatLongDate(phaseChange, 'es')}`}.`,
    trendLine: (slope: number, low: number, high: number, goalSlope: number) =>
      `Tendencia: ${n(slope)} por semana (intervalo del 95 %: ${n(low)} a ${n(high)}); la línea de la meta necesita ${n(goalSlope)} por semana.`,
    noTrend: (goalSlope: number) =>
      `Tendencia: todavía no hay suficientes resultados (necesita 3); la línea de la meta necesita ${n(goalSlope)} por semana.`,
    projectionLine: (projection: number, gDate: string, g: number, isPast: boolean) =>
      isPast
        ? `La meta vencía el ${formatLongDate(gDate, 'es')}; la tendencia estaba en ${n(projection)} para entonces (meta: ${n(g)}).`
        : `A este ritmo el resultado sería ${n(projection)} el ${formatLongDate(gDate, 'es')} (meta: ${n(g)}).`,
    tableCaption: 'Resultados durante el período',
    date: 'Fecha',
    score: (unit: string) => (unit === '' ? 'Resultado' : `Resultado (${unit})`),
    aim: 'Línea de la meta',
    measuredBy: 'Medido por',
    noScores: 'No se registraron resultados durante este período.',
    comments: 'Comentarios',
    noComments: 'No hay comentarios para este período.',
    phaseComment: (label: string) => `cambio de instrucción: ${label}`,
  },
  vi: {
    heading: 'Báo cáo tiến bộ',
    title: (name: string, period: string) => `Báo cáo tiến bộ: ${name} (${period})`,
    student: 'Học sinh',
    school: 'Trường',
    grade: 'Lớp',
    plan: 'Kế hoạch',
    period: 'Kỳ báo cáo',
    labels: 'Cách gọi tình trạng',
    planLine: (version: number, effectiveFrom: string | null) =>
      effectiveFrom === null
        ? `IEP, phiên bản ${String(version)} (bản nháp)`
        : `IEP, phiên bản ${String(version)}, có hiệu lực từ ngày ${formatLongDate(effectiveFrom, 'vi')}`,
    periodLine: (from: string | null, to: string) =>
      from === null
        ? `đến ngày ${formatLongDate(to, 'vi')}`
        : `từ ngày ${formatLongDate(from, 'vi')} đến ngày ${formatLongDate(to, 'vi')}`,
    about:
      'Tình trạng của mỗi mục tiêu được đánh giá dựa trên mọi điểm số cho đến ngày cuối cùng của kỳ; bảng liệt kê các điểm số đo được trong kỳ. Biểu đồ cho thấy mức cơ sở, đường mục tiêu từ mức cơ sở đến mục tiêu, các điểm số và xu hướng của điểm số kể từ lần thay đổi cách giảng dạy gần nhất.',
    noGoals: 'IEP này không có mục tiêu nào.',
    goalHeading: (index: number, area: string) =>
      area === '' ? `Mục tiêu ${String(index)}` : `Mục tiêu ${String(index)}: ${area}`,
    measurement: (method: string) => `Cách đo: ${method}`,
    status: (date: string) => `Tình trạng vào ngày ${formatLongDate(date, 'vi')}`,
    rules: (fourPoint: RuleDecision | null, trend: RuleDecision | null) =>
      `Quy tắc quyết định: quy tắc bốn điểm, ${fourPoint === null ? 'chưa áp dụng (cần ít nhất 6 điểm số trong 3 tuần)' : DECISIONS.vi[fourPoint]}; quy tắc xu hướng, ${trend === null ? 'chưa áp dụng (cần ít nhất 8 điểm số)' : DECISIONS.vi[trend]}.`,
    baselineLine: (b: number, bDate: string, g: number, gDate: string) =>
      `Mức cơ sở ${n(b)} vào ngày ${formatLongDate(bDate, 'vi')}; mục tiêu ${n(g)} trước ngày ${formatLongDate(gDate, 'vi')}.`,
    usedLine: (count: number, phaseChange: string | null) =>
      `Số điểm số dùng để tính xu hướng: ${String(count)}${phaseChange === null ? '' : `, là những điểm sau lần thay đổi cách giảng dạy ngày ${formatLongDate(phaseChange, 'vi')}`}.`,
    trendLine: (slope: number, low: number, high: number, goalSlope: number) =>
      `Xu hướng: ${n(slope)} mỗi tuần (khoảng tin cậy 95%: ${n(low)} đến ${n(high)}); đường mục tiêu cần ${n(goalSlope)} mỗi tuần.`,
    noTrend: (goalSlope: number) => `Xu hướng: chưa đủ điểm số (cần 3); đường mục tiêu cần ${n(goalSlope)} mỗi tuần.`,
    projectionLine: (projection: number, gDate: string, g: number, isPast: boolean) =>
      isPast
        ? `Hạn của mục tiêu là ngày ${formatLongDate(gDate, 'vi')}; đến lúc đó xu hướng ở mức ${n(projection)} (mục tiêu: ${n(g)}).`
        : `Với tốc độ này, điểm số sẽ là ${n(projection)} vào ngày ${formatLongDate(gDate, 'vi')} (mục tiêu: ${n(g)}).`,
    tableCaption: 'Điểm số trong kỳ',
    date: 'Ngày',
    score: (unit: string) => (unit === '' ? 'Điểm số' : `Điểm số (${unit})`),
    aim: 'Đường mục tiêu',
    measuredBy: 'Người đo',
    noScores: 'Không có điểm số nào được ghi lại trong kỳ này.',
    comments: 'Nhận xét',
    noComments: 'Không có nhận xét cho kỳ này.',
    phaseComment: (label: string) => `thay đổi cách giảng dạy: ${label}`,
  },
  'zh-Hans': {
    heading: '进展报告',
    title: (name: string, period: string) => `进展报告：${name}（${period}）`,
    student: '学生',
    school: '学校',
    grade: '年级',
    plan: '计划',
    period: '报告期',
    labels: '状态用语',
    planLine: (version: number, effectiveFrom: string | null) =>
      effectiveFrom === null
        ? `IEP，第 ${String(version)} 版（草稿）`
        : `IEP，第 ${String(version)} 版，自${formatLongDate(effectiveFrom, 'zh-Hans')}起生效`,
    periodLine: (from: string | null, to: string) =>
      from === null
        ? `截至${formatLongDate(to, 'zh-Hans')}`
        : `${formatLongDate(from, 'zh-Hans')}至${formatLongDate(to, 'zh-Hans')}`,
    about:
      '每个目标的状态依据截至报告期最后一天的全部分数来判断；表格列出报告期内取得的分数。图表显示基线、从基线到目标的目标线、各次分数，以及自上次教学调整以来分数的趋势。',
    noGoals: '此 IEP 没有目标。',
    goalHeading: (index: number, area: string) =>
      area === '' ? `目标 ${String(index)}` : `目标 ${String(index)}：${area}`,
    measurement: (method: string) => `测量方式：${method}`,
    status: (date: string) => `${formatLongDate(date, 'zh-Hans')}的状态`,
    rules: (fourPoint: RuleDecision | null, trend: RuleDecision | null) =>
      `决策规则：四点规则，${fourPoint === null ? '尚未适用（需要 3 周内至少 6 个分数）' : DECISIONS['zh-Hans'][fourPoint]}；趋势规则，${trend === null ? '尚未适用（需要至少 8 个分数）' : DECISIONS['zh-Hans'][trend]}。`,
    baselineLine: (b: number, bDate: string, g: number, gDate: string) =>
      `基线：${formatLongDate(bDate, 'zh-Hans')}为 ${n(b)}；目标：${formatLongDate(gDate, 'zh-Hans')}前达到 ${n(g)}。`,
    usedLine: (count: number, phaseChange: string | null) =>
      `用于计算趋势的分数：${String(count)} 个${phaseChange === null ? '' : `，即${formatLongDate(phaseChange, 'zh-Hans')}教学调整之后的分数`}。`,
    trendLine: (slope: number, low: number, high: number, goalSlope: number) =>
      `趋势：每周 ${n(slope)}（95% 区间：${n(low)} 至 ${n(high)}）；目标线需要每周 ${n(goalSlope)}。`,
    noTrend: (goalSlope: number) => `趋势：分数还不够（需要 3 个）；目标线需要每周 ${n(goalSlope)}。`,
    projectionLine: (projection: number, gDate: string, g: number, isPast: boolean) =>
      isPast
        ? `目标的截止日期是${formatLongDate(gDate, 'zh-Hans')}；到那时趋势为 ${n(projection)}（目标：${n(g)}）。`
        : `按此速度，${formatLongDate(gDate, 'zh-Hans')}的分数将为 ${n(projection)}（目标：${n(g)}）。`,
    tableCaption: '报告期内的分数',
    date: '日期',
    score: (unit: string) => (unit === '' ? '分数' : `分数（${unit}）`),
    aim: '目标线',
    measuredBy: '测量人',
    noScores: '本报告期内没有记录任何分数。',
    comments: '备注',
    noComments: '本报告期没有备注。',
    phaseComment: (label: string) => `教学调整：${label}`,
  },
  ar: {
    heading: 'تقرير التقدم',
    title: (name: string, period: string) => `تقرير التقدم: ${name} (${period})`,
    student: 'الطالب',
    school: 'المدرسة',
    grade: 'الصف',
    plan: 'الخطة',
    period: 'فترة التقرير',
    labels: 'عبارات الحالة',
    planLine: (version: number, effectiveFrom: string | null) =>
      effectiveFrom === null
        ? `IEP، الإصدار ${String(version)} (مسودة)`
        : `IEP، الإصدار ${String(version)}، ساري المفعول منذ ${formatLongDate(effectiveFrom, 'ar')}`,
    periodLine: (from: string | null, to: string) =>
      from === null
        ? `حتى ${formatLongDate(to, 'ar')}`
        : `من ${formatLongDate(from, 'ar')} إلى ${formatLongDate(to, 'ar')}`,
    about:
      'تُقيَّم حالة كل هدف بناءً على جميع النتائج حتى آخر يوم في الفترة؛ ويعرض الجدول النتائج المسجلة خلال الفترة. ويعرض الرسم البياني خط الأساس، وخط الهدف من خط الأساس إلى الهدف، والنتائج، واتجاه النتائج منذ آخر تغيير في طريقة التدريس.',
    noGoals: 'لا يتضمن برنامج IEP هذا أي أهداف.',
    goalHeading: (index: number, area: string) =>
      area === '' ? `الهدف ${String(index)}` : `الهدف ${String(index)}: ${area}`,
    measurement: (method: string) => `طريقة القياس: ${method}`,
    status: (date: string) => `الحالة في ${formatLongDate(date, 'ar')}`,
    rules: (fourPoint: RuleDecision | null, trend: RuleDecision | null) =>
      `قواعد القرار: قاعدة النقاط الأربع، ${fourPoint === null ? 'لم تُطبَّق بعد (تحتاج إلى 6 نتائج على الأقل خلال 3 أسابيع)' : DECISIONS.ar[fourPoint]}؛ قاعدة الاتجاه، ${trend === null ? 'لم تُطبَّق بعد (تحتاج إلى 8 نتائج على الأقل)' : DECISIONS.ar[trend]}.`,
    baselineLine: (b: number, bDate: string, g: number, gDate: string) =>
      `خط الأساس ${n(b)} في ${formatLongDate(bDate, 'ar')}؛ الهدف ${n(g)} بحلول ${formatLongDate(gDate, 'ar')}.`,
    usedLine: (count: number, phaseChange: string | null) =>
      `عدد النتائج المستخدمة لحساب الاتجاه: ${String(count)}${phaseChange === null ? '' : `، وهي النتائج التالية لتغيير طريقة التدريس في ${formatLongDate(phaseChange, 'ar')}`}.`,
    trendLine: (slope: number, low: number, high: number, goalSlope: number) =>
      `الاتجاه: ${n(slope)} في الأسبوع (نطاق 95%: من ${n(low)} إلى ${n(high)})؛ ويحتاج خط الهدف إلى ${n(goalSlope)} في الأسبوع.`,
    noTrend: (goalSlope: number) =>
      `الاتجاه: لا توجد نتائج كافية بعد (يلزم 3)؛ ويحتاج خط الهدف إلى ${n(goalSlope)} في الأسبوع.`,
    projectionLine: (projection: number, gDate: string, g: number, isPast: boolean) =>
      isPast
        ? `كان موعد الهدف ${formatLongDate(gDate, 'ar')}؛ وكان الاتجاه عند ${n(projection)} في ذلك الوقت (الهدف: ${n(g)}).`
        : `بهذا المعدل ستكون النتيجة ${n(projection)} في ${formatLongDate(gDate, 'ar')} (الهدف: ${n(g)}).`,
    tableCaption: 'النتائج خلال الفترة',
    date: 'التاريخ',
    score: (unit: string) => (unit === '' ? 'النتيجة' : `النتيجة (${unit})`),
    aim: 'خط الهدف',
    measuredBy: 'القائم بالقياس',
    noScores: 'لم تُسجَّل أي نتائج خلال هذه الفترة.',
    comments: 'ملاحظات',
    noComments: 'لا توجد ملاحظات لهذه الفترة.',
    phaseComment: (label: string) => `تغيير في طريقة التدريس: ${label}`,
  },
} as const;
