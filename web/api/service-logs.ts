import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import { servicesLedgerSchema } from '../../core/schemas/service-ledger';
import {
  serviceLogEntrySchema,
  serviceLogImportSchema,
  serviceLogSchema,
  type ServiceLogInput,
} from '../../core/schemas/service-log';

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
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.serviceLogs(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.servicesLedger(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nextSteps(studentId) }),
      ]),
  });
}

/** Each IEP service's minutes required, delivered and owed per period, as of today (docs/decisions/0033). */
export function useServicesLedger(studentId: string) {
  return useQuery({
    queryKey: queryKeys.servicesLedger(studentId),
    queryFn: () =>
      callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/service-ledger`, servicesLedgerSchema),
  });
}

/** The services ledger as of a given day (the compensatory services letter asks for the minutes owed on its date). */
export function useServicesLedgerAsOf(studentId: string, asOf: string) {
  return useQuery({
    queryKey: [...queryKeys.servicesLedger(studentId), asOf] as const,
    queryFn: () =>
      callApi(
        'GET',
        `/api/v1/students/${encodeURIComponent(studentId)}/service-ledger?asOf=${encodeURIComponent(asOf)}`,
        servicesLedgerSchema,
      ),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(asOf),
  });
}

/** Imports a provider's session log (CSV): every row is checked before anything is saved. */
export function useImportServiceLog(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      callApi('POST', `${serviceLogPath(studentId)}/import`, serviceLogImportSchema, { csv }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.serviceLogs(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.servicesLedger(studentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nextSteps(studentId) }),
      ]),
  });
}
