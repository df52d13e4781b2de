import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import { callApi } from './client';
import { queryKeys } from './query-keys';
import {
  acceptedInvitationSchema,
  accessListSchema,
  createdInvitationSchema,
  invitationPreviewSchema,
  type InvitationInput,
} from '../../core/schemas/sharing';

function studentPath(studentId: string): string {
  return `/api/v1/students/${encodeURIComponent(studentId)}`;
}

/** Who has access to a child's record, and the invitations (the family only: anyone else gets 404). */
export function useAccessList(studentId: string) {
  return useQuery({
    queryKey: queryKeys.access(studentId),
    queryFn: () => callApi('GET', `${studentPath(studentId)}/access`, accessListSchema),
  });
}

export function useCreateInvitation(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      callApi('POST', `${studentPath(studentId)}/invitations`, createdInvitationSchema, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.access(studentId) }),
  });
}

export function useCancelInvitation(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      callApi('DELETE', `/api/v1/invitations/${encodeURIComponent(invitationId)}`, noContentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.access(studentId) }),
  });
}

export function useRemoveAccess(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      callApi('DELETE', `/api/v1/access/${encodeURIComponent(grantId)}`, noContentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.access(studentId) }),
  });
}

/** What an invitation link offers (who invited, which child, which role), for the signed-in person holding it. */
export function useInvitationPreview(token: string, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: () => callApi('POST', '/api/v1/invitations/preview', invitationPreviewSchema, { token }),
    enabled: isEnabled,
    // Read once when the page opens: after "Accept" it would only say that the link is used.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => callApi('POST', '/api/v1/invitations/accept', acceptedInvitationSchema, { token }),
    // A school-staff invitation makes the person staff: the session says so, and the menu offers the caseload.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.families }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
      ]),
  });
}
