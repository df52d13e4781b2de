import type { CsvProblemCode, CsvProblemParams } from '../schemas/csv-problem';
import type { FieldIssue } from '../schemas/format-issues';
import { serviceNameKey, type IepVersionInEffect } from './services-ledger';

/**
 * Whether a session can be logged against the IEP (issue 21): its service must be one the IEP lists (by name,
 * trimmed and case-insensitive), and its day one on which a final version lists that service and the service has
 * started and not ended. Answers the problems as field issues (`service`, `date`), none when the session fits.
 * `prefix` names the field's place, e.g. `rows[3].` for a CSV row.
 */
/** A session the IEP does not cover, with a code a page says in its own language (core/schemas/csv-problem.ts). */
export interface SessionPlanIssue extends FieldIssue {
  readonly code: CsvProblemCode;
  readonly params: CsvProblemParams;
}

export function checkSessionAgainstPlan(
  versions: readonly IepVersionInEffect[],
  session: { readonly service: string; readonly date: string },
  prefix = '',
): SessionPlanIssue[] {
  const key = serviceNameKey(session.service);
  const names = new Set<string>();
  let known = false;
  for (const version of versions) {
    for (const service of version.services) {
      if (service.name.trim() === '') continue;
      names.add(service.name.trim());
      if (serviceNameKey(service.name) !== key) continue;
      known = true;
      const from =
        service.startDate !== null && service.startDate > version.effectiveFrom
          ? service.startDate
          : version.effectiveFrom;
      const afterVersion = version.effectiveTo === null || session.date < version.effectiveTo;
      const beforeEnd = service.endDate === null || session.date <= service.endDate;
      if (from <= session.date && afterVersion && beforeEnd) return [];
    }
  }
  if (!known) {
    const listed = [...names].sort((a, b) => a.localeCompare(b, 'en-US'));
    return [
      {
        field: `${prefix}service`,
        message:
          listed.length === 0
            ? `no final IEP lists a service named "${session.service.trim()}" (the IEP has no services yet)`
            : `no final IEP lists a service named "${session.service.trim()}"; expected one of: ${listed.join(', ')}`,
        ...(listed.length === 0
          ? { code: 'iep-has-no-services', params: { service: session.service.trim() } }
          : { code: 'service-not-in-iep', params: { service: session.service.trim(), services: listed.join(', ') } }),
      },
    ];
  }
  return [
    {
      field: `${prefix}date`,
      message: `${session.date} is outside the days the IEP has "${session.service.trim()}" in effect`,
      code: 'service-not-in-effect',
      params: { date: session.date, service: session.service.trim() },
    },
  ];
}
