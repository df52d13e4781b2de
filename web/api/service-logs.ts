import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import { serviceLogEntrySchema, serviceLogSchema, type ServiceLogInput } from '../../core/schemas/service-log';

function serviceLogPath(studentId: string): string {
  return `/api/v1/students/${encodeURIComponent(studentId)}/service-logs`;
}

/** Sessions of the plan's services as delivered or missed, with minutes per service. */
export function useServiceLog(studentId: string) {
  return useQuery({
    queryKey: queryKeys.serviceLogs(studentId),
    queryFn: () => callApi('GET', serviceLogPath(studentId), serviceLogSchema),
  });
}

export function useLogService(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ServiceLogInput) => callApi('POST', serviceLogPath(studentId), serviceLogEntrySchema, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.serviceLogs(studentId) }),
  });
}
