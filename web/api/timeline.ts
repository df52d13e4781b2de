import { useQuery } from '@tanstack/react-query';
import { timelineResultSchema } from '../../core/timeline/timeline-result';
import { callApi } from './client';
import { queryKeys } from './query-keys';

function fetchTimeline(studentId: string) {
  // No asOf: the server's today decides, so every screen agrees with the API and the CLI.
  return callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/timeline`, timelineResultSchema);
}

/** A child's deadlines, findings and reminders as of today. */
export function useTimeline(studentId: string) {
  return useQuery({ queryKey: queryKeys.timeline(studentId), queryFn: () => fetchTimeline(studentId) });
}
