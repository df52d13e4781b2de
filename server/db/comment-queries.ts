import type { Kysely } from 'kysely';
import type { Comment } from '../../core/schemas/comment';
import type { DatabaseSchema, StudentCommentTable } from './schema';

/** A child's comments, newest first (ids sort in the order they were written, so ties on the time keep it). */
export async function listCommentsOfStudent(db: Kysely<DatabaseSchema>, studentId: string): Promise<Comment[]> {
  const rows = await db
    .selectFrom('student_comments')
    .select(['id', 'author_name', 'body', 'created_at'])
    .where('student_id', '=', studentId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, authorName: row.author_name, body: row.body, createdAt: row.created_at }));
}

export async function insertComment(db: Kysely<DatabaseSchema>, comment: StudentCommentTable): Promise<void> {
  await db.insertInto('student_comments').values(comment).execute();
}
