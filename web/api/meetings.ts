import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  meetingAnswerSchema,
  meetingListSchema,
  meetingSchema,
  suggestedQuestionsSchema,
  type MeetingInput,
} from '../../core/schemas/meeting';
import type { Language } from '../i18n/languages';
import { callApi, fetchFile } from './client';
import { queryKeys } from './query-keys';

/** A child's meetings, newest first. */
export function useMeetings(studentId: string) {
  return useQuery({
    queryKey: queryKeys.meetings(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, meetingListSchema)).meetings,
  });
}

/** One meeting (the letters page fills the follow-up letter from it); nothing is asked without an id. */
export function useMeeting(meetingId: string | null) {
  return useQuery({
    queryKey: ['meeting', meetingId ?? ''] as const,
    enabled: meetingId !== null,
    queryFn: () => callApi('GET', `/api/v1/meetings/${encodeURIComponent(meetingId ?? '')}`, meetingSchema),
  });
}

function useRefreshAfterMeeting(studentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.meetings(studentId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.events(studentId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
    ]);
}

/**
 * Records a meeting: scheduled (records `meeting-scheduled`; the answer carries the notice check), held (an
 * IEP meeting also records `iep-meeting-held`) or cancelled, so events and deadlines follow.
 */
export function useRecordMeeting(studentId: string) {
  const refresh = useRefreshAfterMeeting(studentId);
  return useMutation({
    mutationFn: (meeting: MeetingInput) =>
      callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/meetings`, meetingAnswerSchema, meeting),
    onSuccess: refresh,
  });
}

/** Moves a meeting along its life (prepared, held, cancelled, moved) or corrects it. */
export function useReviseMeeting(studentId: string) {
  const refresh = useRefreshAfterMeeting(studentId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MeetingInput }) =>
      callApi('PUT', `/api/v1/meetings/${encodeURIComponent(id)}`, meetingAnswerSchema, input),
    onSuccess: refresh,
  });
}

/** Questions the case suggests for a meeting: overdue items, findings, goals not on track, services cut. */
export function useSuggestedQuestions(meetingId: string) {
  return useQuery({
    queryKey: ['meeting', meetingId, 'suggested-questions'] as const,
    queryFn: async () =>
      (
        await callApi(
          'GET',
          `/api/v1/meetings/${encodeURIComponent(meetingId)}/suggested-questions`,
          suggestedQuestionsSchema,
        )
      ).questions,
  });
}

/** The one-page preparation sheet as a PDF, in one of the five reading languages. */
export function fetchMeetingPrepPdf(meetingId: string, language: Language): Promise<Blob> {
  return fetchFile(
    'GET',
    `/api/v1/meetings/${encodeURIComponent(meetingId)}/prep.pdf?language=${language}`,
    'application/pdf',
  );
}
