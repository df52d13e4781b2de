import type { DeadlineRule } from '../law/deadline-rule';
import type { Convention } from './timeline-result';

/**
 * The counting conventions Binder applies (docs/decisions/0002-deadline-counting.md), in words a
 * family can check. Each deadline lists the ids it used; the result lists their texts once.
 */
export const CONVENTIONS = {
  'day-after-trigger': {
    en: 'Counting starts the day after the event: the day it happened is day 0, the next day is day 1.',
    es: 'La cuenta empieza el día después del hecho: el día en que ocurrió es el día 0 y el siguiente es el día 1.',
  },
  'no-weekend-roll': {
    en: 'A calendar-day deadline that falls on a weekend or holiday stays on that day; it does not move to the next business day.',
    es: 'Un plazo en días calendario que cae en fin de semana o feriado se queda en ese día; no pasa al siguiente día hábil.',
  },
  'school-days': {
    en: 'School days are Monday to Friday inside a term of the school calendar, not counting closed days. Instructional days and school working days are counted the same way.',
    es: 'Los días escolares son de lunes a viernes dentro de un período del calendario escolar, sin contar los días cerrados. Los días de instrucción y los días laborables escolares se cuentan igual.',
  },
  'business-days': {
    en: 'Business days are Monday to Friday, not counting holidays: the case file’s holiday list, or else US federal holidays on their observed dates.',
    es: 'Los días hábiles son de lunes a viernes, sin contar feriados: la lista de feriados del expediente o, si no hay, los feriados federales en sus fechas observadas.',
  },
  'break-exclusion': {
    en: 'This state does not count some school breaks; the days outside every term of the school calendar count as summer.',
    es: 'Este estado no cuenta algunas vacaciones escolares; los días fuera de todo período del calendario escolar cuentan como verano.',
  },
  'years-same-date': {
    en: 'A deadline a number of years later falls on the same month and day; 29 February becomes 28 February.',
    es: 'Un plazo de varios años vence el mismo mes y día; el 29 de febrero pasa a ser el 28 de febrero.',
  },
  'age-birthday': {
    en: 'An age deadline falls on the birthday at that age.',
    es: 'Un plazo por edad vence el día del cumpleaños a esa edad.',
  },
  'school-year-end': {
    en: 'A once-a-school-year deadline falls on the last day of each school year (a term of the school calendar); anything dated inside that school year meets it. Without a school calendar it is not listed.',
    es: 'Un plazo de una vez por año escolar vence el último día de cada año escolar (un período del calendario escolar); cualquier fecha dentro de ese año escolar lo cumple. Sin calendario escolar no se muestra.',
  },
  'while-iep-in-effect': {
    en: 'Listed only when an IEP is in effect on the due date.',
    es: 'Se muestra solo si hay un IEP en vigor en la fecha de vencimiento.',
  },
  'on-time-if-on-due-date': {
    en: 'Something done on the due date itself is on time; a due date equal to today is still open.',
    es: 'Lo que se hace el mismo día del vencimiento está a tiempo; un plazo que vence hoy sigue abierto.',
  },
} as const;
export type ConventionId = keyof typeof CONVENTIONS;

const CONVENTION_IDS = Object.keys(CONVENTIONS) as ConventionId[];
const byRule = new WeakMap<DeadlineRule, { readonly ids: readonly ConventionId[]; readonly mask: number }>();

function describeRule(rule: DeadlineRule): { readonly ids: readonly ConventionId[]; readonly mask: number } {
  const known = byRule.get(rule);
  if (known !== undefined) return known;
  const ids: ConventionId[] = [];
  switch (rule.basis) {
    case 'calendar-days':
      ids.push('day-after-trigger', rule.breakExclusion === undefined ? 'no-weekend-roll' : 'break-exclusion');
      break;
    case 'school-days':
    case 'instructional-days':
    case 'school-working-days':
      ids.push('day-after-trigger', 'school-days');
      break;
    case 'business-days':
      ids.push('day-after-trigger', 'business-days');
      break;
    case 'years':
      ids.push('years-same-date');
      break;
    case 'age':
      ids.push('age-birthday');
      break;
    case 'school-year':
      ids.push('school-year-end');
      break;
  }
  // A second, calendar-day clock ("whichever is less") can decide the date too.
  if (rule.orWithin !== undefined) ids.push('no-weekend-roll');
  if (rule.isWhileIepInEffect) ids.push('while-iep-in-effect');
  ids.push('on-time-if-on-due-date');
  const mask = ids.reduce((bits, id) => bits | (1 << CONVENTION_IDS.indexOf(id)), 0);
  const described = { ids: Object.freeze(ids), mask };
  byRule.set(rule, described);
  return described;
}

/** The conventions a rule's deadlines rely on (one shared, frozen list per rule). */
export function conventionsFor(rule: DeadlineRule): readonly ConventionId[] {
  return describeRule(rule).ids;
}

/** The conventions of a rule as a bit set, to collect the ones a result used cheaply. */
export function conventionMask(rule: DeadlineRule): number {
  return describeRule(rule).mask;
}

const described = new Map<number, readonly Convention[]>();

/** The texts of the conventions in a bit set, in the order of {@link CONVENTIONS} (shared, frozen objects). */
export function describeConventions(mask: number): Convention[] {
  let texts = described.get(mask);
  if (texts === undefined) {
    texts = CONVENTION_IDS.filter((_, index) => (mask & (1 << index)) !== 0).map((id) =>
      Object.freeze({ id, en: CONVENTIONS[id].en, es: CONVENTIONS[id].es }),
    );
    described.set(mask, texts);
  }
  return texts.slice();
}
