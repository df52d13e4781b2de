import { useTranslation } from 'react-i18next';
import type { ChecklistProblem } from '../../../core/case/team-checklist';

/** One gap in an IEP meeting's attendance, in words with its citation. */
export function ChecklistProblemText({ problem }: { problem: ChecklistProblem }) {
  const { t } = useTranslation();
  return (
    <span className="problem">
      <span aria-hidden="true">⚠ </span>
      {t(`meeting.problem.${problem.kind}`, { role: t(`meeting.role.${problem.role}`) })}
    </span>
  );
}
