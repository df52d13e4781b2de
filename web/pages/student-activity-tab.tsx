import { useTranslation } from 'react-i18next';
import { useAuditTrail } from '../api/audit-trail';
import { useStudent } from '../api/students';
import { AuditTable } from '../components/audit-table';
import { SectionTitle } from '../components/section-title';
import { useFocusAfterRender } from '../components/use-focus-after-render';
import { StudentSectionGate } from './student-section-gate';
import { useStudentId } from './student-page';

/** "Who looked at or changed this record": the child's audit trail, newest first. The family only. */
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
  const trail = useAuditTrail(studentId);
  const focusAfterRender = useFocusAfterRender();
  const childName = student.data?.givenName ?? '';
  const entries = trail.data?.pages.flatMap((page) => page.entries) ?? [];
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
      <div role="status" aria-live="polite">
        {trail.isPending ? <p>{t('children.loading')}</p> : null}
        {trail.isError ? <p className="error">{t('audit.failed', { message: trail.error.message })}</p> : null}
        {trail.isFetchingNextPage ? <p>{t('audit.loadingOlder')}</p> : null}
        {trail.data === undefined || trail.isFetchingNextPage ? null : (
          <p>{t('audit.shown', { count: entries.length })}</p>
        )}
      </div>
      {trail.data !== undefined && entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {entries.length > 0 ? <AuditTable entries={entries} childName={childName} /> : null}
      {trail.hasNextPage ? (
        <div className="actions">
          <button type="button" className="secondary" disabled={trail.isFetchingNextPage} onClick={loadOlder}>
            {t('audit.loadOlder')}
          </button>
        </div>
      ) : trail.data !== undefined && entries.length > 0 ? (
        <p id="audit-end" tabIndex={-1}>
          {t('audit.noOlder')}
        </p>
      ) : null}
    </section>
  );
}
