import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../core/schemas/meeting';
import { textIn } from '../../../core/progress/format-words';
import { fetchMeetingPrepPdf, useReviseMeeting, useSuggestedQuestions } from '../../api/meetings';
import { ApiError } from '../../api/client';
import { formIssues } from '../../case/api-issues';
import { NO_PROBLEMS, type FormProblems } from '../../case/form-problems';
import { prepFormFor, prepInputFromForm, type PrepFormValues } from '../../case/meeting-form-values';
import type { Language } from '../../i18n/languages';
import { readingLanguageOf } from '../../i18n/languages';
import { READING_LANGUAGE_OPTIONS } from '../../i18n/reading-language';
import { CheckboxField } from '../forms/checkbox-field';
import { FormWithProblems } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextAreaField } from '../forms/text-area-field';
import { PdfSaveLink } from '../pdf/pdf-save-link';
import { PdfStatusMessages } from '../pdf/pdf-status-messages';
import { usePdfDownload } from '../pdf/use-pdf-download';

/**
 * Preparing a meeting: the agenda, the parent's concerns (the parent input the IEP team must consider,
 * 34 CFR 300.324(a)(1)(ii)), questions — suggested from the case or the parent's own — and documents to bring;
 * saved on the meeting and printed as a one-page PDF in any of the five reading languages (the page's by default).
 */
export function MeetingPrepPanel({ meeting, onSaved }: { meeting: Meeting; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = readingLanguageOf(i18n.language);
  const revise = useReviseMeeting(meeting.studentId);
  const suggested = useSuggestedQuestions(meeting.id);
  const [values, setValues] = useState<PrepFormValues>(() => prepFormFor(meeting));
  const [problems, setProblems] = useState<{ problems: FormProblems; attempt: number }>({
    problems: NO_PROBLEMS,
    attempt: 0,
  });
  const [pdfLanguage, setPdfLanguage] = useState<Language>(language);
  const { pdf, link, prepare } = usePdfDownload();
  const prefix = `prep-${meeting.id}`;

  const questions = suggested.data ?? [];
  const set = <K extends keyof PrepFormValues>(key: K, value: PrepFormValues[K]) => {
    setValues({ ...values, [key]: value });
  };
  const fields = {
    agenda: t('meetingLife.prep.agenda'),
    parentConcerns: t('meeting.parentConcerns'),
    prep: t('meetingLife.prep.ownQuestions'),
  };

  const save = () => {
    const chosen = questions.filter((q) => values.chosenQuestions.includes(q.id)).map((q) => textIn(q.text, language));
    revise.mutate(
      { id: meeting.id, input: prepInputFromForm(values, chosen, meeting) },
      {
        onSuccess: (saved) => {
          setProblems((previous) => ({ problems: NO_PROBLEMS, attempt: previous.attempt }));
          setValues({ ...prepFormFor(saved), chosenQuestions: [] });
          onSaved(t('meetingLife.prep.saved'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems((previous) => ({
              problems: formIssues(error.issues, prefix, fields, 'agenda', t),
              attempt: previous.attempt + 1,
            }));
          } else onSaved(t('meeting.saveFailed', { message: error.message }));
        },
      },
    );
  };

  const pdfWords = {
    preparing: t('meetingLife.prep.preparing'),
    failed: (message: string) => t('meetingLife.prep.failed', { message }),
    ready: t('meetingLife.prep.ready'),
  };
  const download = () => {
    void prepare({
      fetchPdf: () => fetchMeetingPrepPdf(meeting.id, pdfLanguage),
      fileName: `binder-meeting-prep-${meeting.date}-${pdfLanguage}.pdf`,
    });
  };

  return (
    <section aria-labelledby={`${prefix}-title`} className="stack">
      <h4 id={`${prefix}-title`}>{t('meetingLife.prep.title')}</h4>
      <FormWithProblems
        onSubmit={save}
        isSubmitting={revise.isPending}
        problems={problems.problems}
        problemKey={problems.attempt}
        submitLabel={t('meetingLife.prep.save')}
      >
        <TextAreaField
          id={`${prefix}-agenda`}
          label={fields.agenda}
          hint={t('meetingLife.onePerLine')}
          value={values.agenda}
          rows={3}
          onChange={(value) => {
            set('agenda', value);
          }}
        />
        <TextAreaField
          id={`${prefix}-parentConcerns`}
          label={fields.parentConcerns}
          hint={t('meetingLife.prep.concernsHint')}
          value={values.parentConcerns}
          onChange={(value) => {
            set('parentConcerns', value);
          }}
        />
        <fieldset className="group">
          <legend>{t('meetingLife.prep.suggested')}</legend>
          <div role="status" aria-live="polite">
            {suggested.isPending ? <p>{t('children.loading')}</p> : null}
            {suggested.data !== undefined && questions.length === 0 ? <p>{t('meetingLife.prep.noSuggested')}</p> : null}
          </div>
          {questions.map((question) => (
            <CheckboxField
              key={question.id}
              id={`${prefix}-q-${question.id.replace(/[^\w-]/g, '-')}`}
              label={`${textIn(question.text, language)} (${question.citation})`}
              isChecked={values.chosenQuestions.includes(question.id)}
              onChange={(isChecked) => {
                set(
                  'chosenQuestions',
                  isChecked
                    ? [...values.chosenQuestions, question.id]
                    : values.chosenQuestions.filter((chosen) => chosen !== question.id),
                );
              }}
            />
          ))}
        </fieldset>
        <TextAreaField
          id={`${prefix}-prep`}
          label={fields.prep}
          hint={t('meetingLife.onePerLine')}
          value={values.ownQuestions}
          onChange={(value) => {
            set('ownQuestions', value);
          }}
        />
        <TextAreaField
          id={`${prefix}-documents`}
          label={t('meetingLife.prep.documents')}
          hint={t('meetingLife.prep.documentsHint')}
          value={values.documentsToBring}
          rows={3}
          onChange={(value) => {
            set('documentsToBring', value);
          }}
        />
      </FormWithProblems>
      <div className="stack">
        <RadioGroupField
          id={`${prefix}-pdfLanguage`}
          legend={t('meetingLife.prep.pdfLanguage')}
          value={pdfLanguage}
          isInline
          options={READING_LANGUAGE_OPTIONS}
          onChange={(value) => {
            setPdfLanguage(readingLanguageOf(value));
          }}
        />
        <p className="hint">{t('meetingLife.prep.pdfHint')}</p>
        <p className="actions">
          <button type="button" className="secondary" aria-disabled={pdf.state === 'preparing'} onClick={download}>
            {t('meetingLife.prep.download')}
          </button>
        </p>
        <div role="status" aria-live="polite">
          <PdfStatusMessages pdf={pdf} words={pdfWords} readyClassName="notice" />
        </div>
        <PdfSaveLink pdf={pdf} link={link} label={(fileName) => t('meetingLife.prep.link', { fileName })} />
      </div>
    </section>
  );
}
