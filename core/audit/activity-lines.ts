import type { ActivityKind, ActivityLine, AuditTrailEntry } from '../schemas/audit-trail';

/** What counts as looking at the record (the rest that is not refused changes it, or tried to). */
export const VIEW_ACTIONS: readonly string[] = ['read', 'search', 'export'];

/** A page view's reads come within a few seconds of each other; a person's next page view usually later. */
export const PAGE_VIEW_SECONDS = 5;

/** Refused (no access), viewed (read, listed, downloaded) or changed (anything else, tried or done). */
export function activityKindOf(entry: Pick<AuditTrailEntry, 'action' | 'outcome'>): ActivityKind {
  if (entry.outcome === 'denied') return 'refused';
  return VIEW_ACTIONS.includes(entry.action) ? 'viewed' : 'changed';
}

function sameSource(line: ActivityLine, entry: AuditTrailEntry, kind: ActivityKind): boolean {
  return (
    line.kind === kind &&
    line.actorUserId === entry.actorUserId &&
    line.actorEmail === entry.actorEmail &&
    line.actorRole === entry.actorRole &&
    line.action === entry.action &&
    line.outcome === entry.outcome
  );
}

function withinPageView(line: ActivityLine, entry: AuditTrailEntry): boolean {
  return Date.parse(line.lastAt) - Date.parse(entry.at) <= PAGE_VIEW_SECONDS * 1000;
}

/**
 * Groups a newest-first list of entries into lines: the reads one page view makes (same person, same role,
 * within a few seconds, nothing else in between) become one line naming everything seen, and so do repeated
 * refusals of the same kind; every change stays a line of its own. The child's own details are read by every
 * page (its header), so they are named only when nothing else was seen.
 */
export function groupActivity(entries: readonly AuditTrailEntry[]): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const entry of entries) {
    const kind = activityKindOf(entry);
    const line = lines.at(-1);
    if (line !== undefined && kind !== 'changed' && sameSource(line, entry, kind) && withinPageView(line, entry)) {
      line.firstAt = entry.at;
      if (!line.entities.includes(entry.entity)) line.entities.unshift(entry.entity);
      line.count += entry.count;
      continue;
    }
    lines.push({
      kind,
      seq: entry.seq,
      firstAt: entry.at,
      lastAt: entry.at,
      actorUserId: entry.actorUserId,
      actorName: entry.actorName,
      actorEmail: entry.actorEmail,
      actorRole: entry.actorRole,
      entities: [entry.entity],
      action: entry.action,
      outcome: entry.outcome,
      count: entry.count,
    });
  }
  return lines.map((line) =>
    line.entities.length > 1 ? { ...line, entities: line.entities.filter((e) => e !== 'student') } : line,
  );
}
