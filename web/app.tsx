import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client';
import { AppShell } from './components/app/app-shell';
import { RequireSignIn } from './components/app/require-sign-in';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import {
  AccountPage,
  CaseloadPage,
  ChildrenPage,
  CompliancePage,
  CreateAccountPage,
  ForgotPasswordPage,
  GoalProgressPage,
  InvitationPage,
  PlanComparePage,
  PlanVersionPage,
  ResetPasswordPage,
  SignInPage,
  StudentActivityTab,
  StudentCommentsTab,
  StudentCompareTab,
  StudentCommunicationsTab,
  StudentDocumentsTab,
  StudentDataTab,
  StudentGoalsTab,
  StudentMeetingsTab,
  StudentOverviewTab,
  StudentPage,
  StudentPlansTab,
  StudentSectionNotFound,
  StudentServicesTab,
  StudentSharingTab,
  StudentTimelineTab,
  UnsubscribePage,
} from './lazy-pages';
import { ComparisonPage, GlossaryPage, GuidePage, LawCoveragePage, LettersPage } from './understand/understand-pages';

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppShell>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<HomePage />} />
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/create-account" element={<CreateAccountPage />} />
              <Route path="/invite/:token" element={<InvitationPage />} />
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route path="/unsubscribe" element={<UnsubscribePage />} />
              <Route path="/glossary" element={<GlossaryPage />} />
              <Route element={<RequireSignIn />}>
                <Route path="/account" element={<AccountPage />} />
                <Route path="/children" element={<ChildrenPage />} />
                <Route path="/iep-vs-504" element={<ComparisonPage />} />
                <Route path="/law/:jurisdiction" element={<LawCoveragePage />} />
                <Route path="/guide" element={<GuidePage />} />
                <Route path="/letters" element={<LettersPage />} />
                <Route path="/plans/:planId/goals/:goalId/progress" element={<GoalProgressPage />} />
                <Route path="/caseload" element={<CaseloadPage />} />
                <Route path="/compliance" element={<CompliancePage />} />
                <Route path="/students/:studentId" element={<StudentPage />}>
                  <Route index element={<StudentOverviewTab />} />
                  <Route path="plans" element={<StudentPlansTab />} />
                  <Route path="plans/:planId/versions/:versionId" element={<PlanVersionPage />} />
                  <Route path="plans/:planId/compare" element={<PlanComparePage />} />
                  <Route path="goals" element={<StudentGoalsTab />} />
                  <Route path="services" element={<StudentServicesTab />} />
                  <Route path="meetings" element={<StudentMeetingsTab />} />
                  <Route path="timeline" element={<StudentTimelineTab />} />
                  <Route path="communications" element={<StudentCommunicationsTab />} />
                  <Route path="documents" element={<StudentDocumentsTab />} />
                  <Route path="comments" element={<StudentCommentsTab />} />
                  <Route path="sharing" element={<StudentSharingTab />} />
                  <Route path="activity" element={<StudentActivityTab />} />
                  <Route path="data" element={<StudentDataTab />} />
                  <Route path="compare" element={<StudentCompareTab />} />
                  <Route path="*" element={<StudentSectionNotFound />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </AppShell>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
