import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudent } from '../api/students';
import type { Abilities } from '../case/role-abilities';
import type { StudentTab } from '../case/student-tabs';
import { SectionTitle } from '../components/app/section-title';
import { useStudentAccess, useStudentId } from './student-page';

/**
 * A tab only some roles can use: its contents (and their requests, each of which the server audits) appear
 * once the person's role is known to allow it; anyone else reads that this part is not shared with them.
 */
export function StudentSectionGate(props: { tab: StudentTab; need: keyof Abilities; children: ReactNode }) {
  const { t } = useTranslation();
  const student = useStudent(useStudentId());
  const { abilities, isPending } = useStudentAccess();
  if (abilities[props.need]) return props.children;
  if (isPending) return <p role="status">{t('children.loading')}</p>;
  return (
    <section>
      <SectionTitle>{t(`student.tabs.${props.tab}`)}</SectionTitle>
      <p>{t('student.notShared', { name: student.data?.givenName ?? '' })}</p>
    </section>
  );
}
