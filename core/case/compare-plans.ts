import type { LocalizedText } from '../law/rule-status';
import type { IepContent, IepGoal, IepService } from '../schemas/iep';
import type { Accommodation504, Plan504Content } from '../schemas/plan-504';
import { formatLongDate, type DateLanguage } from '../calendar/format-long-date';

/** A date in words ("13 November 2026"), or `none` when there is none: never `2026-11-13` in front of a parent. */
function dateIn(date: string | null | undefined, language: DateLanguage, none: string): string {
  return date === null || date === undefined ? none : formatLongDate(date, language);
}

/** How a change affects the child, so the UI can draw attention to cuts. */
export type ChangeEffect = 'added' | 'removed' | 'reduced' | 'increased' | 'changed';

/** One difference between two versions of a plan, in words a parent understands. */
export interface PlanChange {
  readonly section: string;
  readonly effect: ChangeEffect;
  readonly message: LocalizedText;
}

const PARTICIPATION_WORDS = {
  general: { en: 'the regular tests', es: 'las pruebas regulares' },
  'general-with-accommodations': {
    en: 'the regular tests with accommodations',
    es: 'las pruebas regulares con adaptaciones',
  },
  alternate: { en: 'an alternate assessment', es: 'una evaluación alternativa' },
} as const;

const ESY_WORDS = {
  yes: { en: 'yes', es: 'sí' },
  no: { en: 'no', es: 'no' },
  undecided: { en: 'not decided', es: 'sin decidir' },
} as const;

const CATEGORY_WORDS = {
  presentation: { en: 'presentation', es: 'presentación' },
  response: { en: 'response', es: 'respuesta' },
  setting: { en: 'setting', es: 'entorno' },
  'timing-scheduling': { en: 'timing and scheduling', es: 'tiempo y horario' },
  health: { en: 'health', es: 'salud' },
  behavior: { en: 'behavior', es: 'conducta' },
} as const;

const PERIOD_WORDS = {
  day: { en: 'day', es: 'día' },
  week: { en: 'week', es: 'semana' },
  month: { en: 'month', es: 'mes' },
  year: { en: 'year', es: 'año' },
} as const;

/**
 * Sessions per week, to compare services whose period changed. A school week has 5 days and a school year
 * is taken as 36 weeks (a common 180-day year); a month is 4 weeks. Only used to say "reduced" or
 * "increased"; the message always shows both versions as written.
 */
const WEEKLY_FACTOR = { day: 5, week: 1, month: 1 / 4, year: 1 / 36 } as const;

function minutesText(service: IepService): LocalizedText {
  if (service.minutesPerSession === null || service.sessionsPerPeriod === null) {
    return { en: 'no minutes set', es: 'sin minutos indicados' };
  }
  const period = PERIOD_WORDS[service.period];
  const total = service.minutesPerSession * service.sessionsPerPeriod;
  return {
    en: `${String(total)} minutes a ${period.en} (${String(service.sessionsPerPeriod)} × ${String(service.minutesPerSession)})`,
    es: `${String(total)} minutos por ${period.es} (${String(service.sessionsPerPeriod)} × ${String(service.minutesPerSession)})`,
  };
}

function weeklyMinutes(service: IepService): number | null {
  if (service.minutesPerSession === null || service.sessionsPerPeriod === null) return null;
  return service.minutesPerSession * service.sessionsPerPeriod * WEEKLY_FACTOR[service.period];
}

function named(value: string, fallback: LocalizedText): LocalizedText {
  return value.trim() === '' ? fallback : { en: value, es: value };
}

function compareById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  onAdded: (item: T) => PlanChange,
  onRemoved: (item: T) => PlanChange,
  onBoth: (old: T, next: T) => PlanChange[],
): PlanChange[] {
  const changes: PlanChange[] = [];
  const afterIds = new Set(after.map((item) => item.id));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  for (const item of before) if (!afterIds.has(item.id)) changes.push(onRemoved(item));
  for (const item of after) {
    const old = beforeById.get(item.id);
    changes.push(...(old === undefined ? [onAdded(item)] : onBoth(old, item)));
  }
  return changes;
}

function compareTextLists(
  section: string,
  label: LocalizedText,
  before: readonly string[],
  after: readonly string[],
): PlanChange[] {
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item));
  return [
    ...removed.map((item) => ({
      section,
      effect: 'removed' as const,
      message: { en: `${label.en} removed: “${item}”`, es: `${label.es} eliminada: “${item}”` },
    })),
    ...added.map((item) => ({
      section,
      effect: 'added' as const,
      message: { en: `${label.en} added: “${item}”`, es: `${label.es} agregada: “${item}”` },
    })),
  ];
}

function textChanged(section: string, label: LocalizedText, before: string, after: string): PlanChange[] {
  if (before.trim() === after.trim()) return [];
  return [{ section, effect: 'changed', message: { en: `${label.en} changed`, es: `${label.es}: cambió el texto` } }];
}

const GOAL_FALLBACK = { en: 'a goal', es: 'una meta' };

function compareGoals(old: IepGoal, next: IepGoal): PlanChange[] {
  const name = named(next.area, GOAL_FALLBACK);
  const changes: PlanChange[] = [];
  const oldTarget = old.target.value;
  const newTarget = next.target.value;
  if (oldTarget !== newTarget && oldTarget !== null && newTarget !== null) {
    // For a goal where less is better (incidents), a lower target asks more of the school, not less.
    const asksLess = next.direction === 'increase' ? newTarget < oldTarget : newTarget > oldTarget;
    const unit = next.unit === '' ? '' : ` ${next.unit}`;
    changes.push({
      section: 'goals',
      effect: asksLess ? 'reduced' : 'increased',
      message: {
        en: `Goal “${name.en}”: target ${newTarget < oldTarget ? 'lowered' : 'raised'} from ${String(oldTarget)} to ${String(newTarget)}${unit}`,
        es: `Meta “${name.es}”: el objetivo ${newTarget < oldTarget ? 'bajó' : 'subió'} de ${String(oldTarget)} a ${String(newTarget)}${unit}`,
      },
    });
  }
  if (old.target.date !== next.target.date) {
    changes.push({
      section: 'goals',
      effect: 'changed',
      message: {
        en: `Goal “${name.en}”: goal date changed from ${dateIn(old.target.date, 'en', 'none')} to ${dateIn(next.target.date, 'en', 'none')}`,
        es: `Meta “${name.es}”: la fecha de la meta cambió del ${dateIn(old.target.date, 'es', 'ninguna')} al ${dateIn(next.target.date, 'es', 'ninguna')}`,
      },
    });
  }
  if (old.baseline.value !== next.baseline.value) {
    changes.push({
      section: 'goals',
      effect: 'changed',
      message: {
        en: `Goal “${name.en}”: baseline changed from ${String(old.baseline.value ?? 'none')} to ${String(next.baseline.value ?? 'none')}`,
        es: `Meta “${name.es}”: la línea de base cambió de ${String(old.baseline.value ?? 'ninguna')} a ${String(next.baseline.value ?? 'ninguna')}`,
      },
    });
  }
  changes.push(
    ...textChanged(
      'goals',
      { en: `Goal “${name.en}”: wording`, es: `Meta “${name.es}”` },
      old.statement,
      next.statement,
    ),
  );
  changes.push(
    ...textChanged(
      'goals',
      { en: `Goal “${name.en}”: how it is measured`, es: `Meta “${name.es}”: cómo se mide` },
      old.measurementMethod,
      next.measurementMethod,
    ),
  );
  return changes;
}

const SERVICE_FALLBACK = { en: 'a service', es: 'un servicio' };

function compareServices(old: IepService, next: IepService): PlanChange[] {
  const name = named(next.name, SERVICE_FALLBACK);
  const changes: PlanChange[] = [];
  const oldText = minutesText(old);
  const newText = minutesText(next);
  if (oldText.en !== newText.en) {
    const before = weeklyMinutes(old);
    const after = weeklyMinutes(next);
    const effect: ChangeEffect =
      before !== null && after !== null
        ? after < before
          ? 'reduced'
          : after > before
            ? 'increased'
            : 'changed'
        : 'changed';
    const verb = { reduced: ['cut', 'se redujo'], increased: ['increased', 'aumentó'], changed: ['changed', 'cambió'] }[
      effect === 'reduced' || effect === 'increased' ? effect : 'changed'
    ];
    changes.push({
      section: 'services',
      effect,
      message: {
        en: `${name.en}: time ${verb[0]} from ${oldText.en} to ${newText.en}`,
        es: `${name.es}: el tiempo ${verb[1]} de ${oldText.es} a ${newText.es}`,
      },
    });
  }
  if (old.location.trim() !== next.location.trim()) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: location changed from “${old.location}” to “${next.location}”`,
        es: `${name.es}: el lugar cambió de “${old.location}” a “${next.location}”`,
      },
    });
  }
  if (old.providerRole.trim() !== next.providerRole.trim()) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: provider changed from “${old.providerRole}” to “${next.providerRole}”`,
        es: `${name.es}: el proveedor cambió de “${old.providerRole}” a “${next.providerRole}”`,
      },
    });
  }
  if (old.startDate !== next.startDate || old.endDate !== next.endDate) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: dates changed to ${dateIn(next.startDate, 'en', '?')} – ${dateIn(next.endDate, 'en', '?')}`,
        es: `${name.es}: las fechas cambiaron a ${dateIn(next.startDate, 'es', '?')} – ${dateIn(next.endDate, 'es', '?')}`,
      },
    });
  }
  return changes;
}

/** Every difference between two versions of an IEP, cuts first so a parent sees them at once. */
export function compareIeps(before: IepContent, after: IepContent): PlanChange[] {
  const changes: PlanChange[] = [
    ...textChanged(
      'present-levels',
      { en: 'Present levels (academic)', es: 'Niveles actuales (académicos)' },
      before.presentLevels.academic,
      after.presentLevels.academic,
    ),
    ...textChanged(
      'present-levels',
      { en: 'Present levels (functional)', es: 'Niveles actuales (funcionales)' },
      before.presentLevels.functional,
      after.presentLevels.functional,
    ),
    ...textChanged(
      'present-levels',
      { en: 'How the disability affects progress', es: 'Cómo afecta la discapacidad al progreso' },
      before.presentLevels.disabilityImpact,
      after.presentLevels.disabilityImpact,
    ),
    ...compareById(
      before.goals,
      after.goals,
      (goal) => ({
        section: 'goals',
        effect: 'added',
        message: {
          en: `Goal added: “${named(goal.area, GOAL_FALLBACK).en}”`,
          es: `Meta agregada: “${named(goal.area, GOAL_FALLBACK).es}”`,
        },
      }),
      (goal) => ({
        section: 'goals',
        effect: 'removed',
        message: {
          en: `Goal removed: “${named(goal.area, GOAL_FALLBACK).en}”`,
          es: `Meta eliminada: “${named(goal.area, GOAL_FALLBACK).es}”`,
        },
      }),
      compareGoals,
    ),
    ...compareById(
      before.services,
      after.services,
      (service) => ({
        section: 'services',
        effect: 'added',
        message: {
          en: `Service added: ${named(service.name, SERVICE_FALLBACK).en}, ${minutesText(service).en}`,
          es: `Servicio agregado: ${named(service.name, SERVICE_FALLBACK).es}, ${minutesText(service).es}`,
        },
      }),
      (service) => ({
        section: 'services',
        effect: 'removed',
        message: {
          en: `Service removed: ${named(service.name, SERVICE_FALLBACK).en} (was ${minutesText(service).en})`,
          es: `Servicio eliminado: ${named(service.name, SERVICE_FALLBACK).es} (era ${minutesText(service).es})`,
        },
      }),
      compareServices,
    ),
    ...compareTextLists(
      'accommodations',
      { en: 'Accommodation', es: 'Adaptación' },
      before.accommodations,
      after.accommodations,
    ),
    ...compareTextLists(
      'supplementary-aids',
      { en: 'Supplementary aid', es: 'Ayuda complementaria' },
      before.supplementaryAids,
      after.supplementaryAids,
    ),
    ...compareTextLists(
      'modifications',
      { en: 'Modification', es: 'Modificación' },
      before.modifications,
      after.modifications,
    ),
  ];
  const oldShare = before.leastRestrictiveEnvironment.percentInGeneralClass;
  const newShare = after.leastRestrictiveEnvironment.percentInGeneralClass;
  if (oldShare !== newShare) {
    changes.push({
      section: 'least-restrictive-environment',
      effect: 'changed',
      message: {
        en: `Time in the general classroom changed from ${oldShare === null ? 'not stated' : `${String(oldShare)}%`} to ${newShare === null ? 'not stated' : `${String(newShare)}%`}`,
        es: `El tiempo en el aula general cambió de ${oldShare === null ? 'sin indicar' : `${String(oldShare)}%`} a ${newShare === null ? 'sin indicar' : `${String(newShare)}%`}`,
      },
    });
  }
  if (before.assessments.participation !== after.assessments.participation) {
    changes.push({
      section: 'assessments',
      effect: 'changed',
      message: {
        en: `State and district tests: from ${PARTICIPATION_WORDS[before.assessments.participation].en} to ${PARTICIPATION_WORDS[after.assessments.participation].en}`,
        es: `Pruebas estatales y del distrito: de ${PARTICIPATION_WORDS[before.assessments.participation].es} a ${PARTICIPATION_WORDS[after.assessments.participation].es}`,
      },
    });
  }
  if (before.extendedSchoolYear.decision !== after.extendedSchoolYear.decision) {
    changes.push({
      section: 'extended-school-year',
      effect: 'changed',
      message: {
        en: `Extended school year changed from ${ESY_WORDS[before.extendedSchoolYear.decision].en} to ${ESY_WORDS[after.extendedSchoolYear.decision].en}`,
        es: `Año escolar extendido: cambió de ${ESY_WORDS[before.extendedSchoolYear.decision].es} a ${ESY_WORDS[after.extendedSchoolYear.decision].es}`,
      },
    });
  }
  if ((before.transition === null) !== (after.transition === null)) {
    changes.push({
      section: 'transition',
      effect: after.transition === null ? 'removed' : 'added',
      message:
        after.transition === null
          ? { en: 'Transition plan removed', es: 'Plan de transición eliminado' }
          : { en: 'Transition plan added', es: 'Plan de transición agregado' },
    });
  }
  return sortCutsFirst(changes);
}

/** Every difference between two versions of a 504 plan, removals first. */
export function compare504Plans(before: Plan504Content, after: Plan504Content): PlanChange[] {
  const describe = (a: Accommodation504, language: 'en' | 'es') =>
    `${a.description} (${CATEGORY_WORDS[a.category][language]})`;
  const changes: PlanChange[] = [
    ...textChanged('impairment', { en: 'Impairment', es: 'Impedimento' }, before.impairment, after.impairment),
    ...compareTextLists(
      'major-life-activities',
      { en: 'Major life activity', es: 'Actividad principal de la vida' },
      before.majorLifeActivities,
      after.majorLifeActivities,
    ),
    ...compareById(
      before.accommodations,
      after.accommodations,
      (a) => ({
        section: 'accommodations',
        effect: 'added',
        message: { en: `Accommodation added: ${describe(a, 'en')}`, es: `Adaptación agregada: ${describe(a, 'es')}` },
      }),
      (a) => ({
        section: 'accommodations',
        effect: 'removed',
        message: {
          en: `Accommodation removed: ${describe(a, 'en')}`,
          es: `Adaptación eliminada: ${describe(a, 'es')}`,
        },
      }),
      (old, next) =>
        old.description === next.description && old.responsible === next.responsible && old.category === next.category
          ? []
          : [
              {
                section: 'accommodations',
                effect: 'changed',
                message: {
                  en: `Accommodation changed: “${old.description}” → “${next.description}” (responsible: ${next.responsible || '—'})`,
                  es: `Adaptación cambiada: “${old.description}” → “${next.description}” (responsable: ${next.responsible || '—'})`,
                },
              },
            ],
    ),
  ];
  if (before.reviewDate !== after.reviewDate) {
    changes.push({
      section: 'review-date',
      effect: 'changed',
      message: {
        en: `Review date changed from ${dateIn(before.reviewDate, 'en', 'none')} to ${dateIn(after.reviewDate, 'en', 'none')}`,
        es: `La fecha de revisión cambió del ${dateIn(before.reviewDate, 'es', 'ninguna')} al ${dateIn(after.reviewDate, 'es', 'ninguna')}`,
      },
    });
  }
  return sortCutsFirst(changes);
}

const EFFECT_ORDER: Record<ChangeEffect, number> = { reduced: 0, removed: 1, changed: 2, increased: 3, added: 4 };

function sortCutsFirst(changes: PlanChange[]): PlanChange[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => EFFECT_ORDER[a.change.effect] - EFFECT_ORDER[b.change.effect] || a.index - b.index)
    .map(({ change }) => change);
}
