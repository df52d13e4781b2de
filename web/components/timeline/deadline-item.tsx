import { useTranslation } from 'react-i18next';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { Deadline } from '../../../core/timeline/timeline-result';
import { formatDate } from '../../i18n/format-date';
import { localized } from '../../i18n/localized';
import { deadlineCalendarUrl } from '../../api/calendar-feeds';
import { DeadlineKind } from './deadline-kind';
import { deadlineKindWords } from './deadline-kind-words';
import { DeadlineStatusLabel } from './deadline-status-label';
import { ruleBasisText } from '../../i18n/rule-basis';
import { RuleCheck } from './rule-check';

/**
 * One deadline with its due date and status in words; its explanation, citation and how sure the rule is behind
 * "Why, and the law"; and "Not right?" (the rule, and the law coverage page of the child's `jurisdiction`).
 */
export function DeadlineItem({
  deadline,
  headingLevel = 4,
  jurisdiction,
  studentId,
}: {
  deadline: Deadline;
  headingLevel?: 4 | 5;
  jurisdiction?: string;
  /** The child's id, on the child's timeline: a dated deadline then offers "Add to calendar". */
  studentId?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const Heading = headingLevel === 5 ? 'h5' : 'h4';
  return (
    <article
      className={`deadline deadline-${deadline.status}`}
      aria-labelledby={`deadline-${deadline.rule}-${deadline.trigger.date}`}
    >
      <Heading id={`deadline-${deadline.rule}-${deadline.trigger.date}`}>
        <DeadlineKind kind={deadline.kind} />
      </Heading>
      <p className="deadline-due">
        <span>
          {deadline.due === null
            ? t('deadline.noDueDate')
            : t(deadline.isWindow ? 'deadline.closes' : 'deadline.due', { date: formatDate(deadline.due, language) })}
        </span>{' '}
        <DeadlineStatusLabel status={deadline.status} isWindow={deadline.isWindow} />
      </p>
      {studentId === undefined || deadline.due === null ? null : (
        <p className="add-to-calendar">
          <a
            href={deadlineCalendarUrl(studentId, deadline, language)}
            download
            aria-label={t('feeds.addDeadlineLabel', {
              what: deadlineKindWords(deadline.kind, language),
              date: formatDate(deadline.due, language),
            })}
          >
            {t('feeds.addDeadline')}
          </a>
        </p>
      )}
      {/* The rule's explanation and law are long: behind a disclosure, the due date and status stay in view. */}
      <details className="rule-details">
        <summary>{t('deadline.ruleDetails')}</summary>
        <p>{localized(deadline.explanation, language)}</p>
        <dl className="facts">
          <div>
            <dt>{t('deadline.counted')}</dt>
            <dd>{ruleBasisText(deadline.rule, deadline.basis, t)}</dd>
          </div>
          {deadline.measuredTo === undefined ? null : (
            <div>
              <dt>{t('deadline.measuredTo')}</dt>
              <dd>{localized(deadline.measuredTo, language)}</dd>
            </div>
          )}
          {deadline.completedOn === null ? null : (
            <div>
              <dt>{t('deadline.completedOn')}</dt>
              <dd>{formatDate(deadline.completedOn, language)}</dd>
            </div>
          )}
          <div>
            <dt>{t('deadline.citation')}</dt>
            <dd className="citation">{deadline.citation}</dd>
          </div>
          <div>
            <dt>{t('deadline.ruleStatus')}</dt>
            <dd>{localized(ruleStatusLabel(deadline.ruleStatus), language)}</dd>
          </div>
        </dl>
      </details>
      <RuleCheck
        summary={deadline.explanation}
        citation={deadline.citation}
        status={deadline.ruleStatus}
        rule={deadline.rule}
        jurisdiction={jurisdiction}
      />
    </article>
  );
}
