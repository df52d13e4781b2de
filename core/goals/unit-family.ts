/** Kinds of measure a goal's criterion and a present-levels baseline can be in (docs/progress-methods.md 3.2, same units). */
export const UNIT_FAMILIES = ['rate', 'proportion', 'duration', 'count', 'score'] as const;
export type UnitFamily = (typeof UNIT_FAMILIES)[number];

const OCCASIONS =
  /consecutiv|(?:\bof|\bde(?:\s+cada)?)\s+\S+\s+(?:\p{L}+\s+)?(?:probes?|sessions?|days?|weeks?|samples?|observations?|sondeos?|sesiones|días|semanas|muestras|observaciones)\b/u;

/**
 * The family of a phrase such as "90 words correct per minute" (rate), "80% accuracy" or "4 of 5 trials"
 * (proportion), "10 minutes" (duration), "3 incidents" (count), "a rubric score of 3" (score). Percent and "N of
 * M" are one family: both are shares of attempts, so a baseline of 2 of 5 supports a goal of 80%. Phrases that
 * count occasions ("in 3 of 4 weekly probes") have no family: they say how often, not in what unit.
 */
export function unitFamily(phrase: string): UnitFamily | null {
  const p = phrase.toLowerCase();
  // "3 of 4 weekly probes", "3 consecutive sessions": how often mastery must show, not what is measured.
  if (OCCASIONS.test(p)) return null;
  if (
    /wcpm|cwpm|wpm|ppm|pcpm|per minute|por minuto|per (?:hour|day|session|week|class|period)|por (?:hora|día|sesión|semana|clase)|a day|al día|each day|cada día/u.test(
      p,
    )
  ) {
    return 'rate';
  }
  if (/score|puntuación|rubric|rúbrica|level|nivel|percentile|percentil/u.test(p)) return 'score';
  if (
    /%|percent|por ciento|\d\s*\/\s*\d|\bof\b|(?:^|\s)de(?:\s+cada)?\s+(?:\d|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)/u.test(
      p,
    )
  ) {
    return 'proportion';
  }
  if (/minutes?|seconds?|minutos?|segundos?/u.test(p)) return 'duration';
  if (/\d/u.test(p)) return 'count';
  return null;
}
