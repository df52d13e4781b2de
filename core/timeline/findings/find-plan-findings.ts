import type { JurisdictionRules } from '../../law/rule-registry';
import { eventsMatching, firstMatchFrom } from '../match-events';
import { firstOverlap } from '../plan-spans';
import type { PlanSpan } from '../plan-spans';
import type { PreparedCase, PreparedEvent } from '../prepare-case';
import { formatDateEn, formatDateEs } from '../format-date';
import type { Finding } from '../timeline-result';
import { finding } from './finding';

/**
 * `both-plans`: once per case when an IEP and a 504 plan cover the same day up to the as-of date —
 * a violation where state guidance forbids it (New Hampshire), information elsewhere.
 */
export function findBothPlans(
  prepared: PreparedCase,
  rules: JurisdictionRules,
  iepSpans: readonly PlanSpan[],
  spans504: readonly PlanSpan[],
): Finding[] {
  const day = firstOverlap(iepSpans, spans504, prepared.asOf);
  if (day === null) return [];
  const onePlan = rules.state?.onePlanPosition;
  const since = { en: formatDateEn(day), es: formatDateEs(day) };
  if (onePlan !== undefined) {
    return [
      finding(
        'both-plans',
        'violation',
        {
          en: `Your child has had both an IEP and a 504 plan since ${since.en}. ${onePlan.summary.en}`,
          es: `Su hijo(a) tiene a la vez un IEP y un plan 504 desde el ${since.es}. ${onePlan.summary.es}`,
        },
        onePlan.citation,
        { ruleStatus: onePlan.status, rule: `${rules.jurisdiction.toLowerCase()}.one-plan-position` },
      ),
    ];
  }
  return [
    finding(
      'both-plans',
      'info',
      {
        en: `Your child has had both an IEP and a 504 plan since ${since.en}. Federal law does not forbid this, but it is unusual: an IEP can carry the accommodations and meets Section 504 duties too.`,
        es: `Su hijo(a) tiene a la vez un IEP y un plan 504 desde el ${since.es}. La ley federal no lo prohíbe, pero es poco común: el IEP puede incluir las adaptaciones y cumple también con la Sección 504.`,
      },
      '34 CFR 104.33',
      { ruleStatus: 'confirmed' },
    ),
  ];
}

const ANSWERS = [{ type: 'evaluation-consent-received' }, { type: 'evaluation-refused' }] as const;
const REQUESTS = [{ type: 'evaluation-requested' }] as const;
const PLANS_504 = [{ type: 'plan-started', where: { framework: ['504'] } }] as const;

/** The first request on or before `day` that had neither consent nor a refusal by `day`. */
function unansweredRequestBefore(
  prepared: PreparedCase,
  requests: readonly PreparedEvent[],
  day: number,
): PreparedEvent | undefined {
  for (const request of requests) {
    if (request.day > day) break;
    const answer = firstMatchFrom(prepared, ANSWERS, request.day);
    if (answer === null || answer.day > day) return request;
  }
  return undefined;
}

/**
 * `504-instead-of-evaluation`: a 504 plan started on or after a request to evaluate while the
 * district had neither received consent nor refused in writing in between (one per such plan).
 */
export function find504InsteadOfEvaluation(prepared: PreparedCase): Finding[] {
  const requests = eventsMatching(prepared, REQUESTS);
  if (requests.length === 0) return [];
  const findings: Finding[] = [];
  for (const plan of eventsMatching(prepared, PLANS_504)) {
    const request = unansweredRequestBefore(prepared, requests, plan.day);
    if (request === undefined) continue;
    findings.push(
      finding(
        '504-instead-of-evaluation',
        'warning',
        {
          en: `A 504 plan started on ${formatDateEn(plan.day)} after the request for an evaluation on ${formatDateEn(request.day)}, but the district had neither asked for and received your consent to evaluate nor refused in writing. A 504 plan does not answer a request for an IDEA evaluation.`,
          es: `Un plan 504 comenzó el ${formatDateEs(plan.day)} después de la solicitud de evaluación del ${formatDateEs(request.day)}, pero el distrito no había recibido su consentimiento para evaluar ni se había negado por escrito. Un plan 504 no responde a una solicitud de evaluación bajo IDEA.`,
        },
        '34 CFR 300.503(a)',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}
