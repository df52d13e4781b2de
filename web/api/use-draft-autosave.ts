import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Plan, PlanVersion } from '../../core/schemas/plan';
import { ApiError } from './client';
import { saveDraftContent } from './plans';
import { queryKeys } from './query-keys';

/** Why the latest change is not saved: fields whose text is not valid yet, or the server's answer. */
export type SaveFailure =
  { readonly kind: 'blocked'; readonly fields: readonly string[] } | { readonly kind: 'api'; readonly error: ApiError };

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'failed'; readonly failure: SaveFailure; readonly willRetry: boolean };

interface AutosaveOptions<C> {
  readonly studentId: string;
  readonly planId: string;
  readonly versionId: string;
  readonly initialContent: C;
  /** Labels of fields whose typed text cannot be saved yet (a word where a number goes); saving waits. */
  readonly blockedBy: readonly string[];
  /** Quiet time after the last keystroke before saving. */
  readonly delayMs?: number;
}

const RETRY_DELAYS_MS = [3_000, 6_000, 12_000, 30_000];

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unexpected', error instanceof Error ? error.message : 'unknown error', []);
}

/**
 * Keeps a draft's contents in the page and saves them a moment after typing stops, on blur, and before
 * finalizing. What the person typed is never thrown away: a failed save keeps the text, says why, and
 * retries by itself when the failure is the network's or the server's. Saves run one at a time, in order.
 */
export function useDraftAutosave<C>(options: AutosaveOptions<C>) {
  const { studentId, planId, versionId, delayMs = 1000 } = options;
  const queryClient = useQueryClient();
  const [content, setContent] = useState<C>(options.initialContent);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [hasUnsavedChanges, setHasUnsavedChanges] = useState(false);
  const latest = useRef<C>(options.initialContent);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const blockedBy = useRef(options.blockedBy);
  const debounceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retries = useRef(0);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const isMounted = useRef(true);

  useLayoutEffect(() => {
    blockedBy.current = options.blockedBy;
  });

  const rememberSaved = useCallback(
    (version: PlanVersion) => {
      queryClient.setQueryData<Plan[]>(queryKeys.plans(studentId), (plans) =>
        plans?.map((plan) =>
          plan.id === version.planId
            ? { ...plan, versions: plan.versions.map((v) => (v.id === version.id ? version : v)) }
            : plan,
        ),
      );
    },
    [queryClient, studentId],
  );

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (edits.current === savedEdits.current) return true;
    if (blockedBy.current.length > 0) {
      if (isMounted.current) {
        setState({ kind: 'failed', failure: { kind: 'blocked', fields: blockedBy.current }, willRetry: false });
      }
      return false;
    }
    const target = edits.current;
    if (isMounted.current) setState({ kind: 'saving' });
    try {
      const version = await saveDraftContent(planId, versionId, latest.current);
      savedEdits.current = Math.max(savedEdits.current, target);
      retries.current = 0;
      rememberSaved(version);
      if (isMounted.current) {
        setState({ kind: 'saved', at: new Date() });
        setHasUnsavedChanges(edits.current !== savedEdits.current);
      }
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      const willRetry = isMounted.current && (apiError.status === 0 || apiError.status >= 500);
      if (willRetry) {
        const wait = RETRY_DELAYS_MS[Math.min(retries.current, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        retries.current += 1;
        retryTimer.current = setTimeout(() => void saveNowRef.current(), wait);
      }
      if (isMounted.current) setState({ kind: 'failed', failure: { kind: 'api', error: apiError }, willRetry });
      return false;
    }
  }, [planId, versionId, rememberSaved]);

  /** Saves now (after any save already running); true when everything typed is saved. */
  const saveNow = useCallback((): Promise<boolean> => {
    clearTimeout(debounceTimer.current);
    clearTimeout(retryTimer.current);
    const next = queue.current.then(saveOnce, saveOnce);
    queue.current = next;
    return next;
  }, [saveOnce]);
  const saveNowRef = useRef(saveNow);
  useLayoutEffect(() => {
    saveNowRef.current = saveNow;
  });

  const schedule = useCallback(() => {
    clearTimeout(debounceTimer.current);
    debounceTimer.current = setTimeout(() => void saveNowRef.current(), delayMs);
  }, [delayMs]);

  /** Replaces the contents (every keystroke); the save follows once typing pauses. */
  const update = useCallback(
    (next: C) => {
      latest.current = next;
      edits.current += 1;
      setContent(next);
      setHasUnsavedChanges(true);
      schedule();
    },
    [schedule],
  );

  // Text that cannot be saved yet is still a change the person made: say so once typing pauses.
  const blockedKey = options.blockedBy.join('\n');
  useEffect(() => {
    if (blockedKey === '') return;
    edits.current += 1;
    setHasUnsavedChanges(true);
    schedule();
  }, [blockedKey, schedule]);

  // Leaving the page: warn while something is unsaved, and send what is pending when the editor closes.
  useEffect(() => {
    if (!hasUnsavedChanges) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [hasUnsavedChanges]);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      clearTimeout(debounceTimer.current);
      clearTimeout(retryTimer.current);
      if (edits.current !== savedEdits.current && blockedBy.current.length === 0) {
        queue.current = queue.current.then(saveOnce, saveOnce);
      }
    };
  }, [saveOnce]);

  return { content, update, saveNow, state, hasUnsavedChanges };
}
