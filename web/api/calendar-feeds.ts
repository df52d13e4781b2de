import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import {
  calendarFeedListSchema,
  createdCalendarFeedSchema,
  type CalendarFeedInput,
} from '../../core/schemas/calendar-feed';
import { isLanguage, type Language } from '../i18n/languages';
import { callApi } from './client';

/** The person's feed links: one key, refreshed by making and revoking a link. */
const FEEDS_KEY = ['calendar-feeds'] as const;

/** The person's working calendar feed links (never their tokens). */
export function useCalendarFeeds() {
  return useQuery({
    queryKey: FEEDS_KEY,
    queryFn: async () => (await callApi('GET', '/api/v1/calendar-feeds', calendarFeedListSchema)).feeds,
  });
}

/** Makes a link: for every child the person may see (`studentId` null) or for one child. The token comes back once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ studentId, ...input }: CalendarFeedInput & { studentId: string | null }) =>
      callApi(
        'POST',
        studentId === null
          ? '/api/v1/calendar-feeds'
          : `/api/v1/students/${encodeURIComponent(studentId)}/calendar-feeds`,
        createdCalendarFeedSchema,
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEEDS_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) =>
      callApi('DELETE', `/api/v1/calendar-feeds/${encodeURIComponent(feedId)}`, noContentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEEDS_KEY }),
  });
}

/** The calendar language for the UI's language (English for one Binder does not have). */
function calendarLanguage(language: string): Language {
  return isLanguage(language) ? language : 'en';
}

/** "Add to calendar" for one deadline: a plain link, the browser saves the .ics file. */
export function deadlineCalendarUrl(
  studentId: string,
  deadline: { rule: string; trigger: { date: string } },
  language: string,
): string {
  const query = new URLSearchParams({
    rule: deadline.rule,
    trigger: deadline.trigger.date,
    language: calendarLanguage(language),
  });
  return `/api/v1/students/${encodeURIComponent(studentId)}/deadline.ics?${query.toString()}`;
}

/** "Add to calendar" for one meeting. */
export function meetingCalendarUrl(meetingId: string, language: string): string {
  return `/api/v1/meetings/${encodeURIComponent(meetingId)}/calendar.ics?language=${calendarLanguage(language)}`;
}
