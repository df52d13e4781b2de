import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolCalendar, StoredSchoolCalendar } from '../../core/schemas/school-calendar';
import {
  useRemoveSchoolCalendar,
  useSaveSchoolCalendar,
  useSchoolCalendar,
  useSiblingCalendars,
} from '../api/calendar';
import { ApiError } from '../api/client';
import { NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { calendarFormIssues } from '../case/calendar-form-issues';
import { calendarFormFromStored, calendarInputFromForm, type CalendarFormValues } from '../case/calendar-form-values';
import { ConfirmBox } from '../components/forms/confirm-box';
import { SchoolCalendarForm } from '../components/timeline/school-calendar-form';
import { SchoolCalendarSummary } from '../components/timeline/school-calendar-summary';
import { useFocusAfterRender } from '../components/app/use-focus-after-render';

/** The id of the section's heading: the timeline's calendar warnings link here. */
export const SCHOOL_CALENDAR_TITLE_ID = 'school-calendar-title';

type Message = { readonly text: string; readonly isError: boolean } | null;

/**
 * The Timeline tab's school calendar: why it matters, the stored calendar in words (the family and their
 * advocate), and for the family the form to enter, change or remove it. Saving recomputes the deadlines;
 * the outcome is said in a polite status message.
 */
export function SchoolCalendarSection({
  studentId,
  canEdit,
  isNeeded,
}: {
  studentId: string;
  canEdit: boolean;
  /** Whether a deadline waits for the calendar; undefined while the timeline loads (the form waits too). */
  isNeeded: boolean | undefined;
}) {
  const { t } = useTranslation();
  const stored = useSchoolCalendar(studentId);
  const [message, setMessage] = useState<Message>(null);
  return (
    <section aria-labelledby={SCHOOL_CALENDAR_TITLE_ID}>
      <h3 id={SCHOOL_CALENDAR_TITLE_ID} tabIndex={-1}>
        {t('calendar.title')}
      </h3>
      <p>{t('calendar.intro')}</p>
      <p>{t('calendar.source')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
        {stored.isError ? <p className="error">{t('calendar.loadFailed', { message: stored.error.message })}</p> : null}
      </div>
      {stored.isPending ? <p>{t('children.loading')}</p> : null}
      {stored.data === undefined ? null : (
        <>
          <SchoolCalendarSummary stored={stored.data} />
          {canEdit && isNeeded !== undefined ? (
            <SchoolCalendarEditor
              studentId={studentId}
              stored={stored.data}
              isNeeded={isNeeded}
              onMessage={setMessage}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

/** The family's form, with "Remove the calendar" (after a confirmation) when one is stored. */
function SchoolCalendarEditor(props: {
  studentId: string;
  stored: StoredSchoolCalendar;
  isNeeded: boolean;
  onMessage: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSchoolCalendar(props.studentId);
  const remove = useRemoveSchoolCalendar(props.studentId);
  const focusLater = useFocusAfterRender();
  const [values, setValues] = useState<CalendarFormValues>(() => calendarFormFromStored(props.stored.calendar));
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [problemKey, setProblemKey] = useState(0);
  const [isConfirming, setIsConfirming] = useState(false);
  // The 24-row form is folded while a calendar is stored or no deadline needs one. It unfolds by itself when a
  // deadline starts to need a calendar and none is stored, and never folds away under the person using it.
  const isWanted = props.isNeeded && props.stored.calendar === null;
  const [isOpen, setIsOpen] = useState(isWanted);
  useEffect(() => {
    if (isWanted) setIsOpen(true);
  }, [isWanted]);

  const siblings = useSiblingCalendars(props.studentId);

  const submit = () => {
    props.onMessage(null);
    const { input, rows } = calendarInputFromForm(values);
    save.mutate(input, {
      onSuccess: (saved) => {
        setProblems(NO_PROBLEMS);
        setValues(calendarFormFromStored(saved.calendar));
        props.onMessage({ text: t('calendar.saved'), isError: false });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setProblems(calendarFormIssues(error.issues, rows, t));
          setProblemKey((n) => n + 1);
        } else {
          props.onMessage({ text: t('calendar.saveFailed', { message: error.message }), isError: true });
        }
      },
    });
  };

  const confirmRemove = () => {
    props.onMessage(null);
    remove.mutate(undefined, {
      onSuccess: () => {
        setIsConfirming(false);
        setProblems(NO_PROBLEMS);
        setValues(calendarFormFromStored(null));
        props.onMessage({ text: t('calendar.removed'), isError: false });
        focusLater(SCHOOL_CALENDAR_TITLE_ID);
      },
      onError: (error) => {
        props.onMessage({ text: t('calendar.removeFailed', { message: error.message }), isError: true });
      },
    });
  };

  const copyFrom = (givenName: string, calendar: SchoolCalendar) => {
    props.onMessage(null);
    save.mutate(
      { calendar },
      {
        onSuccess: (saved) => {
          setProblems(NO_PROBLEMS);
          setValues(calendarFormFromStored(saved.calendar));
          props.onMessage({ text: t('calendar.copied', { name: givenName }), isError: false });
        },
        onError: (error) => {
          props.onMessage({ text: t('calendar.saveFailed', { message: error.message }), isError: true });
        },
      },
    );
  };

  const form = (
    <SchoolCalendarForm
      values={values}
      onChange={setValues}
      onSubmit={submit}
      isSubmitting={save.isPending}
      problems={problems}
      problemKey={problemKey}
    />
  );
  return (
    <section className="card" aria-labelledby="school-calendar-form-title">
      <h4 id="school-calendar-form-title">{t('calendar.formTitle')}</h4>
      {props.stored.calendar === null && siblings.length > 0 ? (
        <div className="actions">
          {siblings.map((sibling) => (
            <button
              key={sibling.givenName}
              type="button"
              className="secondary"
              disabled={save.isPending}
              onClick={() => {
                copyFrom(sibling.givenName, sibling.calendar);
              }}
            >
              {t('calendar.copyFrom', { name: sibling.givenName })}
            </button>
          ))}
        </div>
      ) : null}
      <details
        className="calendar-form-fold"
        open={isOpen}
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
        }}
      >
        <summary>{t(props.stored.calendar === null ? 'calendarFold.enter' : 'calendarFold.change')}</summary>
        {form}
      </details>
      {props.stored.calendar === null ? null : isConfirming ? (
        <ConfirmBox
          question={t('calendar.confirmRemove')}
          confirmLabel={t('calendar.confirmRemoveButton')}
          cancelLabel={t('calendar.keep')}
          isPending={remove.isPending}
          onConfirm={confirmRemove}
          onCancel={() => {
            setIsConfirming(false);
            focusLater('school-calendar-remove');
          }}
        />
      ) : (
        <div className="actions">
          <button
            id="school-calendar-remove"
            type="button"
            className="secondary"
            onClick={() => {
              setIsConfirming(true);
            }}
          >
            {t('calendar.remove')}
          </button>
        </div>
      )}
    </section>
  );
}
