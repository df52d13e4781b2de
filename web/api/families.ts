import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { familySummarySchema } from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

const familiesResponse = z.object({ families: z.array(familySummarySchema) });

export function useFamilies() {
  return useQuery({
    queryKey: queryKeys.families,
    queryFn: async () => (await callApi('GET', '/api/v1/families', familiesResponse)).families,
  });
}
