import { useQuery } from '@tanstack/react-query';
import { letterListSchema } from '../../core/schemas/letter-content';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's sent letters, newest first (sending one refreshes everything cached about the child). */
export function useLetters(studentId: string) {
  return useQuery({
    queryKey: queryKeys.letters(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/letters`, letterListSchema)).letters,
  });
}
