import { z } from 'zod';
import { isoDate } from './iso-date';

/** `?asOf=YYYY-MM-DD`: the day a computed answer is for (the server's today when absent). */
export const asOfQuerySchema = z.object({ asOf: isoDate.optional() });
