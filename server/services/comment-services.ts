import type { Comment, CommentInput } from '../../core/schemas/comment';
import type { Database } from '../db/database';
import { insertComment, listCommentsOfStudent } from '../db/comment-queries';
import { sortableId } from '../db/sortable-id';
import { recordedWrite, type WriteContext } from './recorded-write';
import { requireStudent } from './require-record';

/** Who writes a comment: their account, and the name shown with it. */
export interface CommentAuthor {
  readonly userId: string | null;
  readonly name: string;
}

export async function listComments(database: Database, studentId: string): Promise<Comment[]> {
  await requireStudent(database.db, studentId);
  return listCommentsOfStudent(database.db, studentId);
}

/**
 * Adds a comment to the child's record. The author's name is stored with it, so the discussion still reads
 * correctly after the author's access is removed or their account renamed.
 */
export async function addComment(
  options: WriteContext & { readonly studentId: string; readonly author: CommentAuthor; readonly input: CommentInput },
): Promise<Comment> {
  const { studentId, author, input } = options;
  return recordedWrite(
    options,
    async ({ trx, at, changed }) => {
      const comment: Comment = { id: sortableId(), authorName: author.name, body: input.body, createdAt: at };
      await requireStudent(trx, studentId);
      await insertComment(trx, {
        id: comment.id,
        student_id: studentId,
        author_user_id: author.userId,
        author_name: author.name,
        body: comment.body,
        created_at: at,
      });
      await changed({ entity: 'comment', entityId: comment.id, studentId, action: 'create', data: comment });
      return comment;
    },
    (comment) => ({ entityId: comment.id }),
  );
}
