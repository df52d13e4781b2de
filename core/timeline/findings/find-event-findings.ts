import { EVALUATION_REQUEST_ANSWERED, WRITTEN_REQUEST } from '../../law/event-matches';
import type { EventMatch } from '../../law/deadline-rule';
import type { TeamRole } from '../../schemas/case-file';
import { formatDateEn, formatDateEs } from '../format-date';
import { eventsMatching, firstMatchFrom } from '../match-events';
import { eventsOfType } from '../prepare-case';
import type { PreparedCase } from '../prepare-case';
import type { Finding } from '../timeline-result';
import { finding } from './finding';

/**
 * Calendar days after a written request with no answer from which Binder warns. The law says "a
 * reasonable time" (34 CFR 300.503(a)); 30 days is Binder's threshold, not a legal deadline.
 */
export const UNANSWERED_REQUEST_DAYS = 30;

const ANSWERED: readonly EventMatch[] = [
  ...EVALUATION_REQUEST_ANSWERED,
  { type: 'evaluation-completed' },
  { type: 'eligibility-determined' },
];

/** `evaluation-request-unanswered`: a written request with no consent request, consent or refusal after 30 days. */
export function findUnansweredRequests(prepared: PreparedCase): Finding[] {
  const findings: Finding[] = [];
  for (const request of eventsMatching(prepared, WRITTEN_REQUEST)) {
    const waited = prepared.asOf - request.day;
    if (waited <= UNANSWERED_REQUEST_DAYS || firstMatchFrom(prepared, ANSWERED, request.day) !== null) continue;
    findings.push(
      finding(
        'evaluation-request-unanswered',
        'warning',
        {
          en: `Your written request for an evaluation on ${formatDateEn(request.day)} has had no answer for ${String(waited)} days: the school should either ask for your consent or refuse in writing (prior written notice) within a reasonable time. Binder flags this after ${String(UNANSWERED_REQUEST_DAYS)} days; the law gives no number.`,
          es: `Su solicitud escrita de evaluación del ${formatDateEs(request.day)} lleva ${String(waited)} días sin respuesta: la escuela debe pedir su consentimiento o negarse por escrito (aviso previo por escrito) en un plazo razonable. Binder lo señala después de ${String(UNANSWERED_REQUEST_DAYS)} días; la ley no da un número.`,
        },
        '34 CFR 300.503(a)',
        { rule: 'idea.prior-written-notice', ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}

/** Members every IEP team needs unless excused in writing (34 CFR 300.321(a), (e)). */
const REQUIRED_ROLES: readonly TeamRole[] = [
  'parent',
  'regular-education-teacher',
  'special-education-teacher',
  'agency-representative',
];

const ROLE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  parent: ['a parent', 'un padre o una madre'],
  'regular-education-teacher': ['a regular education teacher', 'un maestro de educación regular'],
  'special-education-teacher': ['a special education teacher', 'un maestro de educación especial'],
  'agency-representative': ['a district representative', 'un representante del distrito'],
};

/** `team-member-missing`: an IEP meeting that lists its attendees lacks a required member who was not excused. */
export function findMissingTeamMembers(prepared: PreparedCase): Finding[] {
  const findings: Finding[] = [];
  for (const meeting of eventsOfType(prepared, 'iep-meeting-held')) {
    const event = meeting.event as { readonly attendees?: readonly string[]; readonly excused?: readonly string[] };
    if (event.attendees === undefined) continue;
    const present = new Set([...event.attendees, ...(event.excused ?? [])]);
    const missing = REQUIRED_ROLES.filter((role) => !present.has(role));
    if (missing.length === 0) continue;
    const names = (index: 0 | 1) => missing.map((role) => ROLE_NAMES[role]?.[index] ?? role).join(', ');
    findings.push(
      finding(
        'team-member-missing',
        'warning',
        {
          en: `The IEP meeting on ${formatDateEn(meeting.day)} is missing required team members: ${names(0)}. Each must attend unless excused in writing.`,
          es: `En la reunión del IEP del ${formatDateEs(meeting.day)} faltan miembros obligatorios del equipo: ${names(1)}. Cada uno debe asistir salvo que se le excuse por escrito.`,
        },
        '34 CFR 300.321',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}
