import { PROGRESS_STATUSES } from '../schemas/progress';
import type { LocalizedText } from './format-words';

/**
 * What a status is called on a progress report. The statuses of docs/progress-methods.md, plus finer cases some states
 * name separately (docs/progress-methods.md 1.7: no progress and regression under not-on-track; Connecticut's "Not
 * Mastered" once the goal date has passed).
 */
export const STATUS_LABEL_KEYS = [
  ...PROGRESS_STATUSES,
  'not-on-track-no-progress',
  'not-on-track-regression',
  'not-met-by-goal-date',
] as const;
export type StatusLabelKey = (typeof STATUS_LABEL_KEYS)[number];

export const LABEL_SET_IDS = ['federal', 'connecticut', 'california-selpa', 'maryland-howard'] as const;
export type LabelSetId = (typeof LABEL_SET_IDS)[number];

/** A band of "percent of goal met" (California SELPA codes 1–4). */
export interface PercentBand {
  /** The band applies from this percent (inclusive; percents are floored first) up to the next band. */
  readonly minPercent: number;
  readonly code: string;
  readonly label: LocalizedText;
}

/**
 * A state's or district's words for progress. A key a set does not name falls back to the federal words, so a
 * set lists only what it really says: inventing a state term would misstate that state's form.
 */
export interface LabelSet {
  readonly id: LabelSetId;
  readonly name: LocalizedText;
  readonly source: string;
  /** Where the set is used: `US` for the federal words, else the two-letter code of its state. */
  readonly jurisdiction: string;
  readonly labels: Readonly<Partial<Record<StatusLabelKey, LocalizedText>>>;
  /** When present, judged statuses are labelled by percent of goal met instead of by status. */
  readonly percentBands?: readonly PercentBand[];
}

/** Plain words a parent reads (docs/progress-methods.md 1.7); every other set falls back to these. */
export const FEDERAL_LABELS: Readonly<Record<StatusLabelKey, LocalizedText>> = {
  'not-introduced': { en: 'not yet introduced', es: 'todavía no se ha introducido' },
  'insufficient-data': {
    en: 'progress not measurable at this time',
    es: 'el progreso no se puede medir por ahora',
  },
  'goal-met': { en: 'goal met', es: 'meta alcanzada' },
  'not-on-track': {
    en: 'not making sufficient progress to meet the goal',
    es: 'no avanza lo suficiente para alcanzar la meta',
  },
  'on-track': {
    en: 'making sufficient progress to meet the goal',
    es: 'avanza lo suficiente para alcanzar la meta',
  },
  unclear: {
    en: 'not yet clear whether progress is sufficient to meet the goal',
    es: 'todavía no está claro si el progreso basta para alcanzar la meta',
  },
  'not-on-track-no-progress': {
    en: 'not making sufficient progress to meet the goal; no clear growth yet',
    es: 'no avanza lo suficiente para alcanzar la meta; todavía no hay un crecimiento claro',
  },
  'not-on-track-regression': {
    en: 'not making sufficient progress to meet the goal; now below the starting level',
    es: 'no avanza lo suficiente para alcanzar la meta; ahora está por debajo del nivel inicial',
  },
  'not-met-by-goal-date': {
    en: 'goal not met by the goal date',
    es: 'meta no alcanzada para la fecha prevista',
  },
};

/** Words beside the status when a rule says the goal may be too low. */
export const RAISE_GOAL_ADVICE: LocalizedText = {
  en: 'the data suggest the goal could be raised',
  es: 'los datos sugieren que se podría subir la meta',
};

const CONNECTICUT: LabelSet = {
  id: 'connecticut',
  name: { en: 'Connecticut IEP progress codes', es: 'Códigos de progreso del IEP de Connecticut' },
  source: 'Connecticut IEP Manual, section 12 (progress reporting)',
  jurisdiction: 'CT',
  // Connecticut has no "not measurable yet" code; insufficient-data keeps the federal words.
  labels: {
    'not-introduced': { en: 'Not Introduced', es: 'No introducido' },
    'goal-met': { en: 'Mastered (Goal/Objective Achieved)', es: 'Dominado (meta u objetivo logrado)' },
    'on-track': { en: 'Satisfactory Progress', es: 'Progreso satisfactorio' },
    unclear: { en: 'Limited/Minimal Progress', es: 'Progreso limitado o mínimo' },
    'not-on-track': { en: 'Limited/Minimal Progress', es: 'Progreso limitado o mínimo' },
    'not-on-track-no-progress': { en: 'No Progress to Date', es: 'Sin progreso hasta la fecha' },
    'not-on-track-regression': { en: 'No Progress to Date', es: 'Sin progreso hasta la fecha' },
    'not-met-by-goal-date': { en: 'Not Mastered', es: 'No dominado' },
  },
};

const CALIFORNIA_SELPA: LabelSet = {
  id: 'california-selpa',
  name: { en: 'California SELPA progress codes', es: 'Códigos de progreso de SELPA de California' },
  source: 'California SELPA IEP progress form (codes 1–4, percent of goal met)',
  jurisdiction: 'CA',
  labels: {},
  percentBands: [
    { minPercent: Number.NEGATIVE_INFINITY, code: '1', label: { en: 'No progress', es: 'Sin progreso' } },
    {
      minPercent: 1,
      code: '2',
      label: { en: 'Partial (1–49% of goal met)', es: 'Parcial (1–49 % de la meta alcanzada)' },
    },
    {
      minPercent: 50,
      code: '3',
      label: { en: 'Substantial (50–99% of goal met)', es: 'Sustancial (50–99 % de la meta alcanzada)' },
    },
    { minPercent: 100, code: '4', label: { en: 'Goal met or exceeded', es: 'Meta alcanzada o superada' } },
  ],
};

const MARYLAND_HOWARD: LabelSet = {
  id: 'maryland-howard',
  name: { en: 'Howard County (MD) progress descriptors', es: 'Descriptores de progreso del condado de Howard (MD)' },
  source: 'Howard County Public School System (MD) IEP progress reports',
  jurisdiction: 'MD',
  labels: {
    'insufficient-data': {
      en: 'Progress Not Measurable At This Time',
      es: 'El progreso no se puede medir en este momento',
    },
    // The county's three descriptors have no "unclear"; data that cannot yet decide are "not measurable".
    unclear: { en: 'Progress Not Measurable At This Time', es: 'El progreso no se puede medir en este momento' },
    'on-track': {
      en: 'Making sufficient progress to meet goal',
      es: 'Avanza lo suficiente para alcanzar la meta',
    },
    'not-on-track': {
      en: 'Not making sufficient progress to meet goal',
      es: 'No avanza lo suficiente para alcanzar la meta',
    },
  },
};

/** Every label set, by id. */
export const LABEL_SETS: Readonly<Record<LabelSetId, LabelSet>> = {
  federal: {
    id: 'federal',
    name: { en: 'Plain words', es: 'Palabras sencillas' },
    source: '34 CFR 300.320(a)(3)',
    jurisdiction: 'US',
    labels: FEDERAL_LABELS,
  },
  connecticut: CONNECTICUT,
  'california-selpa': CALIFORNIA_SELPA,
  'maryland-howard': MARYLAND_HOWARD,
};

/**
 * The label sets in the order a select offers them: the child's state's own sets first (a Connecticut child's team
 * most likely reports in Connecticut's codes), then the plain federal words, then every other set. `jurisdiction`
 * is the child's (`US` or a state code, any case); unknown while the child is loading.
 */
export function labelSetsFor(jurisdiction: string | undefined): LabelSetId[] {
  const state = jurisdiction?.toUpperCase();
  const own = LABEL_SET_IDS.filter((id) => id !== 'federal' && LABEL_SETS[id].jurisdiction === state);
  return [...own, ...LABEL_SET_IDS.filter((id) => !own.includes(id))];
}
