import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import { schoolPersonListSchema, schoolPersonSchema, type SchoolPersonInput } from '../../core/schemas/school-people';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** The child's directory of the school's people. */
export function useSchoolPeople(studentId: string, isEnabled = true) {
  return useQuery({
    queryKey: queryKeys.schoolPeople(studentId),
    enabled: isEnabled,
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/school-people`, schoolPersonListSchema))
        .people,
  });
}

/**
 * Adds a person (`id` null) or changes one; `own`: a school person correcting their own entry.
 */
export function useSaveSchoolPerson(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, own, input }: { id: string | null; own: boolean; input: SchoolPersonInput }) =>
      id === null
        ? callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/school-people`, schoolPersonSchema, input)
        : callApi(
            'PUT',
            `/api/v1/school-people/${encodeURIComponent(id)}${own ? '/own' : ''}`,
            schoolPersonSchema,
            input,
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schoolPeople(studentId) }),
  });
}

export function useRemoveSchoolPerson(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi('DELETE', `/api/v1/school-people/${encodeURIComponent(id)}`, noContentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schoolPeople(studentId) }),
  });
}
