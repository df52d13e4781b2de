import type { VagueKind } from '../schemas/goal-check';

/** Text in both languages the checker answers in. */
export interface BilingualText {
  readonly en: string;
  readonly es: string;
}

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
  },
  'vague-change': {
    en: 'gives a direction but no behavior or amount, so two people could disagree about whether it happened; say what the student will do and how much.',
    es: 'indica una dirección pero no una conducta ni una cantidad, así que dos personas podrían no estar de acuerdo en si ocurrió; diga qué hará el estudiante y cuánto.',
  },
  'dead-man': {
    en: 'fails the “dead-man test”: someone who does nothing at all could meet it; name the active behavior to teach instead (for example, ask for a break).',
    es: 'no pasa la “prueba del muerto”: alguien que no hace nada podría cumplirla; nombre la conducta activa que se va a enseñar (por ejemplo, pedir un descanso).',
  },
  hedge: {
    en: 'is open to interpretation, so a stranger could not tell when it is met; say exactly how much, how often, or under what conditions.',
    es: 'se presta a interpretaciones, así que una persona ajena no sabría cuándo se cumple; diga exactamente cuánto, con qué frecuencia o en qué condiciones.',
  },
  'unspecified-support': {
    en: 'does not say what kind or how much help is given; name the prompt or support and its level (for example, one verbal prompt).',
    es: 'no dice qué tipo de ayuda ni cuánta se da; nombre la ayuda y su nivel (por ejemplo, una indicación verbal).',
  },
  'undefined-term': {
    en: 'is not defined, so different people will count different things; describe what it looks like.',
    es: 'no está definido, así que distintas personas contarán cosas distintas; describa cómo se ve.',
  },
  'unanchored-criterion': {
    en: 'is a standard without a number; say what score or count shows the goal is met.',
    es: 'es un estándar sin número; diga qué puntuación o cantidad muestra que se cumplió la meta.',
  },
  'informal-measurement': {
    en: 'does not say what data are recorded or on what form; name the probe, data sheet, or count.',
    es: 'no dice qué datos se registran ni en qué formulario; nombre la prueba, la hoja de datos o el conteo.',
  },
  'progress-without-number': {
    en: 'describes progress without a number; “making progress” without data is an opinion.',
    es: 'describe el progreso sin un número; “está progresando” sin datos es una opinión.',
  },
  'boilerplate-criterion': {
    en: 'is a criterion often copied onto every goal; check that it fits this skill (a warning, not an error).',
    es: 'es un criterio que a menudo se copia en todas las metas; compruebe que corresponde a esta habilidad (es un aviso, no un error).',
  },
  'unquantified-level': {
    en: 'describes a level without a number; give a score, a count, or a percentage.',
    es: 'describe un nivel sin un número; dé una puntuación, una cantidad o un porcentaje.',
  },
};
