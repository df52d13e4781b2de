/**
 * Every deadline kind, in output order for ties (same due date and trigger date). The contract's
 * fifteen federal kinds keep their table order; kinds Binder adds for states are named
 * `<closest federal kind>-<what differs>` or after the step they time, and sit next to their
 * relatives (docs/decisions/0002, D10).
 */
export const DEADLINE_KINDS = [
  'evaluation-consent-request',
  'evaluation-decision',
  'initial-evaluation',
  'initial-evaluation-from-referral',
  'initial-evaluation-team-meeting',
  'eligibility-meeting',
  'initial-iep-meeting',
  'iep-implementation',
  'annual-review',
  'reevaluation',
  'reevaluation-intellectual-disability',
  'transition-plan',
  'transition-plan-full',
  'age-of-majority-notice',
  'records-access',
  'safeguards-notice',
  'ocr-complaint-window',
  'state-complaint-window',
  'state-complaint-decision',
  'due-process-window',
  'resolution-meeting',
  'hearing-decision',
  'civil-action-window',
  'manifestation-determination',
  // Added for the clocks a parent's request starts, and the district-filed hearing (docs/decisions/0015).
  'evaluation-request-response',
  'evaluation-request-meeting',
  'hearing-decision-school-complaint',
  'meeting-notice',
  'draft-iep',
  // Added with the last clocks (docs/decisions/0029).
  'safeguards-notice-school-year',
  'referral-conference-scheduled',
  'oral-referral-documented',
  'evaluation-consent-efforts',
  'meeting-documents',
  'written-notice-of-decision',
  'reevaluation-completion',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const ORDER = new Map<string, number>(DEADLINE_KINDS.map((kind, index) => [kind, index]));

/** Position of a kind in {@link DEADLINE_KINDS} (unknown kinds last). */
export function kindOrder(kind: string): number {
  return ORDER.get(kind) ?? DEADLINE_KINDS.length;
}

/** Each kind in plain words, for messages ("the initial evaluation deadline"). */
export const DEADLINE_KIND_NAMES: Readonly<Record<DeadlineKind, { readonly en: string; readonly es: string }>> = {
  'evaluation-consent-request': {
    en: 'request for consent to evaluate',
    es: 'solicitud de consentimiento para evaluar',
  },
  'evaluation-decision': { en: 'decision whether to evaluate', es: 'decisión de evaluar o no' },
  'initial-evaluation': { en: 'initial evaluation', es: 'evaluación inicial' },
  'initial-evaluation-from-referral': {
    en: 'initial evaluation (from the referral)',
    es: 'evaluación inicial (desde la remisión)',
  },
  'initial-evaluation-team-meeting': { en: 'Team meeting and proposed IEP', es: 'reunión del equipo e IEP propuesto' },
  'eligibility-meeting': { en: 'eligibility meeting', es: 'reunión de elegibilidad' },
  'initial-iep-meeting': { en: 'initial IEP meeting', es: 'primera reunión del IEP' },
  'iep-implementation': { en: 'IEP in effect', es: 'IEP en vigor' },
  'annual-review': { en: 'annual IEP review', es: 'revisión anual del IEP' },
  reevaluation: { en: 'three-year reevaluation', es: 'reevaluación trienal' },
  'reevaluation-intellectual-disability': { en: 'two-year reevaluation', es: 'reevaluación bienal' },
  'transition-plan': { en: 'transition plan', es: 'plan de transición' },
  'transition-plan-full': {
    en: 'postsecondary goals and transition services',
    es: 'metas postsecundarias y servicios de transición',
  },
  'age-of-majority-notice': { en: 'age-of-majority notice', es: 'aviso de mayoría de edad' },
  'records-access': { en: 'access to records', es: 'acceso a los expedientes' },
  'safeguards-notice': { en: 'yearly procedural safeguards notice', es: 'aviso anual de garantías procesales' },
  'ocr-complaint-window': { en: 'window to complain to OCR', es: 'plazo para presentar una queja ante la OCR' },
  'state-complaint-window': { en: 'window for a state complaint', es: 'plazo para una queja estatal' },
  'state-complaint-decision': { en: 'state complaint decision', es: 'decisión de la queja estatal' },
  'due-process-window': {
    en: 'window to file for due process',
    es: 'plazo para pedir una audiencia de debido proceso',
  },
  'resolution-meeting': { en: 'resolution meeting', es: 'reunión de resolución' },
  'hearing-decision': { en: 'hearing decision', es: 'decisión de la audiencia' },
  'civil-action-window': { en: 'window for a civil action', es: 'plazo para una demanda civil' },
  'manifestation-determination': { en: 'manifestation determination', es: 'determinación de manifestación' },
  'evaluation-request-response': {
    en: 'written answer to your evaluation request',
    es: 'respuesta por escrito a su solicitud de evaluación',
  },
  'evaluation-request-meeting': {
    en: 'meeting on your evaluation request',
    es: 'reunión sobre su solicitud de evaluación',
  },
  'hearing-decision-school-complaint': {
    en: 'hearing decision (complaint filed by the school)',
    es: 'decisión de la audiencia (queja presentada por la escuela)',
  },
  'meeting-notice': { en: 'notice of the IEP meeting', es: 'aviso de la reunión del IEP' },
  'draft-iep': { en: 'copy of the draft IEP', es: 'copia del borrador del IEP' },
  'safeguards-notice-school-year': {
    en: 'procedural safeguards notice for this school year',
    es: 'aviso de garantías procesales de este año escolar',
  },
  'referral-conference-scheduled': {
    en: 'scheduling of the referral conference',
    es: 'programación de la conferencia de remisión',
  },
  'oral-referral-documented': {
    en: 'your oral referral put in writing',
    es: 'su remisión oral puesta por escrito',
  },
  'evaluation-consent-efforts': {
    en: 'efforts to obtain your consent to evaluate',
    es: 'gestiones para obtener su consentimiento para evaluar',
  },
  'meeting-documents': {
    en: 'documents before the meeting',
    es: 'documentos antes de la reunión',
  },
  'written-notice-of-decision': {
    en: 'written notice of the team’s decision',
    es: 'aviso por escrito de la decisión del equipo',
  },
  'reevaluation-completion': { en: 'reevaluation completed', es: 'reevaluación completada' },
};

/** A kind in plain words (the kind id itself when unknown). */
export function kindName(kind: string): { readonly en: string; readonly es: string } {
  return (
    (DEADLINE_KIND_NAMES as Readonly<Record<string, { readonly en: string; readonly es: string }>>)[kind] ?? {
      en: kind,
      es: kind,
    }
  );
}
