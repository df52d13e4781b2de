import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { RequestPasswordReset, ResetPassword } from '../../core/schemas/account';
import { reminderSettingsSchema, type ReminderSettings } from '../../core/schemas/reminders';
import { callApi } from './client';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';

const anyAnswer = z.unknown();

/** Asks for a password-reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: RequestPasswordReset) => callApi('POST', '/api/auth/request-password-reset', anyAnswer, input),
  });
}

/** Sets a new password with the token from the reset link (every session ends). */
export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPassword) => callApi('POST', '/api/auth/reset-password', anyAnswer, input),
  });
}

export function useReminderSettings() {
  return useQuery({
    queryKey: queryKeys.reminderSettings,
    queryFn: () => callApi('GET', '/api/v1/account/reminders', reminderSettingsSchema),
  });
}

export function useSaveReminderSettings() {
  return useMutation({
    mutationFn: (input: ReminderSettings) => callApi('PUT', '/api/v1/account/reminders', reminderSettingsSchema, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.reminderSettings, saved);
    },
  });
}

/** The unsubscribe link's button: every reminder of the link's account off. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      callApi('POST', `/api/v1/reminders/unsubscribe?token=${encodeURIComponent(token)}`, z.null(), {}),
  });
}
