import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import type { LabelSetId } from '../../core/progress/label-sets';
import { planSchema } from '../../core/schemas/plan';
import {
  goalProgressSchema,
  phaseChangeListSchema,
  phaseChangeRecordSchema,
  progressImportCommitSchema,
  progressImportPreviewSchema,
  progressPointListSchema,
  progressPointRecordSchema,
  type PhaseChangeInput,
  type ProgressPointInput,
} from '../../core/schemas/progress-data';
import type { Language } from '../i18n/languages';
import { ApiError, callApi, fetchFile } from './client';

/** Languages the progress words, graph and report come in: the five reading languages (core/schemas/progress-data.ts). */
export type ProgressLanguage = Language;

/**
 * Query keys of one goal's progress data. Everything about a goal sits under `goal(planId, goalId)`, so a new
 * score, a deletion, a phase change or an import refreshes the analysis, the graph and the lists at once.
 */
export const progressKeys = {
  plan: (planId: string) => ['goal-progress-plan', planId] as const,
  goal: (planId: string, goalId: string) => ['goal-progress', planId, goalId] as const,
  analysis: (planId: string, goalId: string, language: ProgressLanguage, labelSet: LabelSetId) =>
    ['goal-progress', planId, goalId, 'analysis', language, labelSet] as const,
  points: (planId: string, goalId: string) => ['goal-progress', planId, goalId, 'points'] as const,
  phaseChanges: (planId: string, goalId: string) => ['goal-progress', planId, goalId, 'phase-changes'] as const,
};

function goalPath(planId: string, goalId: string): string {
  return `/api/v1/plans/${encodeURIComponent(planId)}/goals/${encodeURIComponent(goalId)}`;
}

/** A plan with every version: where the page finds the child and, when it cannot be analysed, the goal. */
export function usePlanById(planId: string) {
  return useQuery({
    queryKey: progressKeys.plan(planId),
    queryFn: () => callApi('GET', `/api/v1/plans/${encodeURIComponent(planId)}`, planSchema),
  });
}

/**
 * A goal's progress judged as of today: status words in a label set, the graph (SVG) and its text
 * alternative. A 409 (the goal has no baseline or target numbers) is an answer to show, not a failure to
 * retry.
 */
export function useGoalProgress(planId: string, goalId: string, language: ProgressLanguage, labelSet: LabelSetId) {
  return useQuery({
    queryKey: progressKeys.analysis(planId, goalId, language, labelSet),
    queryFn: () =>
      callApi(
        'GET',
        `${goalPath(planId, goalId)}/progress?${new URLSearchParams({ language, labelSet }).toString()}`,
        goalProgressSchema,
      ),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
    placeholderData: (previous) => previous,
  });
}

/** A goal's scores in date order (listed even when the goal cannot be analysed yet). */
export function useGoalPoints(planId: string, goalId: string) {
  return useQuery({
    queryKey: progressKeys.points(planId, goalId),
    queryFn: async () => (await callApi('GET', `${goalPath(planId, goalId)}/points`, progressPointListSchema)).points,
  });
}

/** A goal's changes in instruction in date order. */
export function useGoalPhaseChanges(planId: string, goalId: string) {
  return useQuery({
    queryKey: progressKeys.phaseChanges(planId, goalId),
    queryFn: async () =>
      (await callApi('GET', `${goalPath(planId, goalId)}/phase-changes`, phaseChangeListSchema)).phaseChanges,
  });
}

function useRefreshGoal(planId: string, goalId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: progressKeys.goal(planId, goalId) });
}

/** Records one score (409 when the goal already has a score on that date). */
export function useAddProgressPoint(planId: string, goalId: string) {
  const refresh = useRefreshGoal(planId, goalId);
  return useMutation({
    mutationFn: (point: ProgressPointInput) =>
      callApi('POST', `${goalPath(planId, goalId)}/points`, progressPointRecordSchema, point),
    onSuccess: refresh,
  });
}

/** Removes a score entered by mistake (the server's history keeps it). */
export function useDeleteProgressPoint(planId: string, goalId: string) {
  const refresh = useRefreshGoal(planId, goalId);
  return useMutation({
    mutationFn: (pointId: string) =>
      callApi('DELETE', `/api/v1/progress-points/${encodeURIComponent(pointId)}`, noContentSchema),
    onSuccess: refresh,
  });
}

/** Records a change in instruction; only later scores make the trend. */
export function useAddPhaseChange(planId: string, goalId: string) {
  const refresh = useRefreshGoal(planId, goalId);
  return useMutation({
    mutationFn: (change: PhaseChangeInput) =>
      callApi('POST', `${goalPath(planId, goalId)}/phase-changes`, phaseChangeRecordSchema, change),
    onSuccess: refresh,
  });
}

/** Removes a change in instruction recorded by mistake. */
export function useRemovePhaseChange(planId: string, goalId: string) {
  const refresh = useRefreshGoal(planId, goalId);
  return useMutation({
    mutationFn: (changeId: string) =>
      callApi('DELETE', `/api/v1/phase-changes/${encodeURIComponent(changeId)}`, noContentSchema),
    onSuccess: refresh,
  });
}

/** Checks a CSV without writing anything: every bad row, or what each clean row would do. */
export function usePreviewCsvImport(planId: string, goalId: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      callApi('POST', `${goalPath(planId, goalId)}/points/import?dryRun=true`, progressImportPreviewSchema, { csv }),
  });
}

/** Writes a clean CSV's new scores, all or nothing. */
export function useCommitCsvImport(planId: string, goalId: string) {
  const refresh = useRefreshGoal(planId, goalId);
  return useMutation({
    mutationFn: (csv: string) =>
      callApi('POST', `${goalPath(planId, goalId)}/points/import?dryRun=false`, progressImportCommitSchema, { csv }),
    onSuccess: refresh,
  });
}

/** What the progress report covers and how it is worded. */
export interface ProgressReportOptions {
  readonly from: string;
  readonly to: string;
  readonly language: ProgressLanguage;
  readonly labelSet: LabelSetId;
}

/** The address of a plan's progress report PDF; empty dates are left out (the server's defaults apply). */
export function progressReportUrl(planId: string, options: ProgressReportOptions): string {
  const query = new URLSearchParams();
  if (options.from !== '') query.set('from', options.from);
  if (options.to !== '') query.set('to', options.to);
  query.set('language', options.language);
  query.set('labelSet', options.labelSet);
  return `/api/v1/plans/${encodeURIComponent(planId)}/progress-report.pdf?${query.toString()}`;
}

/** Fetches the progress report PDF; a refusal comes back as an ApiError naming the bad field. */
export function fetchProgressReportPdf(url: string): Promise<Blob> {
  return fetchFile('GET', url, 'application/pdf');
}
