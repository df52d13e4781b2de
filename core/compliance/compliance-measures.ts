import type { Cited, LocalizedText } from '../law/rule-status';

/**
 * How the deadlines of one kind turned out: met in time, met late, or still not done past due; and, for a
 * measure that has them, the requests still unanswered past their answer clock (`unanswered`).
 */
export interface Outcomes {
  readonly met: number;
  readonly late: number;
  readonly overdue: number;
  readonly unanswered?: number;
}

/** A district compliance measure built from one deadline kind of the engine. */
export interface ComplianceMeasure extends Cited {
  readonly id: 'evaluation-timeliness' | 'transition-content';
  readonly deadlineKind: string;
  /**
   * The clocks for answering the request that comes before the measured deadline: when one has passed with no
   * answer, the request counts against the rate (the measured deadline never started, so it cannot).
   */
  readonly unansweredKinds: readonly string[];
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/**
 * The measures the district dashboard shows, in the spirit of the federal State Performance Plan
 * indicators: Indicator 11 (initial evaluations within the state's timeline) and an Indicator-13-style
 * check (IEPs with transition content by the transition age). Deadlines not yet due are left out of both.
 */
export const COMPLIANCE_MEASURES: readonly ComplianceMeasure[] = [
  {
    id: 'evaluation-timeliness',
    deadlineKind: 'initial-evaluation',
    // A request to evaluate that the district never answered has no evaluation clock (that starts at consent):
    // without these, a district that ignores requests would read "100% on time".
    unansweredKinds: ['evaluation-consent-request', 'evaluation-decision', 'evaluation-request-response'],
    name: { en: 'Initial evaluations on time', es: 'Evaluaciones iniciales a tiempo' },
    description: {
      en: "Share of initial evaluations completed within the state's timeline (federal Indicator 11), of those whose deadline has passed. A request to evaluate left unanswered past the state's deadline for answering counts as not on time.",
      es: 'Porcentaje de evaluaciones iniciales terminadas dentro del plazo del estado (Indicador federal 11), entre aquellas cuyo plazo ya venció. Una solicitud de evaluación sin respuesta después del plazo del estado para responder cuenta como no hecha a tiempo.',
    },
    citation: '34 CFR 300.301(c)(1)',
    status: 'confirmed',
  },
  {
    id: 'transition-content',
    deadlineKind: 'transition-plan',
    unansweredKinds: [],
    name: { en: 'Transition plans by the transition age', es: 'Planes de transición a la edad requerida' },
    description: {
      en: 'Share of IEPs that included postsecondary goals and transition services by the transition age (in the style of Indicator 13), of those already due.',
      es: 'Porcentaje de IEP que incluyeron metas postsecundarias y servicios de transición a la edad requerida (al estilo del Indicador 13), entre los que ya vencieron.',
    },
    citation: '34 CFR 300.320(b)',
    status: 'confirmed',
  },
];

/** How many came due: met, late, still overdue, and requests unanswered past their answer clock. */
export function dueCount(outcomes: Outcomes): number {
  return outcomes.met + outcomes.late + outcomes.overdue + (outcomes.unanswered ?? 0);
}

/**
 * Met on time out of all that came due (met, late, still overdue, or a request unanswered past its clock); null
 * when none came due. Never 1 while a request has gone unanswered.
 */
export function complianceRate(outcomes: Outcomes): number | null {
  const due = dueCount(outcomes);
  return due === 0 ? null : outcomes.met / due;
}
