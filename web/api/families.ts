import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { demoFamilySchema, familyListSchema } from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

export function useFamilies() {
  return useQuery({
    queryKey: queryKeys.families,
    queryFn: async () => (await callApi('GET', '/api/v1/families', familyListSchema)).families,
  });
}

export function useLoadDemoFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('POST', '/api/v1/demo', demoFamilySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
