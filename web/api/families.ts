import { useQuery } from '@tanstack/react-query';
import { familyListSchema } from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

export function useFamilies() {
  return useQuery({
    queryKey: queryKeys.families,
    queryFn: async () => (await callApi('GET', '/api/v1/families', familyListSchema)).families,
  });
}
