import { formatLongDate } from '../calendar/format-long-date';
import type { RuleDecision } from '../schemas/progress';
import { formatNumber as n } from './format-words';

/** What each decision rule recommends, in words. */
const DECISIONS = {
  en: { 'raise-goal': 'raise the goal', 'change-instruction': 'change instruction', continue: 'continue' },
  es: { 'raise-goal': 'subir la meta', 'change-instruction': 'cambiar la instrucción', continue: 'continuar' },
} as const satisfies Record<'en' | 'es', Record<RuleDecision, string>>;

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
} as const;
