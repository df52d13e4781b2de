import { useTranslation } from 'react-i18next';
import { useFamilies } from '../api/families';
import { useNextStepsOf } from '../api/next-steps';
import { ChildCard } from '../components/children/child-card';
import { LanguageSuggestion } from '../components/app/language-suggestion';
import { PageTitle } from '../components/app/page-title';
import { abilitiesOf } from '../case/role-abilities';
import { ImportRecordSection } from '../components/records/import-record-section';
import { AddChildSection } from './add-child-section';

/** The dashboard: every child with the plan in effect, the next deadlines and findings; then "Add a child". */
export function ChildrenPage() {
  const { t } = useTranslation();
  const families = useFamilies();
  const students = families.data?.flatMap((family) => family.students) ?? [];
  // Next steps and deadlines come from the timeline, which school staff may not read: their cards leave them out,
  // unasked. One request per child: the next-steps answer carries the timeline.
  // (A summary without a role, from an older server, is asked as before.)
  const withTimeline = students.filter(
    (student) => student.accessRole === undefined || abilitiesOf(student.accessRole).canSeeCase,
  );
  const timelines = useNextStepsOf(withTimeline.map((student) => student.id));
  const timelineOf = new Map(withTimeline.map((student, index) => [student.id, timelines[index]]));
  return (
    <>
      <PageTitle>{t('children.title')}</PageTitle>
      <p>
        <a href="#add-child-title">{t('children.jumpToAdd')}</a>
      </p>
      <div role="status" aria-live="polite">
        {families.isPending ? <p>{t('children.loading')}</p> : null}
        {families.isError ? <p className="error">{t('children.failed', { message: families.error.message })}</p> : null}
      </div>
      {/* Here, where a parent lands after signing in and sees the children whose home language suggests it. */}
      <LanguageSuggestion />
      {families.data?.length === 0 ? <p>{t('children.emptyAdd')}</p> : null}
      {families.data?.map((family) => (
        <section key={family.id} aria-labelledby={`family-${family.id}`}>
          <h2 id={`family-${family.id}`}>
            {family.name} {family.isDemo ? <span className="badge">{t('children.demoBadge')}</span> : null}
          </h2>
          <ul className="child-list">
            {family.students.map((student) => {
              const timeline = timelineOf.get(student.id);
              return (
                <li key={student.id}>
                  <ChildCard
                    student={student}
                    nextSteps={timeline?.data}
                    isTimelineLoading={timeline?.isPending ?? false}
                    timelineError={timeline?.error?.message ?? null}
                    isTimelineShared={timeline !== undefined}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {/* A child joins a family only the family's parents may add to (the server refuses anyone else). */}
      <AddChildSection
        families={(families.data ?? []).filter((family) =>
          family.students.some(
            (student) => student.accessRole === undefined || abilitiesOf(student.accessRole).canEditRecord,
          ),
        )}
      />
      <ImportRecordSection />
    </>
  );
}
