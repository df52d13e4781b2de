import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { familySummarySchema } from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

const familiesResponse = z.object({ families: z.array(familySummarySchema) });
const demoResponse = z.object({ familyId: z.string(), created: z.boolean() });

export function useFamilies() {
  return useQuery({
    queryKey: queryKeys.families,
    queryFn: async () => (await callApi('GET', '/api/v1/families', familiesResponse)).families,
  });
}

export function useLoadDemoFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('POST', '/api/v1/demo', demoResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
