import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { noContentSchema } from '../../core/schemas/api-error';
import { schoolCalendarInputSchema, storedSchoolCalendarSchema } from '../../core/schemas/school-calendar';
import type { SchoolCalendar } from '../../core/schemas/school-calendar';
import { abilitiesOf } from '../case/role-abilities';
import { callApi } from './client';
import { useFamilies } from './families';
import { queryKeys } from './query-keys';

function calendarPath(studentId: string): string {
  return `/api/v1/students/${encodeURIComponent(studentId)}/calendar`;
}

/** A child's school calendar and when it was last changed; `calendar` is null when none was entered. */
export function useSchoolCalendar(studentId: string) {
  return useQuery({
    queryKey: queryKeys.calendar(studentId),
    queryFn: () => callApi('GET', calendarPath(studentId), storedSchoolCalendarSchema),
  });
}

/**
 * The calendars already entered for the child's brothers and sisters (the same family in Binder), so a family
 * with several children at one school enters it once: `[{ givenName, calendar }]`, in the family's order.
 */
export function useSiblingCalendars(studentId: string): { givenName: string; calendar: SchoolCalendar }[] {
  const families = useFamilies();
  const family = families.data?.find((candidate) => candidate.students.some((s) => s.id === studentId));
  const siblings = (family?.students ?? []).filter(
    // The calendar is part of the case: who may see the case may read it (core/policies/entity-policies.ts).
    (sibling) => sibling.id !== studentId && abilitiesOf(sibling.accessRole ?? null).canSeeCase,
  );
  const calendars = useQueries({
    queries: siblings.map((sibling) => ({
      queryKey: queryKeys.calendar(sibling.id),
      queryFn: () => callApi('GET', calendarPath(sibling.id), storedSchoolCalendarSchema),
    })),
  });
  return siblings.flatMap((sibling, index) => {
    const calendar = calendars[index]?.data?.calendar;
    return calendar === undefined || calendar === null ? [] : [{ givenName: sibling.givenName, calendar }];
  });
}

/** The server recomputes the child's deadlines with the calendar in the same transaction: both are read again. */
function useRefreshAfterCalendarChange(studentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.calendar(studentId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
    ]);
}

/** Enters or replaces a child's school calendar; school-day deadlines get their dates from it. */
export function useSaveSchoolCalendar(studentId: string) {
  const refresh = useRefreshAfterCalendarChange(studentId);
  return useMutation({
    mutationFn: (input: z.infer<typeof schoolCalendarInputSchema>) =>
      callApi('PUT', calendarPath(studentId), storedSchoolCalendarSchema, input),
    onSuccess: refresh,
  });
}

/** Removes a child's school calendar; school-day deadlines go back to "date unknown". */
export function useRemoveSchoolCalendar(studentId: string) {
  const refresh = useRefreshAfterCalendarChange(studentId);
  return useMutation({
    mutationFn: () => callApi('DELETE', calendarPath(studentId), noContentSchema),
    onSuccess: refresh,
  });
}
