import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuideAnswers } from '../../core/schemas/guide';
import { savedLetterSchema, type EditedLetter, type SentLetter } from '../../core/schemas/letter-content';
import type { LetterInput } from '../../core/schemas/letters';
import { studentSchema } from '../../core/schemas/student';
import { timelineResultSchema } from '../../core/timeline/timeline-result';
import { callApi, fetchFile } from './client';
import type { ComposedFrom } from './letter-translation';
import { queryKeys } from './query-keys';
import {
  comparisonResponseSchema,
  composedLetterSchema,
  guideResultSchema,
  jurisdictionsResponseSchema,
  savedGuideResponseSchema,
  savedGuideSchema,
} from '../../core/schemas/understand';

const understandKeys = {
  jurisdictions: ['jurisdictions'] as const,
  comparison: (jurisdiction: string) => ['guide', 'comparison', jurisdiction] as const,
  savedGuide: (studentId: string) => ['student', studentId, 'guide'] as const,
};

const studentPath = (studentId: string) => `/api/v1/students/${encodeURIComponent(studentId)}`;

/** Every jurisdiction with whether Binder encodes its own rules (the rest fall back to federal rules). */
export function useJurisdictions() {
  return useQuery({
    queryKey: understandKeys.jurisdictions,
    queryFn: async () => (await callApi('GET', '/api/v1/jurisdictions', jurisdictionsResponseSchema)).jurisdictions,
    staleTime: Infinity,
  });
}

/** The IEP-vs-504 comparison for `US` or a state, row by row with citations. */
export function useComparison(jurisdiction: string, isEnabled = true) {
  return useQuery({
    enabled: isEnabled,
    queryKey: understandKeys.comparison(jurisdiction),
    queryFn: () =>
      callApi(
        'GET',
        `/api/v1/guide/comparison?jurisdiction=${encodeURIComponent(jurisdiction)}`,
        comparisonResponseSchema,
      ),
    staleTime: Infinity,
  });
}

/** A child's details, when a child is chosen (same cache entry as the child's page). */
export function useChosenStudent(studentId: string | null) {
  return useQuery({
    queryKey: queryKeys.student(studentId ?? ''),
    queryFn: () => callApi('GET', studentPath(studentId ?? ''), studentSchema),
    enabled: studentId !== null,
  });
}

/** A child's deadlines and reminders as of the server's today (same cache entry as the timeline tab). */
export function useChosenTimeline(studentId: string | null) {
  return useQuery({
    queryKey: queryKeys.timeline(studentId ?? ''),
    queryFn: () => callApi('GET', `${studentPath(studentId ?? '')}/timeline`, timelineResultSchema),
    enabled: studentId !== null,
  });
}

/** The guide's answers last saved in a child's case, with their result; null when none were saved. */
export function useSavedGuide(studentId: string | null) {
  return useQuery({
    queryKey: understandKeys.savedGuide(studentId ?? ''),
    queryFn: async () =>
      (await callApi('GET', `${studentPath(studentId ?? '')}/guide`, savedGuideResponseSchema)).saved,
    enabled: studentId !== null,
  });
}

/**
 * Runs the decision guide. With a child, the answers are saved in the child's case and the result is for
 * the child's state; without one, nothing is kept and `jurisdiction` decides the state.
 */
export function useRunGuide(studentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ answers, jurisdiction }: { answers: GuideAnswers; jurisdiction: string }) => {
      if (studentId === null) {
        const result = await callApi('POST', '/api/v1/guide', guideResultSchema, { jurisdiction, answers });
        return { answers, result, savedAt: null };
      }
      return callApi('POST', `${studentPath(studentId)}/guide`, savedGuideSchema, { answers });
    },
    onSuccess: (saved) => {
      if (studentId !== null && saved.savedAt !== null) {
        queryClient.setQueryData(understandKeys.savedGuide(studentId), saved);
        void queryClient.invalidateQueries({ queryKey: queryKeys.nextSteps(studentId) });
      }
    },
  });
}

/** Writes a letter from the form's details. */
export function useComposeLetter() {
  return useMutation({
    mutationFn: ({ jurisdiction, input }: { jurisdiction: string; input: LetterInput }) =>
      callApi('POST', '/api/v1/letters/compose', composedLetterSchema, { jurisdiction, input }),
  });
}

/** The (edited) letter as a PDF file. Errors arrive as JSON like every other answer. */
export function fetchLetterPdf(letter: EditedLetter): Promise<Blob> {
  return fetchFile('POST', '/api/v1/letters/pdf', 'application/pdf', letter);
}

/**
 * Keeps a sent letter in the child's case. The server records the event it implies (an evaluation or
 * records request) and a communication-log entry, so everything cached about the child is refreshed.
 */
export function useSendLetter(studentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (letter: Omit<SentLetter, 'composedFrom'> & { composedFrom?: ComposedFrom }) => {
      if (studentId === null) throw new Error('no child chosen');
      return callApi('POST', `${studentPath(studentId)}/letters`, savedLetterSchema, letter);
    },
    onSuccess: async () => {
      if (studentId === null) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['student', studentId] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.families }),
      ]);
    },
  });
}
