import { kindName } from '../../law/deadline-kinds';
import { JURISDICTION_NAMES, isJurisdictionCode } from '../../law/jurisdiction-names';
import type { JurisdictionRules } from '../../law/rule-registry';
import type { DeadlineOccurrence } from '../deadlines-for-rule';
import { formatDateEn, formatDateEs } from '../format-date';
import type { Finding } from '../timeline-result';
import { finding } from './finding';

/** Days before a filing window closes from which Binder warns. */
const WINDOW_WARNING_DAYS = 30;

function names(occurrences: readonly DeadlineOccurrence[]): { en: string; es: string } {
  const kinds = new Set<string>();
  for (const occurrence of occurrences) kinds.add(occurrence.rule.kind);
  const en: string[] = [];
  const es: string[] = [];
  for (const kind of kinds) {
    const name = kindName(kind);
    en.push(name.en);
    es.push(name.es);
  }
  return { en: en.join(', '), es: es.join(', ') };
}

/** `state-rules-missing`: the state has no encoded rules, so federal rules were used. */
export function findStateRulesMissing(rules: JurisdictionRules): Finding[] {
  if (rules.hasStateRules) return [];
  const code = rules.jurisdiction;
  const name = isJurisdictionCode(code) ? JURISDICTION_NAMES[code] : { en: code, es: code };
  return [
    finding(
      'state-rules-missing',
      'info',
      {
        en: `Binder has no rules for ${name.en} yet, so federal rules were used. The state may set its own timelines (for example a different evaluation timeline); check the state's rules.`,
        es: `Binder aún no tiene las normas de ${name.es}, así que se usaron las normas federales. El estado puede fijar sus propios plazos (por ejemplo otro plazo de evaluación); consulte las normas del estado.`,
      },
      '34 CFR 300.301(c)(1)',
      { ruleStatus: 'confirmed' },
    ),
  ];
}

/**
 * Findings that follow from the deadlines themselves: `calendar-needed` and `calendar-incomplete`
 * (once per case), `unconfirmed-rule` (once per rule), `deadline-missed` (each late or overdue
 * deadline the school, the state or a hearing officer owed) and `filing-window-closing`.
 */
export function findDeadlineFindings(occurrences: readonly DeadlineOccurrence[], asOf: number): Finding[] {
  const findings: Finding[] = [];
  const needed: DeadlineOccurrence[] = [];
  const incomplete: DeadlineOccurrence[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.problem === 'calendar-needed') needed.push(occurrence);
    else if (occurrence.problem === 'calendar-incomplete') incomplete.push(occurrence);
  }
  if (needed.length > 0) {
    const kinds = names(needed);
    findings.push(
      finding(
        'calendar-needed',
        'warning',
        {
          en: `Some deadlines are counted in school days or skip school breaks (${kinds.en}); add the school calendar (terms and closed days) to see their dates.`,
          es: `Algunos plazos se cuentan en días escolares o no cuentan las vacaciones (${kinds.es}); añada el calendario escolar (períodos y días cerrados) para ver sus fechas.`,
        },
        '34 CFR 300.11',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  if (incomplete.length > 0) {
    const kinds = names(incomplete);
    findings.push(
      finding(
        'calendar-incomplete',
        'warning',
        {
          en: `The school calendar ends before some counts do (${kinds.en}); add the next school year's terms to see those dates.`,
          es: `El calendario escolar termina antes que algunas cuentas (${kinds.es}); añada los períodos del siguiente año escolar para ver esas fechas.`,
        },
        '34 CFR 300.11',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  const unconfirmed = new Map<string, DeadlineOccurrence>();
  for (const occurrence of occurrences) {
    if (occurrence.rule.status === 'unconfirmed' && !unconfirmed.has(occurrence.rule.id))
      unconfirmed.set(occurrence.rule.id, occurrence);
  }
  for (const { rule } of unconfirmed.values()) {
    findings.push(
      finding(
        'unconfirmed-rule',
        'info',
        {
          en: `The ${kindName(rule.kind).en} deadline comes from a rule Binder could not confirm from its source (${rule.citation}); check it with the district or the state before relying on it.`,
          es: `El plazo de ${kindName(rule.kind).es} proviene de una norma que Binder no pudo confirmar en su fuente (${rule.citation}); verifíquelo con el distrito o el estado antes de confiar en él.`,
        },
        rule.citation,
        { rule: rule.id, ruleStatus: rule.status },
      ),
    );
  }
  for (const occurrence of occurrences) {
    const { deadline, rule, dueDay } = occurrence;
    if (dueDay === null) continue;
    const isMissed = rule.obligedParty !== 'family' && (deadline.status === 'late' || deadline.status === 'overdue');
    const isClosing = rule.isWindow && deadline.status === 'open' && dueDay - asOf <= WINDOW_WARNING_DAYS;
    // Most deadlines give no finding: the words are looked up only for those that do.
    if (!isMissed && !isClosing) continue;
    const name = kindName(rule.kind);
    const due = { en: formatDateEn(dueDay), es: formatDateEs(dueDay) };
    if (isMissed) {
      const isLate = deadline.status === 'late';
      findings.push(
        finding(
          'deadline-missed',
          'violation',
          isLate
            ? {
                en: `The ${name.en} deadline of ${due.en} was missed: it was completed late, on ${deadline.completedOn ?? ''}.`,
                es: `No se cumplió el plazo de ${name.es} del ${due.es}: se completó tarde, el ${deadline.completedOn ?? ''}.`,
              }
            : {
                en: `The ${name.en} deadline of ${due.en} has passed and nothing in the case file shows it was met.`,
                es: `El plazo de ${name.es} del ${due.es} ya pasó y nada en el expediente muestra que se cumpliera.`,
              },
          rule.citation,
          { rule: rule.id, ruleStatus: rule.status },
        ),
      );
    }
    if (isClosing) {
      findings.push(
        finding(
          'filing-window-closing',
          'warning',
          {
            en: `The ${name.en} closes on ${due.en}, in ${String(dueDay - asOf)} days.`,
            es: `El ${name.es} se cierra el ${due.es}, en ${String(dueDay - asOf)} días.`,
          },
          rule.citation,
          { rule: rule.id, ruleStatus: rule.status },
        ),
      );
    }
  }
  return findings;
}
