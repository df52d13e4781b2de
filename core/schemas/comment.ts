import { z } from 'zod';

/** A comment as typed: 1–4000 characters once surrounding spaces are trimmed. */
export const commentInputSchema = z.object({
  body: z.string({ error: 'expected the comment text' }).trim().min(1, 'required').max(4000, 'at most 4000 characters'),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/** A comment on a child's record; the author's name is kept as it was when they wrote it. */
export const commentSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

/** `GET /api/v1/students/:id/comments`. */
export const commentListSchema = z.object({ comments: z.array(commentSchema) });
