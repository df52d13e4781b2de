import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FILTERS, useAuditTrail, type ActivityFilters as Filters } from '../api/audit-trail';
import { useStudent } from '../api/students';
import { ActivityFilters } from '../components/records/activity-filters';
import { AuditTable } from '../components/records/audit-table';
import { SectionTitle } from '../components/app/section-title';
import { useFocusAfterRender } from '../components/app/use-focus-after-render';
import { StudentSectionGate } from './student-section-gate';
import { useStudentId } from './student-page';

/** "Who looked at or changed this record": the child's audit trail, newest first, in lines. The family only. */
export function StudentActivityTab() {
  return (
    <StudentSectionGate tab="activity" need="canManageSharing">
      <ActivityContent />
    </StudentSectionGate>
  );
}

function ActivityContent() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const trail = useAuditTrail(studentId, filters);
  const focusAfterRender = useFocusAfterRender();
  const childName = student.data?.givenName ?? '';
  const lines = trail.data?.pages.flatMap((page) => page.lines) ?? [];
  const people = trail.data?.pages[0]?.people ?? [];
  const isFiltered = filters.person !== '' || filters.kind !== '';
  const isLoading = trail.isPending || trail.isPlaceholderData;
  const loadOlder = () => {
    void trail.fetchNextPage().then((result) => {
      // The button goes away after the last page: the focus moves to the sentence that says so.
      if (!result.hasNextPage) focusAfterRender('audit-end');
    });
  };
  return (
    <section aria-labelledby="activity-title">
      <SectionTitle id="activity-title">{t('audit.title')}</SectionTitle>
      <p>{t('audit.intro', { name: childName })}</p>
      <ActivityFilters filters={filters} people={people} onApply={setFilters} />
      <div role="status" aria-live="polite">
        {isLoading ? <p>{t('children.loading')}</p> : null}
        {trail.isError ? <p className="error">{t('audit.failed', { message: trail.error.message })}</p> : null}
        {trail.isFetchingNextPage ? <p>{t('audit.loadingOlder')}</p> : null}
        {trail.data === undefined || isLoading || trail.isFetchingNextPage ? null : (
          <p>{t('activity.shown', { count: lines.length })}</p>
        )}
      </div>
      {trail.data !== undefined && !isLoading && lines.length === 0 ? (
        <p>{isFiltered ? t('activity.noMatch') : t('audit.empty')}</p>
      ) : null}
      {lines.length > 0 ? <AuditTable lines={lines} childName={childName} /> : null}
      {trail.hasNextPage ? (
        <div className="actions">
          <button type="button" className="secondary" disabled={trail.isFetchingNextPage} onClick={loadOlder}>
            {t('audit.loadOlder')}
          </button>
        </div>
      ) : trail.data !== undefined && lines.length > 0 ? (
        <p id="audit-end" tabIndex={-1}>
          {t('audit.noOlder')}
        </p>
      ) : null}
    </section>
  );
}
