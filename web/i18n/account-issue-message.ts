import type { TFunction } from 'i18next';
import { weaknessReasonOf } from '../../core/schemas/password-weakness';
import { issueMessage } from './issue-message';

/**
 * The account endpoints' field messages (core/schemas/account.ts, server/auth/password-rules.ts, and the
 * reasons of core/schemas/password-weakness.ts), which the
 * server writes in English, in the UI language; anything else goes through the app's common messages.
 */
export function accountIssueMessage(message: string, t: TFunction): string {
  const atLeast = /^use at least (\d+) characters$/.exec(message);
  if (atLeast !== null) return t('account.issues.minLength', { min: Number(atLeast[1]) });
  const atMost = /^use at most (\d+) characters$/.exec(message);
  if (atMost !== null) return t('account.issues.maxLength', { max: Number(atMost[1]) });
  if (message.startsWith('this password is on a list')) return t('account.issues.commonPassword');
  if (message.startsWith('this password is a common password')) return t('account.issues.commonWithAdditions');
  const weakness = weaknessReasonOf(message);
  if (weakness !== null) {
    return t('account.issues.weakPassword', { reason: t(`account.issues.weakReasons.${weakness}`) });
  }
  if (message === 'enter your name') return t('account.issues.name');
  if (message.startsWith('expected an e-mail address')) return t('account.issues.email');
  if (message === 'enter your password' || message === 'enter a password') return t('account.issues.password');
  if (message === 'enter a new password') return t('account.issues.newPassword');
  if (message === 'enter your current password') return t('account.issues.currentPassword');
  return issueMessage(message, t);
}
