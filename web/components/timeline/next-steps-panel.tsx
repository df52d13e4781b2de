import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { CaseEventInput } from '../../../core/schemas/case-event';
import type { NextStepsResponse } from '../../../core/schemas/next-steps';
import { localized } from '../../i18n/localized';
import { RuleCheck } from './rule-check';

type Step = NextStepsResponse['steps'][number];
type Action = Step['actions'][number];

/** A step id (`idea.records-access@2026-08-01`) as a safe part of an element id. */
function domId(stepId: string): string {
  return stepId.replace(/[^a-zA-Z0-9-]/g, '-');
}

/** The event an "It happened" or "Record the request" form will send, without its date. */
interface PendingEvent {
  readonly stepId: string;
  readonly question: 'happened' | 'received';
  readonly event: { readonly type: string; readonly fields: Readonly<Record<string, string | boolean>> };
}

/** The id of a step's heading on the child's page (the children page's cards link to it). */
export function nextStepAnchor(stepId: string): string {
  return `next-step-${domId(stepId)}`;
}

/** Whether the reader may use an action (the server would refuse the others): the panel offers only these. */
function isOffered(action: Action, canRecord: boolean, canWriteLetters: boolean): boolean {
  switch (action.kind) {
    case 'record-event':
    case 'record-request':
    case 'add-calendar':
      return canRecord;
    case 'write-letter':
      return canWriteLetters;
    case 'answer-guide':
    case 'prepare-meeting':
    case 'review-services':
      return true;
  }
}

/**
 * The child's next steps, most urgent first: what the school owes and what the family can do now, each with the
 * one action that does it. Recording an event is done here (the page passes `onRecord`); the other actions lead to
 * the letter, calendar, guide or meetings page for this child.
 * `compact` (a card on the children page): titles only, each with its first action, else a link to the step on
 * the child's page; ids are scoped to the child, since several cards share a page.
 */
export function NextStepsPanel(props: {
  studentId: string;
  steps: readonly Step[];
  today: string;
  /** False for someone who can read the case but not change it (an advocate): only the links are offered. */
  canRecord: boolean;
  canWriteLetters: boolean;
  onRecord: (event: CaseEventInput) => Promise<void>;
  /** The child's jurisdiction, for "Not right?"'s link to how Binder covers its law. */
  jurisdiction?: string;
  /** A card on the children page, for the child of this name (see above). */
  compact?: { childName: string };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [pending, setPending] = useState<PendingEvent | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const compact = props.compact !== undefined;
  const scope = compact ? `${domId(props.studentId)}-` : '';
  const child = encodeURIComponent(props.studentId);
  const Title = compact ? 'h4' : 'h3';
  const StepTitle = compact ? 'h5' : 'h4';
  // Not a region nor articles on a card: the card is the children page's article, and its steps are lines of it.
  const Box = compact ? 'div' : 'section';
  const StepBox = compact ? 'div' : 'article';
  return (
    <Box
      aria-labelledby={compact ? undefined : 'next-steps-title'}
      className={compact ? 'next-steps compact' : 'next-steps'}
    >
      <Title id={`${scope}next-steps-title`}>{t('nextSteps.title')}</Title>
      <div role="status" aria-live="polite">
        {recorded === null ? null : <p>{recorded}</p>}
      </div>
      {props.steps.length === 0 ? (
        <p>{t(compact ? 'nextSteps.card.none' : 'nextSteps.none')}</p>
      ) : (
        <ol className="next-steps-list">
          {props.steps.map((step) => {
            const headingId = `${scope}${nextStepAnchor(step.id)}`;
            const offered = step.actions.filter((action) => isOffered(action, props.canRecord, props.canWriteLetters));
            const shown = compact ? offered.slice(0, 1) : offered;
            return (
              <li key={step.id} className={`next-step next-step-${step.urgency}`}>
                <StepBox aria-labelledby={compact ? undefined : headingId}>
                  <p className="next-step-who">
                    {t(step.who === 'owed' ? 'nextSteps.who.owed' : 'nextSteps.who.family')}
                    {step.urgency === 'overdue' ? (
                      <>
                        {' · '}
                        <strong>{t('nextSteps.overdue')}</strong>
                      </>
                    ) : null}
                  </p>
                  <StepTitle id={headingId}>{localized(step.title, language)}</StepTitle>
                  {compact ? null : <p>{localized(step.detail, language)}</p>}
                  {compact || step.rule === undefined ? null : (
                    <>
                      <p>
                        <span className="citation">{step.rule.citation}</span> —{' '}
                        {localized(ruleStatusLabel(step.rule.status), language)}
                      </p>
                      <RuleCheck
                        summary={step.detail}
                        citation={step.rule.citation}
                        status={step.rule.status}
                        rule={step.rule.id}
                        jurisdiction={props.jurisdiction}
                      />
                    </>
                  )}
                  <div className="next-step-actions">
                    {shown.map((action) => (
                      <StepAction
                        key={action.kind}
                        action={action}
                        step={step}
                        studentId={props.studentId}
                        onStart={setPending}
                      />
                    ))}
                    {compact && shown.length === 0 ? (
                      <Link className="button-link secondary-link" to={`/students/${child}#${nextStepAnchor(step.id)}`}>
                        {t('nextSteps.card.open')}
                      </Link>
                    ) : null}
                  </div>
                  {pending?.stepId === step.id ? (
                    <RecordEventForm
                      idScope={scope}
                      pending={pending}
                      today={props.today}
                      onCancel={() => {
                        setPending(null);
                      }}
                      onRecord={async (date) => {
                        await props.onRecord({
                          type: pending.event.type,
                          date,
                          ...pending.event.fields,
                        } as CaseEventInput);
                        setPending(null);
                        setRecorded(t('nextSteps.recorded'));
                      }}
                    />
                  ) : null}
                </StepBox>
              </li>
            );
          })}
        </ol>
      )}
      {compact ? (
        <p>
          <Link to={`/students/${child}#next-steps-title`}>
            {t('nextSteps.card.all', { name: props.compact?.childName })}
          </Link>
        </p>
      ) : null}
    </Box>
  );
}

function StepAction(props: {
  action: Action;
  step: Step;
  studentId: string;
  onStart: (pending: PendingEvent) => void;
}) {
  const { t } = useTranslation();
  const { action, step } = props;
  const child = encodeURIComponent(props.studentId);
  switch (action.kind) {
    case 'record-event':
      return (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            props.onStart({ stepId: step.id, question: 'happened', event: action.event });
          }}
        >
          {t('nextSteps.action.happened')}
        </button>
      );
    case 'record-request':
      return (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            props.onStart({
              stepId: step.id,
              question: 'received',
              event: { type: 'evaluation-requested', fields: { by: 'parent' } },
            });
          }}
        >
          {t('nextSteps.action.recordRequest')}
        </button>
      );
    case 'write-letter':
      return (
        <Link className="button-link secondary-link" to={`/letters?student=${child}&kind=${action.letter}`}>
          {action.letter === 'compensatory-services'
            ? t('letterLedger.writeLetter')
            : t(
                action.letter === 'evaluation-request'
                  ? 'nextSteps.action.writeRequest'
                  : 'nextSteps.action.askInWriting',
              )}
        </Link>
      );
    case 'add-calendar':
      return (
        <Link className="button-link secondary-link" to={`/students/${child}/timeline#school-calendar-title`}>
          {t('nextSteps.action.addCalendar')}
        </Link>
      );
    case 'answer-guide':
      return (
        <Link className="button-link secondary-link" to={`/guide?student=${child}`}>
          {t('nextSteps.action.answerGuide')}
        </Link>
      );
    case 'prepare-meeting':
      return (
        <Link className="button-link secondary-link" to={`/students/${child}/meetings`}>
          {t('nextSteps.action.prepareMeeting')}
        </Link>
      );
    case 'review-services':
      return (
        <Link className="button-link secondary-link" to={`/students/${child}/services#ledger-title`}>
          {t('ledger.reviewServices')}
        </Link>
      );
  }
}

/** Asks the date of what happened (today by default, never in the future) and records it. */
function RecordEventForm(props: {
  idScope: string;
  pending: PendingEvent;
  today: string;
  onCancel: () => void;
  onRecord: (date: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(props.today);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const fieldId = `${props.idScope}next-step-date-${domId(props.pending.stepId)}`;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem(t('nextSteps.form.dateMissing'));
      return;
    }
    if (date > props.today) {
      setProblem(t('nextSteps.form.dateFuture'));
      return;
    }
    setProblem(null);
    setIsSaving(true);
    props.onRecord(date).catch((error: unknown) => {
      setProblem(t('nextSteps.form.failed', { message: error instanceof Error ? error.message : String(error) }));
      setIsSaving(false);
    });
  };
  return (
    <form className="next-step-form" onSubmit={submit} noValidate>
      <label htmlFor={fieldId}>
        {t(props.pending.question === 'received' ? 'nextSteps.form.receivedOn' : 'nextSteps.form.happenedOn')}
      </label>
      <input
        id={fieldId}
        type="date"
        value={date}
        max={props.today}
        required
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? undefined : `${fieldId}-problem`}
        autoFocus
        onChange={(event) => {
          setDate(event.target.value);
        }}
      />
      {problem === null ? null : (
        <p id={`${fieldId}-problem`} className="error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={isSaving}>
          {isSaving ? t('nextSteps.form.saving') : t('nextSteps.form.record')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('nextSteps.form.cancel')}
        </button>
      </div>
    </form>
  );
}
