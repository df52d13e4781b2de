import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import { commentListSchema, commentSchema } from '../../core/schemas/comment';

function commentsPath(studentId: string): string {
  return `/api/v1/students/${encodeURIComponent(studentId)}/comments`;
}

/** The comments on a child's record (the family and their advocate). */
export function useComments(studentId: string) {
  return useQuery({
    queryKey: queryKeys.comments(studentId),
    queryFn: async () => (await callApi('GET', commentsPath(studentId), commentListSchema)).comments,
  });
}

export function useAddComment(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => callApi('POST', commentsPath(studentId), commentSchema, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.comments(studentId) }),
  });
}
