import { z } from 'zod';

// Path parameters and shared query parameters of the JSON API. Ids are opaque: an unknown one answers 404, not 400,
// so the schema only bounds their length.

const id = z.string().min(1).max(64);

/** `/…/:id`. */
export const idParams = z.object({ id });
/** `/plans/:id/versions/:versionId/…`. */
export const planVersionParams = z.object({ id, versionId: id });
/** `/plans/:id/goals/:goalId/…`. */
export const planGoalParams = z.object({ id, goalId: id });
/** `/students/:id/events/:eventId`. */
export const studentEventParams = z.object({ id, eventId: id });
/** `/students/:id/letters/:letterId/…`. */
export const studentLetterParams = z.object({ id, letterId: id });
