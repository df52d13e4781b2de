import { z } from 'zod';

/** `GET /api/v1/health`: the server answers and its database is reachable. */
export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });
