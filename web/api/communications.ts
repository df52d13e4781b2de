import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  communicationListSchema,
  communicationSchema,
  type CommunicationInput,
} from '../../core/schemas/communication';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** The communication log, newest first. */
export function useCommunications(studentId: string) {
  return useQuery({
    queryKey: queryKeys.communications(studentId),
    queryFn: async () =>
      (
        await callApi(
          'GET',
          `/api/v1/students/${encodeURIComponent(studentId)}/communications`,
          communicationListSchema,
        )
      ).communications,
  });
}

/** Logs a call, email or letter with the school. */
export function useRecordCommunication(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: CommunicationInput) =>
      callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/communications`, communicationSchema, entry),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.communications(studentId) }),
  });
}
