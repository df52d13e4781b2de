import { z } from 'zod';
import { isoDate } from './iso-date';

/**
 * The contents of a Section 504 plan: the impairment, the major life activities it substantially limits
 * (34 CFR 104.3(j)), and accommodations by category with who is responsible. A 504 plan has no goals and
 * no progress monitoring: that is the law's difference from an IEP, explained in the UI, not a missing field.
 */

export const ACCOMMODATION_CATEGORIES = [
  'presentation',
  'response',
  'setting',
  'timing-scheduling',
  'health',
  'behavior',
] as const;
export type AccommodationCategory = (typeof ACCOMMODATION_CATEGORIES)[number];

export const accommodation504Schema = z.object({
  id: z.string().min(1).max(64),
  category: z.enum(ACCOMMODATION_CATEGORIES),
  description: z.string().max(2000).default(''),
  responsible: z.string().max(200).default(''),
});
export type Accommodation504 = z.infer<typeof accommodation504Schema>;

export const plan504ContentSchema = z.object({
  impairment: z.string().max(5000).default(''),
  majorLifeActivities: z.array(z.string().max(200)).max(50).default([]),
  accommodations: z.array(accommodation504Schema).max(200).default([]),
  reviewDate: isoDate.nullable().default(null),
});
export type Plan504Content = z.infer<typeof plan504ContentSchema>;
