import type { ServiceLogEntry, ServiceSummary } from '../schemas/service-log';

/**
 * Totals per service, in alphabetical order of the service's name. Names are compared as written after
 * trimming, but case-insensitively, so "Speech therapy" and "speech therapy" count as one service (the
 * first spelling seen is shown).
 */
export function summarizeServiceLog(
  entries: readonly Pick<ServiceLogEntry, 'service' | 'minutes' | 'status'>[],
): ServiceSummary[] {
  const byKey = new Map<string, ServiceSummary>();
  for (const entry of entries) {
    const key = entry.service.trim().toLocaleLowerCase('en-US');
    const current = byKey.get(key) ?? {
      service: entry.service.trim(),
      sessions: 0,
      deliveredMinutes: 0,
      missedMinutes: 0,
    };
    byKey.set(key, {
      ...current,
      sessions: current.sessions + 1,
      deliveredMinutes: current.deliveredMinutes + (entry.status === 'delivered' ? entry.minutes : 0),
      missedMinutes: current.missedMinutes + (entry.status === 'missed' ? entry.minutes : 0),
    });
  }
  return [...byKey.values()].sort((a, b) => a.service.localeCompare(b.service, 'en-US'));
}
