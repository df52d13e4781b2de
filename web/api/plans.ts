import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  planComparisonSchema,
  planListSchema,
  planSchema,
  planVersionSchema,
  type FinalizeVersion,
  type PlanCreate,
  type PlanVersion,
  type VersionReason,
} from '../../core/schemas/plan';
import type { Framework } from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's IEPs and 504 plans with every version. */
export function usePlans(studentId: string) {
  return useQuery({
    queryKey: queryKeys.plans(studentId),
    queryFn: async () =>
      (await callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/plans`, planListSchema)).plans,
  });
}

/** Everything a plan's status feeds: the plan list, the plan in effect, the events and the deadlines. */
function invalidateCase(queryClient: QueryClient, studentId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.plans(studentId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.student(studentId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.families }),
    queryClient.invalidateQueries({ queryKey: queryKeys.events(studentId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
  ]);
}

/** Starts an IEP or a 504 plan with an empty first draft. */
export function useCreatePlan(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (framework: Framework) => {
      const body: Pick<PlanCreate, 'framework'> = { framework };
      return callApi('POST', `/api/v1/students/${encodeURIComponent(studentId)}/plans`, planSchema, body);
    },
    onSuccess: () => invalidateCase(queryClient, studentId),
  });
}

/** Makes a draft final, in effect from a date. */
export function useFinalizeVersion(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { planId: string; versionId: string } & FinalizeVersion) =>
      callApi(
        'POST',
        `/api/v1/plans/${encodeURIComponent(input.planId)}/versions/${encodeURIComponent(input.versionId)}/finalize`,
        planSchema,
        { effectiveFrom: input.effectiveFrom, meetingId: input.meetingId },
      ),
    onSuccess: () => invalidateCase(queryClient, studentId),
  });
}

/** Starts a new draft copied from the latest version. */
export function useAmendPlan(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { planId: string; reason: VersionReason }) =>
      callApi('POST', `/api/v1/plans/${encodeURIComponent(input.planId)}/amend`, planSchema, {
        reason: input.reason,
      }),
    onSuccess: () => invalidateCase(queryClient, studentId),
  });
}

/** What changed between two versions of a plan; idle until both versions are chosen. */
export function usePlanComparison(planId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: queryKeys.comparison(planId, from ?? '', to ?? ''),
    enabled: from !== null && to !== null && from !== to,
    queryFn: async () => {
      const query = new URLSearchParams({ from: from ?? '', to: to ?? '' });
      return (
        await callApi(
          'GET',
          `/api/v1/plans/${encodeURIComponent(planId)}/compare?${query.toString()}`,
          planComparisonSchema,
        )
      ).changes;
    },
  });
}

/** Autosave of a draft's contents (the server refuses final versions with 409). */
export function saveDraftContent(planId: string, versionId: string, content: unknown): Promise<PlanVersion> {
  return callApi(
    'PUT',
    `/api/v1/plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(versionId)}/content`,
    planVersionSchema,
    { content },
  );
}
