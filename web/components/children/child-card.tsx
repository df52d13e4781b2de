import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JURISDICTION_NAMES, isJurisdictionCode } from '../../../core/law/jurisdiction-names';
import type { NextStepsResponse } from '../../../core/schemas/next-steps';
import { DeadlineKind } from '../timeline/deadline-kind';
import type { StudentSummary } from '../../../core/schemas/student';
import type { TimelineResult } from '../../../core/timeline/timeline-result';
import { useRecordEvent } from '../../api/events';
import { abilitiesOf } from '../../case/role-abilities';
import { findingsBySeverity, nextDeadlines, openDatedReminders } from '../../case/next-deadlines';
import { formatDate } from '../../i18n/format-date';
import { localized } from '../../i18n/localized';
import { DeadlineStatusLabel } from '../timeline/deadline-status-label';
import { NextStepsPanel } from '../timeline/next-steps-panel';
import { SeverityLabel } from '../timeline/severity-label';

const SHOWN = 3;

/**
 * A child on the dashboard: plan in effect, the first next steps, the next deadlines and what needs attention, in
 * words. One request per child: the next-steps answer carries the timeline the deadlines come from.
 */
export function ChildCard(props: {
  student: StudentSummary;
  nextSteps: NextStepsResponse | undefined;
  isTimelineLoading: boolean;
  timelineError: string | null;
  /** False for someone who may not see the child's timeline (school staff): next steps and deadlines are left out. */
  isTimelineShared?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { student } = props;
  const language = i18n.language;
  const plan = student.planInEffect ?? 'none';
  const headingId = `child-${student.id}`;
  const jurisdiction = isJurisdictionCode(student.jurisdiction)
    ? localized(JURISDICTION_NAMES[student.jurisdiction], language)
    : student.jurisdiction;
  return (
    <article className="card child-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/students/${student.id}`}>
          {student.givenName} {student.familyName}
        </Link>
      </h3>
      <p className={`plan plan-${plan}`}>{t(`children.plan.${plan}`)}</p>
      <dl>
        {student.birthDate !== null ? (
          <div>
            <dt>{t('children.birthDate')}</dt>
            <dd>{formatDate(student.birthDate, language)}</dd>
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
          <dd>{student.jurisdiction === 'US' ? t('jurisdiction.US') : jurisdiction}</dd>
        </div>
      </dl>
      {props.isTimelineShared === false ? null : (
        <>
          {props.nextSteps === undefined ? null : <ChildNextSteps student={student} nextSteps={props.nextSteps} />}
          <ChildDeadlines {...props} timeline={props.nextSteps?.timeline} />
        </>
      )}
    </article>
  );
}

/** The first steps that are overdue or due in the next 30 days, each with its one action. */
function ChildNextSteps({ student, nextSteps }: { student: StudentSummary; nextSteps: NextStepsResponse }) {
  const record = useRecordEvent(student.id);
  // A summary without a role (an older server) offers only the links: the server decides what may be changed.
  const abilities = abilitiesOf(student.accessRole ?? null);
  return (
    <NextStepsPanel
      compact={{ childName: student.givenName }}
      studentId={student.id}
      steps={nextSteps.steps.filter((step) => step.urgency !== 'now').slice(0, SHOWN)}
      today={nextSteps.asOf}
      canRecord={abilities.canEditRecord}
      canWriteLetters={abilities.canWriteLetters}
      jurisdiction={student.jurisdiction}
      onRecord={async (event) => {
        await record.mutateAsync(event);
      }}
    />
  );
}

/** The next deadlines, what needs attention, and the link to the timeline. */
function ChildDeadlines(props: {
  student: StudentSummary;
  timeline: TimelineResult | undefined;
  isTimelineLoading: boolean;
  timelineError: string | null;
}) {
  const { t, i18n } = useTranslation();
  const { student, timeline } = props;
  const language = i18n.language;
  const deadlines = timeline === undefined ? [] : nextDeadlines(timeline.deadlines, SHOWN);
  const findings = timeline === undefined ? [] : findingsBySeverity(timeline.findings);
  const reminders = timeline === undefined ? [] : openDatedReminders(timeline.reminders, SHOWN);
  return (
    <>
      <h4>{t('children.nextDeadlines')}</h4>
      {props.isTimelineLoading ? <p>{t('children.loading')}</p> : null}
      {props.timelineError === null ? null : (
        <p className="error">{t('children.timelineFailed', { message: props.timelineError })}</p>
      )}
      {timeline !== undefined && deadlines.length === 0 && reminders.length === 0 ? (
        <p>{t('children.noOpenDeadlines')}</p>
      ) : null}
      {deadlines.length > 0 ? (
        <ul className="compact-list">
          {deadlines.map((deadline) => (
            <li key={`${deadline.rule}-${deadline.trigger.date}`}>
              <strong>
                <DeadlineKind kind={deadline.kind} />
              </strong>
              :{' '}
              {deadline.due === null
                ? t('deadline.noDueDateShort')
                : t('deadline.due', { date: formatDate(deadline.due, language) })}{' '}
              <DeadlineStatusLabel status={deadline.status} isWindow={deadline.isWindow} />
            </li>
          ))}
        </ul>
      ) : null}
      {reminders.length > 0 ? (
        <ul className="compact-list">
          {reminders.map((reminder) => (
            <li key={`${reminder.rule}-${reminder.trigger.date}`}>
              <strong>{t(`reminder.kind.${reminder.kind}`, { defaultValue: reminder.kind })}</strong>:{' '}
              {t('children.reminderDue', { date: formatDate(reminder.due ?? '', language) })}
            </li>
          ))}
        </ul>
      ) : null}
      {findings.length > 0 ? (
        <>
          <h4>{t('children.needsAttention')}</h4>
          <ul className="compact-list">
            {findings.slice(0, SHOWN).map((finding, index) => (
              <li key={`${finding.code}-${String(index)}`}>
                <SeverityLabel severity={finding.severity} /> {localized(finding.explanation, language)}
              </li>
            ))}
          </ul>
          {findings.length > SHOWN ? (
            <p>
              <Link to={`/students/${student.id}/timeline`}>
                {t('children.moreFindings', { count: findings.length - SHOWN })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      <p>
        <Link to={`/students/${student.id}/timeline`}>{t('children.openTimeline', { name: student.givenName })}</Link>
      </p>
    </>
  );
}
