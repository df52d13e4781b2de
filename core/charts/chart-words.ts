import { formatLongDate } from '../calendar/format-long-date';

import type { Language } from '../progress/format-words';

/** The graph's words in each language. */
export const CHART_WORDS = {
  en: {
    score: 'Score',
    weeks: (date: string) => `Weeks since baseline (${formatLongDate(date, 'en')})`,
    title: (status: string) => `Progress toward the goal: ${status}`,
    baseline: 'Baseline',
    aim: 'Goal line',
    goal: 'Goal',
    points: 'Scores',
    unused: 'Scores before the last change (not in the trend)',
    trend: 'Trend',
    band: '95% range of trend',
    projection: 'Projection',
    phase: 'Change in instruction',
    change: 'Change',
  },
  es: {
    score: 'Puntuación',
    weeks: (date: string) => `Semanas desde la línea de base (${formatLongDate(date, 'es')})`,
    title: (status: string) => `Progreso hacia la meta: ${status}`,
    baseline: 'Línea de base',
    aim: 'Línea de la meta',
    goal: 'Meta',
    points: 'Resultados',
    unused: 'Resultados antes del último cambio (fuera de la tendencia)',
    trend: 'Tendencia',
    band: 'Rango del 95 % de la tendencia',
    projection: 'Proyección',
    phase: 'Cambio de instrucción',
    change: 'Cambio',
  },
} as const;

export type ChartWords = (typeof CHART_WORDS)[Language];
