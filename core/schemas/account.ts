import { z } from 'zod';

/** Sign-up: a name to show others, an e-mail to sign in with, and a password (rules checked on the server). */
export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'enter your name').max(100, 'use at most 100 characters'),
  email: z.email('expected an e-mail address like name@example.org').max(254),
  password: z.string({ error: 'enter a password' }),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: z.email('expected an e-mail address like name@example.org'),
  password: z.string().min(1, 'enter your password'),
});
export type SignIn = z.infer<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'enter your current password'),
  newPassword: z.string({ error: 'enter a new password' }),
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;

/** Asking for a password-reset link: the answer is the same whether or not the address has an account. */
export const requestPasswordResetSchema = z.object({
  email: z.email('expected an e-mail address like name@example.org').max(254),
});
export type RequestPasswordReset = z.infer<typeof requestPasswordResetSchema>;

/** Choosing a new password with the token from a reset link (single use, 30 minutes). */
export const resetPasswordSchema = z.object({
  token: z.string().min(1, 'the reset link is incomplete').max(200, 'the reset link is not valid'),
  newPassword: z.string({ error: 'enter a new password' }),
});
export type ResetPassword = z.infer<typeof resetPasswordSchema>;

/** GET /api/v1/session: who is signed in, and the token state-changing requests must carry. */
export const sessionInfoSchema = z.object({
  user: z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      isAdmin: z.boolean(),
      /** Holds a school-staff grant for at least one child: the app offers the caseload and district views. */
      isSchoolStaff: z.boolean(),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
