import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedFrom } from '../api/letter-translation';
import { Link, useSearchParams } from 'react-router';
import type { EditedLetter, SavedLetter } from '../../core/schemas/letter-content';
import type { Student } from '../../core/schemas/student';
import { ApiError } from '../api/client';
import { useFamilies } from '../api/families';
import { useSession } from '../api/session';
import { useChosenStudent, useComposeLetter } from '../api/understand';
import { useMeeting } from '../api/meetings';
import { byWhen } from '../../core/letters/meeting-summary';
import { ErrorSummary } from '../components/forms/error-summary';
import { FieldErrorsContext } from '../components/forms/field-errors-context';
import { LetterActions } from '../components/letters/letter-actions';
import { LetterDetailsFields } from '../components/letters/letter-details-fields';
import { LetterEditor } from '../components/letters/letter-editor';
import { RecipientFromDirectory } from '../components/letters/recipient-from-directory';
import { LetterKindChoice } from '../components/letters/letter-kind-choice';
import { OwedServicesFromLedger } from '../components/letters/owed-services-from-ledger';
import { LetterSentSummary } from '../components/letters/letter-sent-summary';
import { LetterTranslationReader } from '../components/letters/letter-translation-reader';
import { PageTitle } from '../components/app/page-title';
import { isKnownJurisdiction, jurisdictionName } from '../understand/jurisdiction-options';
import { useFocusWhenShown } from '../understand/use-focus-when-shown';
import { abilitiesOf } from '../case/role-abilities';
import {
  areasFrom,
  checkLetterForm,
  initialLetterForm,
  kindFrom,
  letterErrors,
  letterFieldId,
  letterIssuesFrom,
  todayIso,
  withMeeting,
  type LetterField,
  type LetterFormValues,
  type LetterIssue,
} from '../understand/letter-form-values';

interface Composed {
  readonly letter: EditedLetter;
  /** Goes up with every edit (a PDF made earlier is then out of date). */
  readonly version: number;
  /** The details it was composed from: sent with it, so its translation for reading can be composed again. */
  readonly composedFrom: ComposedFrom;
}

/** Page languages whose readers get the draft's translation offered before sending (docs/decisions/0045). */
const READ_ONLY_LANGUAGES: readonly string[] = ['vi', 'zh-Hans', 'ar'];

/** The form, the composed letter in its editor, what to do with it, and what sending it started. */
function LetterWorkspace({ student, initial }: { student: Student | null; initial: LetterFormValues }) {
  const { t, i18n } = useTranslation();
  const compose = useComposeLetter();
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<{ list: LetterIssue[]; attempt: number }>({ list: [], attempt: 0 });
  const [failure, setFailure] = useState<string | null>(null);
  const [composed, setComposed] = useState<Composed | null>(null);
  const [subjectError, setSubjectError] = useState<string | undefined>(undefined);
  const [sent, setSent] = useState<SavedLetter | null>(null);
  const focusWhenShown = useFocusWhenShown();
  const labelOf = (field: LetterField) => t(`letters.fields.${field}`);

  const reject = (list: LetterIssue[]) => {
    setIssues((previous) => ({ list, attempt: previous.attempt + 1 }));
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (compose.isPending) return;
    setFailure(null);
    const checked = checkLetterForm(values);
    if (!checked.ok) {
      reject(checked.issues);
      return;
    }
    const composedFrom = { jurisdiction: values.jurisdiction, input: checked.input };
    compose.mutate(composedFrom, {
      onSuccess: ({ plainText: _plainText, impliedEvent: _impliedEvent, ...letter }) => {
        setIssues((previous) => ({ list: [], attempt: previous.attempt }));
        setComposed({ letter, version: 0, composedFrom });
        setSubjectError(undefined);
        setSent(null);
        focusWhenShown('letter-editor-title');
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) reject(letterIssuesFrom(error.issues));
        else setFailure(t('letters.composeFailed', { message: error.message }));
      },
    });
  };

  const isLetterValid = () => {
    if (composed !== null && composed.letter.subject.trim() !== '') return true;
    setSubjectError(t('letters.issues.required'));
    focusWhenShown('letter-edit-subject');
    return false;
  };

  // Worked out on every render, so the messages follow a change of language.
  const errors = letterErrors(issues.list, labelOf, t);
  return (
    <>
      <form className="stack letter-form" noValidate onSubmit={submit} aria-labelledby="letter-form-title">
        <h2 id="letter-form-title">{t('letters.formTitle')}</h2>
        <ErrorSummary items={errors.items} focusKey={issues.attempt} />
        <FieldErrorsContext value={errors.byField}>
          <LetterKindChoice
            id={letterFieldId('kind')}
            value={values.kind}
            onChange={(kind) => {
              setValues({ ...values, kind });
            }}
          />
          <LetterDetailsFields
            values={values}
            onChange={setValues}
            labelOf={labelOf}
            recipientChoice={
              student === null ? undefined : (
                <RecipientFromDirectory studentId={student.id} values={values} onChange={setValues} />
              )
            }
            owedServices={
              student === null ? undefined : (
                <OwedServicesFromLedger studentId={student.id} values={values} onChange={setValues} />
              )
            }
          />
        </FieldErrorsContext>
        <p className="actions">
          <button type="submit" className="primary" aria-disabled={compose.isPending}>
            {composed === null ? t('letters.write') : t('letters.writeAgain')}
          </button>
        </p>
        {composed === null ? null : <p className="hint">{t('letters.writeAgainHint')}</p>}
      </form>
      <div role="status" aria-live="polite">
        {compose.isPending ? <p>{t('letters.composing')}</p> : null}
        {failure === null ? null : <p className="error">{failure}</p>}
      </div>
      {composed === null ? null : (
        <section className="letter-result" aria-labelledby="letter-editor-title">
          <h2 id="letter-editor-title" tabIndex={-1}>
            {t('letters.editor.title')}
          </h2>
          <p>{t('letters.editor.intro')}</p>
          <LetterEditor
            letter={composed.letter}
            subjectError={subjectError}
            onChange={(letter) => {
              if (letter.subject.trim() !== '') setSubjectError(undefined);
              setComposed({ ...composed, letter, version: composed.version + 1 });
            }}
          />
          {READ_ONLY_LANGUAGES.includes(i18n.language) ? (
            <LetterTranslationReader
              letter={composed.letter}
              source={{ kind: 'draft', composedFrom: composed.composedFrom }}
              idPrefix="draft-translation"
            />
          ) : null}
          <LetterActions
            letter={composed.letter}
            composedFrom={composed.composedFrom}
            version={composed.version}
            isValid={isLetterValid}
            student={student}
            sent={sent}
            onSent={(saved) => {
              setSent(saved);
              focusWhenShown('letter-sent-title');
            }}
          />
        </section>
      )}
      {sent === null || student === null ? null : <LetterSentSummary saved={sent} student={student} />}
    </>
  );
}

/** Children whose record can fill in the letter (and keep it in their case). */
function ChildChoice({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const families = useFamilies();
  // Letters are written by the family and their advocate, not by school staff.
  const students = (families.data?.flatMap((family) => family.students) ?? []).filter(
    (student) => student.accessRole === undefined || abilitiesOf(student.accessRole).canWriteLetters,
  );
  if (students.length === 0) return null;
  return (
    <section className="card" aria-labelledby="letters-children">
      <h2 id="letters-children">{t('letters.forAChild')}</h2>
      <p>{t('letters.forAChildIntro')}</p>
      <ul className="compact-list">
        {students.map((child) => {
          const params = new URLSearchParams({ student: child.id });
          if (kind !== '') params.set('kind', kind);
          return (
            <li key={child.id}>
              <Link to={`/letters?${params.toString()}`}>
                {t('letters.writeFor', { name: `${child.givenName} ${child.familyName}` })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Letters: one of the letters, written from the child's record (`?student=`) in English or Spanish
 * whatever the screen's language, edited, downloaded as a PDF or copied, and recorded in the case when sent.
 * `?kind=` preselects the letter; `?areas=` the areas of concern (from the decision guide).
 */
export function LettersPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const studentId = params.get('student');
  const student = useChosenStudent(studentId);
  const kind = kindFrom(params.get('kind'));
  const asked = params.get('jurisdiction')?.toUpperCase() ?? null;
  const child = student.data ?? null;
  // `?meeting=` fills the follow-up summary from a held meeting; with `?refusal=`, the notice request for that refusal.
  const meetingId = params.get('meeting');
  const meeting = useMeeting(meetingId);
  const refusalParam = params.get('refusal');
  const refusal = refusalParam === null || !/^\d+$/.test(refusalParam) ? null : Number(refusalParam);
  const isLoading = (studentId !== null && student.isPending) || (meetingId !== null && meeting.isPending);
  const language = i18n.language === 'es' ? 'es' : 'en';
  const initial = initialLetterForm({
    kind,
    language,
    jurisdiction: isKnownJurisdiction(asked) ? asked : 'US',
    areas: areasFrom(params.get('areas')),
    student: child,
    today: todayIso(),
    writer: session.data?.user ?? null,
  });
  return (
    <>
      <PageTitle documentTitle={child === null ? undefined : t('letters.titleFor', { name: child.givenName })}>
        {t('letters.title')}
      </PageTitle>
      <p className="lead">{t('letters.intro')}</p>
      {child === null ? null : (
        <p>
          {t('letters.forChild', {
            name: `${child.givenName} ${child.familyName}`,
            state: jurisdictionName(child.jurisdiction, i18n.language),
          })}{' '}
          <Link to={`/students/${encodeURIComponent(child.id)}`}>
            {t('letters.childPage', { name: child.givenName })}
          </Link>
        </p>
      )}
      <div role="status" aria-live="polite">
        {isLoading ? <p>{t('letters.loading')}</p> : null}
        {student.isError ? (
          <p className="error">{t('letters.childFailed', { message: student.error.message })}</p>
        ) : null}
      </div>
      {studentId === null ? <ChildChoice kind={kind} /> : null}
      {isLoading ? null : (
        <LetterWorkspace
          key={`${child?.id ?? 'no-child'}-${meeting.data?.id ?? ''}`}
          student={child}
          initial={
            meeting.data === undefined
              ? initial
              : withMeeting(initial, meeting.data, refusal, (due) => byWhen(due, language))
          }
        />
      )}
    </>
  );
}
