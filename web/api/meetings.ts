import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meetingListSchema, meetingSchema, type MeetingInput } from '../../core/schemas/meeting';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's meetings, newest first. */
export function useMeetings(studentId: string) {
  return useQuery({
    queryKey: queryKeys.meetings(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, meetingListSchema)).meetings,
  });
}

/** Records a meeting; an IEP meeting also records `iep-meeting-held`, so events and deadlines follow. */
export function useRecordMeeting(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: MeetingInput) =>
      callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, meetingSchema, meeting),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.meetings(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.events(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
      ]),
  });
}
