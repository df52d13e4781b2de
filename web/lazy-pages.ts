import { lazy } from 'react';
import { withPageStrings } from './i18n/i18n';

// Every page but the home page and not-found loads when first opened, together with the strings of those pages
// (withPageStrings; sign-in's are the shell's), so the first page carries neither the forms, the editors, nor
// their words. A
// child's pages carry the rules data (every state's deadlines) and the plan editors. Chunks come from our own
// origin (CSP 'self').

export const StudentPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-page'))).StudentPage,
}));
export const StudentOverviewTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-overview-tab'))).StudentOverviewTab,
}));
export const StudentPlansTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-plans-tab'))).StudentPlansTab,
}));
export const PlanVersionPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/plan-version-page'))).PlanVersionPage,
}));
export const PlanComparePage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/plan-compare-page'))).PlanComparePage,
}));
export const StudentGoalsTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-goals-tab'))).StudentGoalsTab,
}));
export const StudentServicesTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-services-tab'))).StudentServicesTab,
}));
export const StudentMeetingsTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-meetings-tab'))).StudentMeetingsTab,
}));
export const StudentTimelineTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-timeline-tab'))).StudentTimelineTab,
}));
export const StudentCommunicationsTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-communications-tab'))).StudentCommunicationsTab,
}));
export const StudentDocumentsTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-documents-tab'))).StudentDocumentsTab,
}));
export const StudentCommentsTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-comments-tab'))).StudentCommentsTab,
}));
export const StudentSharingTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-sharing-tab'))).StudentSharingTab,
}));
export const StudentActivityTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-activity-tab'))).StudentActivityTab,
}));
export const StudentDataTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-data-tab'))).StudentDataTab,
}));
export const StudentCompareTab = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-compare-tab'))).StudentCompareTab,
}));
export const StudentSectionNotFound = lazy(async () => ({
  default: (await withPageStrings(import('./pages/student-section-not-found'))).StudentSectionNotFound,
}));
export const GoalProgressPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/goal-progress-page'))).GoalProgressPage,
}));
export const CaseloadPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/caseload-page'))).CaseloadPage,
}));
export const CompliancePage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/compliance-page'))).CompliancePage,
}));
export const AccountPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/account-page'))).AccountPage,
}));
export const ChildrenPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/children-page'))).ChildrenPage,
}));
export const CreateAccountPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/create-account-page'))).CreateAccountPage,
}));
export const InvitationPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/invitation-page'))).InvitationPage,
}));
export const ForgotPasswordPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/forgot-password-page'))).ForgotPasswordPage,
}));
export const ResetPasswordPage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/reset-password-page'))).ResetPasswordPage,
}));
export const UnsubscribePage = lazy(async () => ({
  default: (await withPageStrings(import('./pages/unsubscribe-page'))).UnsubscribePage,
}));
export const SignInPage = lazy(async () => ({ default: (await import('./pages/sign-in-page')).SignInPage }));
