import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../core/schemas/comment';
import { formatDateTime } from '../../i18n/format-date-time';

/** The comments on a record: who wrote each, when, and what. */
export function CommentList({ comments }: { comments: readonly Comment[] }) {
  const { t, i18n } = useTranslation();
  if (comments.length === 0) return <p>{t('comments.none')}</p>;
  return (
    <ul className="item-list">
      {comments.map((comment) => (
        <li key={comment.id} className="card">
          <p className="byline">
            {t('comments.byline', {
              author: comment.authorName,
              when: formatDateTime(comment.createdAt, i18n.language),
            })}
          </p>
          <p className="summary-text">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}
