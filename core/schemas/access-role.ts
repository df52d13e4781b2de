import { z } from 'zod';

/** How a person is related to one child's record (core/policies/ says what each may do). */
export const ACCESS_ROLES = ['owner', 'co-parent', 'advocate', 'school-staff'] as const;
export const accessRoleSchema = z.enum(ACCESS_ROLES);
export type AccessRole = z.infer<typeof accessRoleSchema>;

/** The roles an owner can invite someone into. */
export const INVITABLE_ROLES = ['co-parent', 'advocate', 'school-staff'] as const;
export const invitableRoleSchema = z.enum(INVITABLE_ROLES);
export type InvitableRole = z.infer<typeof invitableRoleSchema>;
