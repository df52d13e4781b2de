import { compileMatches, eventsMatching } from './match-events';
import type { PreparedCase, PreparedEvent } from './prepare-case';

/** Days a plan is in effect: `start` is in the span, `end` is not (null = still in effect). */
export interface PlanSpan {
  readonly start: number;
  readonly end: number | null;
}

const IEP_STARTED = compileMatches([{ type: 'plan-started', where: { framework: ['iep'] } }]);
const IEP_ENDED = compileMatches([{ type: 'plan-ended', where: { framework: ['iep'] } }]);
const PLAN_504_STARTED = compileMatches([{ type: 'plan-started', where: { framework: ['504'] } }]);
const PLAN_504_ENDED = compileMatches([{ type: 'plan-ended', where: { framework: ['504'] } }]);
const INITIAL_MEETING = compileMatches([{ type: 'iep-meeting-held', where: { purpose: ['initial'] } }]);

function daysOf(events: readonly PreparedEvent[]): number[] {
  const days: number[] = [];
  for (const event of events) days.push(event.day);
  return days;
}

/**
 * Spans of a plan framework. Each start opens a span unless one is already open on that day; it
 * closes at the first later-or-same-day `plan-ended` not used by an earlier span. For an IEP with
 * no `plan-started` at all, the first `iep-meeting-held` with purpose `initial` starts it (the contract).
 */
export function planSpans(prepared: PreparedCase, framework: 'iep' | '504'): PlanSpan[] {
  let starts = daysOf(eventsMatching(prepared, framework === 'iep' ? IEP_STARTED : PLAN_504_STARTED));
  if (starts.length === 0 && framework === 'iep') {
    const initial = eventsMatching(prepared, INITIAL_MEETING)[0];
    starts = initial === undefined ? [] : [initial.day];
  }
  const ends = daysOf(eventsMatching(prepared, framework === 'iep' ? IEP_ENDED : PLAN_504_ENDED));
  const spans: PlanSpan[] = [];
  let endIndex = 0;
  for (const start of starts) {
    const last = spans[spans.length - 1];
    if (last !== undefined && (last.end === null || start < last.end)) continue;
    while (endIndex < ends.length && (ends[endIndex] ?? Infinity) < start) endIndex++;
    const end = ends[endIndex] ?? null;
    if (end !== null) endIndex++;
    spans.push({ start, end });
  }
  return spans;
}

/** True when `day` falls in one of the spans. */
export function isInSpans(spans: readonly PlanSpan[], day: number): boolean {
  for (const span of spans) if (span.start <= day && (span.end === null || day < span.end)) return true;
  return false;
}

/** First day up to `asOf` covered by both sets of spans, or null. */
export function firstOverlap(a: readonly PlanSpan[], b: readonly PlanSpan[], asOf: number): number | null {
  let first: number | null = null;
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end ?? Infinity, y.end ?? Infinity);
      if (start < end && start <= asOf && (first === null || start < first)) first = start;
    }
  }
  return first;
}
