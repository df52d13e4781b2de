import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { callApi } from './client';
import { queryKeys } from './query-keys';

const demoResponse = z.object({ familyId: z.string(), created: z.boolean() });

/**
 * Loads the demo family (the home page's button). Apart from families.ts, so the home page does not carry the
 * family and student schemas.
 */
export function useLoadDemoFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('POST', '/api/v1/demo', demoResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
