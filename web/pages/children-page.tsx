import { useTranslation } from 'react-i18next';
import type { StudentSummary } from '../../core/schemas/student';
import { useFamilies } from '../api/families';
import { PageTitle } from '../components/page-title';
import { formatDate } from '../i18n/format-date';

export function ChildrenPage() {
  const { t } = useTranslation();
  const families = useFamilies();
  return (
    <>
      <PageTitle>{t('children.title')}</PageTitle>
      <div role="status" aria-live="polite">
        {families.isPending ? <p>{t('children.loading')}</p> : null}
        {families.isError ? <p className="error">{t('children.failed', { message: families.error.message })}</p> : null}
      </div>
      {families.data?.length === 0 ? <p>{t('children.empty')}</p> : null}
      {families.data?.map((family) => (
        <section key={family.id} aria-labelledby={`family-${family.id}`}>
          <h2 id={`family-${family.id}`}>
            {family.name} {family.isDemo ? <span className="badge">{t('children.demoBadge')}</span> : null}
          </h2>
          <ul className="child-list">
            {family.students.map((student) => (
              <li key={student.id}>
                <ChildCard student={student} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ChildCard({ student }: { student: StudentSummary }) {
  const { t, i18n } = useTranslation();
  const plan = student.planInEffect ?? 'none';
  return (
    <article className="card child-card" aria-labelledby={`child-${student.id}`}>
      <h3 id={`child-${student.id}`}>
        {student.givenName} {student.familyName}
      </h3>
      <p className={`plan plan-${plan}`}>{t(`children.plan.${plan}`)}</p>
      <dl>
        {student.birthDate !== null ? (
          <div>
            <dt>{t('children.birthDate')}</dt>
            <dd>{formatDate(student.birthDate, i18n.language)}</dd>
          </div>
        ) : null}
        {student.grade !== null ? (
          <div>
            <dt>{t('children.grade')}</dt>
            <dd>{student.grade}</dd>
          </div>
        ) : null}
        {student.school !== null ? (
          <div>
            <dt>{t('children.school')}</dt>
            <dd>{student.school}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('children.rules')}</dt>
          <dd>{student.jurisdiction === 'US' ? t('jurisdiction.US') : student.jurisdiction}</dd>
        </div>
      </dl>
    </article>
  );
}
