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
    /** The demo's notes, goals, messages and letter are written in the interface's language. */
    mutationFn: (language: 'en' | 'es') => callApi('POST', '/api/v1/demo', demoFamilySchema, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
