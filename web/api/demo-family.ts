import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoFamilySchema } from '../../core/schemas/demo-family';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/**
 * Loads the demo family (the home page's button). Apart from families.ts, so the home page does not carry the
 * family and student schemas.
 */
export function useLoadDemoFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('POST', '/api/v1/demo', demoFamilySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
