import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { birthdayAtAge } from '../../core/calendar/birthday-at-age';
import type { IepContent } from '../../core/schemas/iep';
import type { Plan504Content } from '../../core/schemas/plan-504';
import type { Plan, PlanVersion } from '../../core/schemas/plan';
import type { Student } from '../../core/schemas/student';
import { ApiError } from '../api/client';
import { useMeetings } from '../api/meetings';
import { useFinalizeVersion } from '../api/plans';
import { useDraftAutosave } from '../api/use-draft-autosave';
import { fieldIdForIssue } from '../case/field-id';
import { ErrorSummary, type ErrorSummaryItem } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { FinalizeForm } from '../components/plans/finalize-form';
import { IepEditor } from '../components/plans/iep-editor';
import { Plan504Editor } from '../components/plans/plan-504-editor';
import { SaveStatus } from '../components/forms/save-status';
import { formatDate } from '../i18n/format-date';
import { issueMessage } from '../i18n/issue-message';
import { leftToRightIn } from '../i18n/languages';

/** The text of the label of an input already on the page (the error summary names fields as they read). */
function labelOf(id: string): string {
  return document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ?? id;
}

/** Editing a draft: the IEP or 504 editor, autosaved, then finalized with its effective date. */
export function PlanDraftEditor({ plan, version, student }: { plan: Plan; version: PlanVersion; student: Student }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const meetings = useMeetings(student.id);
  const finalize = useFinalizeVersion(student.id);
  const [invalid, setInvalid] = useState<Readonly<Record<string, string>>>({});
  const [finalizeFailure, setFinalizeFailure] = useState<string | null>(null);
  const [finalizeErrors, setFinalizeErrors] = useState<Readonly<Record<string, string>>>({});
  const onValidityChange = useCallback((id: string, invalidLabel: string | null) => {
    setInvalid((current) => {
      if (invalidLabel === null) {
        if (!(id in current)) return current;
        const { [id]: _removed, ...rest } = current;
        return rest;
      }
      return current[id] === invalidLabel ? current : { ...current, [id]: invalidLabel };
    });
  }, []);
  const autosave = useDraftAutosave<IepContent | Plan504Content>({
    studentId: student.id,
    planId: plan.id,
    versionId: version.id,
    initialContent: version.content,
    blockedBy: Object.values(invalid),
  });

  const { state } = autosave;
  const issues =
    state.kind === 'failed' && state.failure.kind === 'api' && state.failure.error.status === 400
      ? state.failure.error.issues
      : [];
  const byField: Record<string, string> = {};
  const items: ErrorSummaryItem[] = issues.map((issue) => {
    const id = fieldIdForIssue('plan', issue.field, 'content.');
    const message = issueMessage(issue.message, t);
    byField[id] ??= message;
    return { fieldId: id, label: labelOf(id), message };
  });

  const facts = jurisdictionFacts(student.jurisdiction);
  const transitionAge = facts.transitionAge.age;
  const transitionAgeNote =
    student.birthDate === null
      ? t('iep.transition.ageNote', {
          age: transitionAge,
          citation: leftToRightIn(i18n.language, facts.transitionAge.citation),
        })
      : t('iep.transition.ageNoteDated', {
          age: transitionAge,
          name: student.givenName,
          date: formatDate(birthdayAtAge(student.birthDate, transitionAge), i18n.language),
          citation: leftToRightIn(i18n.language, facts.transitionAge.citation),
        });

  const onFinalize = async (input: { effectiveFrom: string; meetingId: string | null }) => {
    setFinalizeFailure(null);
    setFinalizeErrors({});
    const isSaved = await autosave.saveNow();
    if (!isSaved) {
      setFinalizeFailure(t('plan.finalizeNeedsSave'));
      return;
    }
    try {
      await finalize.mutateAsync({ planId: plan.id, versionId: version.id, ...input });
    } catch (error) {
      const dateIssue = error instanceof ApiError ? error.issues.find((i) => i.field === 'effectiveFrom') : undefined;
      if (dateIssue !== undefined) setFinalizeErrors({ 'finalize-effectiveFrom': issueMessage(dateIssue.message, t) });
      else setFinalizeFailure(t('plan.finalizeFailed', { message: error instanceof Error ? error.message : '' }));
      return;
    }
    // The draft is final now, so this editor is about to close: the plan tab says what happened.
    void navigate(`/students/${student.id}/plans`, {
      state: {
        notice: t('plan.finalized', {
          plan: t(`plan.framework.${plan.framework}`),
          n: version.number,
          date: formatDate(input.effectiveFrom, i18n.language),
        }),
      },
    });
  };

  const frameworkName = t(`plan.framework.${plan.framework}`);
  return (
    <>
      <div className="save-bar">
        <SaveStatus
          state={state}
          onRetry={() => {
            void autosave.saveNow();
          }}
        />
      </div>
      <p className="hint">{t('editor.autosaveHint')}</p>
      <p>
        <a href="#finalize-title">{t('editor.jumpToFinalize')}</a>
      </p>
      {plan.framework === '504' ? <p className="hint">{t('plan504.noGoalsNote')}</p> : null}
      <ErrorSummary items={items} headingLevel={3} />
      <FieldErrorsContext value={byField}>
        <form
          className="editor-form"
          aria-label={t('editor.formLabel', { plan: frameworkName, n: version.number })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void autosave.saveNow();
          }}
          onBlur={() => {
            void autosave.saveNow();
          }}
        >
          {version.framework === 'iep' ? (
            <IepEditor
              content={autosave.content as IepContent}
              onChange={autosave.update}
              onValidityChange={onValidityChange}
              transitionAgeNote={transitionAgeNote}
            />
          ) : (
            <Plan504Editor content={autosave.content as Plan504Content} onChange={autosave.update} />
          )}
        </form>
      </FieldErrorsContext>
      <section className="card" aria-labelledby="finalize-title">
        <h3 id="finalize-title" tabIndex={-1}>
          {t('plan.finalizeTitle')}
        </h3>
        <p>{t('plan.finalizeIntro')}</p>
        <div role="status" aria-live="polite">
          {finalizeFailure === null ? null : <p className="error">{finalizeFailure}</p>}
        </div>
        <FinalizeForm
          versionNumber={version.number}
          isPending={finalize.isPending}
          errors={finalizeErrors}
          meetingOptions={(meetings.data ?? []).map((meeting) => ({
            value: meeting.id,
            label: `${formatDate(meeting.date, i18n.language)} — ${t(`meeting.purpose.${meeting.purpose}`)} (${t(`plan.framework.${meeting.framework}`)})`,
          }))}
          onFinalize={(input) => {
            void onFinalize(input);
          }}
        />
      </section>
    </>
  );
}
