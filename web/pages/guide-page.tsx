import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { guideQuestions } from '../../core/guide/guide-questions';
import type { GuideResult } from '../../core/guide/run-guide';
import type { Student } from '../../core/schemas/student';
import { useFamilies } from '../api/families';
import { ApiError } from '../api/client';
import { useChosenStudent, useRunGuide, useSavedGuide } from '../api/understand';
import type { SavedGuideView } from '../../core/schemas/understand';
import { ErrorSummary, type ErrorSummaryItem } from '../components/forms/error-summary';
import { GuideQuestionList, guideQuestionId } from '../components/guide/guide-question-list';
import { GuideResultView } from '../components/guide/guide-result-view';
import { JurisdictionSelect } from '../components/forms/jurisdiction-select';
import { GlossaryText } from '../components/app/glossary-term';
import { PageTitle } from '../components/app/page-title';
import { issueMessage } from '../i18n/issue-message';
import { localized } from '../i18n/localized';
import { answersToSend, chosenOptions, formAnswersFrom, type GuideFormAnswers } from '../understand/guide-form-answers';
import { isKnownJurisdiction, jurisdictionName } from '../understand/jurisdiction-options';
import { useFocusWhenShown } from '../understand/use-focus-when-shown';
import { abilitiesOf } from '../case/role-abilities';

/** A question's text for the error summary; its id when the API names one the page does not know. */
function questionText(id: string, language: string): string {
  const question = guideQuestions.find((candidate) => candidate.id === id);
  return question === undefined ? id : localized(question.text, language);
}

interface Shown {
  readonly result: GuideResult;
  readonly savedAt: string | null;
}

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/** The guide's questions and result; `saved` (answers kept in the child's case) fills both when present. */
function GuideWorkspace({
  student,
  saved,
  initialJurisdiction,
}: {
  student: Student | null;
  saved: SavedGuideView | null;
  initialJurisdiction: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const studentId = student?.id ?? null;
  const run = useRunGuide(studentId);
  const [answers, setAnswers] = useState<GuideFormAnswers>(saved === null ? {} : formAnswersFrom(saved.answers));
  const [jurisdiction, setJurisdiction] = useState(initialJurisdiction);
  const [shown, setShown] = useState<Shown | null>(saved === null ? null : saved);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const focusWhenShown = useFocusWhenShown();
  const stateOfResult = student?.jurisdiction ?? jurisdiction;

  const reject = (issues: readonly { field: string; message: string }[]) => {
    setRejection({ issues, attempt: (rejection?.attempt ?? 0) + 1 });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (run.isPending) return;
    setFailure(null);
    const parsed = answersToSend(answers);
    if (!parsed.ok) {
      reject(parsed.issues);
      return;
    }
    run.mutate(
      { answers: parsed.value, jurisdiction },
      {
        onSuccess: (outcome) => {
          setRejection(null);
          setShown({ result: outcome.result, savedAt: outcome.savedAt });
          // The result appears above the questions and takes focus there.
          focusWhenShown('guide-result-title');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) reject(error.issues);
          else setFailure(t('guide.failed', { message: error.message }));
        },
      },
    );
  };

  // Worked out on every render, so the messages follow a change of language.
  const items: ErrorSummaryItem[] = (rejection?.issues ?? []).map((issue) => {
    const question = issue.field.replace(/^answers\./, '').split(/[.[]/)[0] ?? issue.field;
    return {
      fieldId: question === 'jurisdiction' ? 'guide-jurisdiction' : guideQuestionId(question),
      label: question === 'jurisdiction' ? t('guide.stateLabel') : questionText(question, language),
      message: issueMessage(issue.message, t),
    };
  });
  const byField: Record<string, string> = {};
  for (const item of items) byField[item.fieldId] ??= item.message;

  return (
    <>
      <div role="status" aria-live="polite">
        {run.isPending ? <p>{studentId === null ? t('guide.working') : t('guide.saving')}</p> : null}
        {failure === null ? null : <p className="error">{failure}</p>}
      </div>
      {shown === null ? null : (
        <GuideResultView
          result={shown.result}
          savedAt={shown.savedAt}
          childName={student?.givenName ?? null}
          letterTarget={{ studentId, jurisdiction: stateOfResult, areas: chosenOptions(answers, 'concernAreas') }}
        />
      )}
      <section aria-labelledby="guide-questions-title">
        <h2 id="guide-questions-title">{shown === null ? t('guide.questionsTitle') : t('guide.changeTitle')}</h2>
        <p>{t('guide.questionsIntro')}</p>
        <form className="stack guide-form" noValidate onSubmit={submit}>
          <ErrorSummary items={items} focusKey={rejection?.attempt ?? 0} />
          {student === null ? (
            <JurisdictionSelect
              id="guide-jurisdiction"
              label={t('guide.stateLabel')}
              hint={t('guide.stateHint')}
              value={jurisdiction}
              error={byField['guide-jurisdiction']}
              onChange={setJurisdiction}
            />
          ) : null}
          <GuideQuestionList answers={answers} errors={byField} onChange={setAnswers} />
          <p className="actions">
            <button type="submit" className="primary" aria-disabled={run.isPending}>
              {studentId === null ? t('guide.submit') : t('guide.submitAndSave', { name: student?.givenName ?? '' })}
            </button>
          </p>
          {student === null ? <p className="hint">{t('guide.notSavedHint')}</p> : null}
        </form>
      </section>
      <p>
        <Link to={`/iep-vs-504?jurisdiction=${encodeURIComponent(stateOfResult)}`}>{t('guide.toComparison')}</Link>
      </p>
    </>
  );
}

/** Children the guide can be answered for (their answers are then kept in their case). */
function ChildChoice() {
  const { t } = useTranslation();
  const families = useFamilies();
  // The answers are saved in the child's record, which only the family changes.
  const students = (families.data?.flatMap((family) => family.students) ?? []).filter(
    (student) => student.accessRole === undefined || abilitiesOf(student.accessRole).canEditRecord,
  );
  if (students.length === 0) return null;
  return (
    <section className="card" aria-labelledby="guide-children">
      <h2 id="guide-children">{t('guide.forAChild')}</h2>
      <p>{t('guide.forAChildIntro')}</p>
      <ul className="compact-list">
        {students.map((child) => (
          <li key={child.id}>
            <Link to={`/guide?student=${encodeURIComponent(child.id)}`}>
              {t('guide.answerFor', { name: `${child.givenName} ${child.familyName}` })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "IEP or 504?": the decision guide. With `?student=` the answers are saved in that child's case and the
 * result uses the child's state (coming back shows the saved answers and result); without, a state is chosen
 * (`?jurisdiction=` preselects it) and nothing is kept.
 */
export function GuidePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const studentId = params.get('student');
  const student = useChosenStudent(studentId);
  const saved = useSavedGuide(studentId);
  const asked = params.get('jurisdiction')?.toUpperCase() ?? null;
  const initialJurisdiction = isKnownJurisdiction(asked) ? asked : 'US';
  const isLoading = studentId !== null && (student.isPending || saved.isPending);
  const child = student.data ?? null;
  return (
    <>
      <PageTitle documentTitle={child === null ? undefined : t('guide.titleFor', { name: child.givenName })}>
        {t('guide.title')}
      </PageTitle>
      <p className="lead">
        <GlossaryText text={t('guide.intro')} />
      </p>
      <p className="disclaimer-short">
        <strong>{t('guide.disclaimerTitle')}</strong>
      </p>
      {child === null ? null : (
        <p>
          {t('guide.forChild', {
            name: `${child.givenName} ${child.familyName}`,
            state: jurisdictionName(child.jurisdiction, i18n.language),
          })}{' '}
          <Link to={`/students/${encodeURIComponent(child.id)}`}>
            {t('guide.childPage', { name: child.givenName })}
          </Link>
        </p>
      )}
      <div role="status" aria-live="polite">
        {isLoading ? <p>{t('guide.loading')}</p> : null}
        {student.isError ? <p className="error">{t('guide.childFailed', { message: student.error.message })}</p> : null}
        {saved.isError ? <p className="error">{t('guide.savedFailed', { message: saved.error.message })}</p> : null}
      </div>
      {studentId === null ? <ChildChoice /> : null}
      {isLoading || (studentId !== null && child === null) ? null : (
        <GuideWorkspace
          key={studentId ?? `state-${initialJurisdiction}`}
          student={child}
          saved={saved.data ?? null}
          initialJurisdiction={initialJurisdiction}
        />
      )}
    </>
  );
}
