import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/**
 * The app's one QueryClient. A refusal (4xx) is not retried: asking again cannot change the answer, and a
 * second "not found" for a record the person may not see would only add a second entry to its audit trail.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) =>
        failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
