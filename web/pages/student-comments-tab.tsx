import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useAddComment, useComments } from '../api/comments';
import { useStudent } from '../api/students';
import { accountFormProblems } from '../case/account-issues';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { CommentList } from '../components/communication/comment-list';
import { FormWithProblems } from '../components/forms/form-with-problems';
import { SectionTitle } from '../components/app/section-title';
import { TextAreaField } from '../components/forms/text-area-field';
import { StudentSectionGate } from './student-section-gate';
import { useStudentId } from './student-page';

/** Comments: the family and their advocate discuss the case. School staff do not see them. */
export function StudentCommentsTab() {
  return (
    <StudentSectionGate tab="comments" need="canComment">
      <CommentsContent />
    </StudentSectionGate>
  );
}

function CommentsContent() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const comments = useComments(studentId);
  const add = useAddComment(studentId);
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [problemKey, setProblemKey] = useState(0);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const label = t('comments.body');
  const submit = () => {
    setMessage(null);
    if (body.trim() === '') {
      setProblems(fieldProblem('comment-body', label, t('comments.empty')));
      setProblemKey((n) => n + 1);
      return;
    }
    add.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setProblems(NO_PROBLEMS);
        setMessage({ text: t('comments.posted'), isError: false });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          setProblems(accountFormProblems(error.issues, 'comment', { body: label }, 'body', t));
          setProblemKey((n) => n + 1);
        } else {
          setMessage({ text: t('comments.failed', { message: error.message }), isError: true });
        }
      },
    });
  };
  return (
    <section aria-labelledby="comments-title">
      <SectionTitle id="comments-title">{t('student.tabs.comments')}</SectionTitle>
      <p>{t('comments.intro', { name: student.data?.givenName ?? '' })}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
        {comments.isError ? <p className="error">{comments.error.message}</p> : null}
      </div>
      <section aria-labelledby="comment-list-title">
        <h3 id="comment-list-title">{t('comments.listTitle')}</h3>
        {comments.data === undefined ? <p>{t('children.loading')}</p> : <CommentList comments={comments.data} />}
      </section>
      <section className="card" aria-labelledby="comment-form-title">
        <h3 id="comment-form-title">{t('comments.formTitle')}</h3>
        <FormWithProblems
          onSubmit={submit}
          isSubmitting={add.isPending}
          problems={problems}
          problemKey={problemKey}
          submitLabel={t('comments.submit')}
          submittingLabel={t('comments.posting')}
        >
          <TextAreaField id="comment-body" label={label} value={body} rows={4} isRequired onChange={setBody} />
        </FormWithProblems>
      </section>
    </section>
  );
}
