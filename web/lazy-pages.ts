import { lazy } from 'react';

// A child's pages carry the rules data (every state's deadlines) and the plan editors; they load when first
// opened, so the home page and the dashboard stay small. Chunks come from our own origin (CSP 'self').

export const StudentPage = lazy(async () => ({ default: (await import('./pages/student-page')).StudentPage }));
export const StudentOverviewTab = lazy(async () => ({
  default: (await import('./pages/student-overview-tab')).StudentOverviewTab,
}));
export const StudentPlansTab = lazy(async () => ({
  default: (await import('./pages/student-plans-tab')).StudentPlansTab,
}));
export const PlanVersionPage = lazy(async () => ({
  default: (await import('./pages/plan-version-page')).PlanVersionPage,
}));
export const PlanComparePage = lazy(async () => ({
  default: (await import('./pages/plan-compare-page')).PlanComparePage,
}));
export const StudentGoalsTab = lazy(async () => ({
  default: (await import('./pages/student-goals-tab')).StudentGoalsTab,
}));
export const StudentServicesTab = lazy(async () => ({
  default: (await import('./pages/student-services-tab')).StudentServicesTab,
}));
export const StudentMeetingsTab = lazy(async () => ({
  default: (await import('./pages/student-meetings-tab')).StudentMeetingsTab,
}));
export const StudentTimelineTab = lazy(async () => ({
  default: (await import('./pages/student-timeline-tab')).StudentTimelineTab,
}));
export const StudentCommunicationsTab = lazy(async () => ({
  default: (await import('./pages/student-communications-tab')).StudentCommunicationsTab,
}));
export const StudentCommentsTab = lazy(async () => ({
  default: (await import('./pages/student-comments-tab')).StudentCommentsTab,
}));
export const StudentSharingTab = lazy(async () => ({
  default: (await import('./pages/student-sharing-tab')).StudentSharingTab,
}));
export const StudentActivityTab = lazy(async () => ({
  default: (await import('./pages/student-activity-tab')).StudentActivityTab,
}));
export const StudentDataTab = lazy(async () => ({
  default: (await import('./pages/student-data-tab')).StudentDataTab,
}));
export const StudentSectionNotFound = lazy(async () => ({
  default: (await import('./pages/student-section-not-found')).StudentSectionNotFound,
}));
export const GoalProgressPage = lazy(async () => ({
  default: (await import('./pages/goal-progress-page')).GoalProgressPage,
}));
export const CaseloadPage = lazy(async () => ({ default: (await import('./pages/caseload-page')).CaseloadPage }));
export const CompliancePage = lazy(async () => ({
  default: (await import('./pages/compliance-page')).CompliancePage,
}));
