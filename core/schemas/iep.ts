import { z } from 'zod';
import { isoDate } from './iso-date';
import { score } from './score';

/**
 * The contents of an IEP, following 34 CFR 300.320(a)–(c). Text fields default to empty so a draft can be
 * saved at any stage; completeness is judged separately (core/case/plan-completeness.ts), never by refusing
 * to save a parent's work.
 */

/** The team's decision on extended school year services. */
export const ESY_DECISIONS = ['yes', 'no', 'undecided'] as const;

const text = z.string().max(20_000).default('');
const id = z.string().min(1).max(64);

export const GOAL_DIRECTIONS = ['increase', 'decrease'] as const;

/** A measurable annual goal with how it is measured and reported (300.320(a)(2)–(3)). */
export const iepGoalSchema = z.object({
  id,
  area: z.string().max(200).default(''),
  statement: text,
  direction: z.enum(GOAL_DIRECTIONS).default('increase'),
  unit: z.string().max(100).default(''),
  baseline: z
    .object({ value: score.nullable().default(null), date: isoDate.nullable().default(null) })
    .default({ value: null, date: null }),
  target: z
    .object({ value: score.nullable().default(null), date: isoDate.nullable().default(null) })
    .default({ value: null, date: null }),
  measurementMethod: text,
  reportingSchedule: text,
});
export type IepGoal = z.infer<typeof iepGoalSchema>;

export const SERVICE_KINDS = ['special-education', 'related', 'supplementary', 'program-modification'] as const;
export const SERVICE_PERIODS = ['day', 'week', 'month', 'year'] as const;

/** A service with its start date, frequency, duration, location and provider (300.320(a)(4), (a)(7)). */
export const iepServiceSchema = z.object({
  id,
  kind: z.enum(SERVICE_KINDS).default('special-education'),
  name: z.string().max(200).default(''),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  /** Minutes per session. */
  minutesPerSession: z.number().int('expected a whole number of minutes').min(0).max(1440).nullable().default(null),
  sessionsPerPeriod: z.number().int('expected a whole number').min(0).max(100).nullable().default(null),
  period: z.enum(SERVICE_PERIODS).default('week'),
  location: z.string().max(200).default(''),
  providerRole: z.string().max(200).default(''),
});
export type IepService = z.infer<typeof iepServiceSchema>;

export const ASSESSMENT_PARTICIPATION = ['general', 'general-with-accommodations', 'alternate'] as const;

export const iepContentSchema = z.object({
  presentLevels: z
    .object({ academic: text, functional: text, disabilityImpact: text })
    .default({ academic: '', functional: '', disabilityImpact: '' }),
  goals: z.array(iepGoalSchema).max(100).default([]),
  services: z.array(iepServiceSchema).max(100).default([]),
  supplementaryAids: z.array(z.string().max(2000)).max(200).default([]),
  accommodations: z.array(z.string().max(2000)).max(200).default([]),
  modifications: z.array(z.string().max(2000)).max(200).default([]),
  assessments: z
    .object({
      participation: z.enum(ASSESSMENT_PARTICIPATION).default('general'),
      accommodations: z.array(z.string().max(2000)).max(100).default([]),
      alternateJustification: text,
    })
    .default({ participation: 'general', accommodations: [], alternateJustification: '' }),
  leastRestrictiveEnvironment: z
    .object({
      /** Share of the school day in the general classroom, 0–100. */
      percentInGeneralClass: z.number().min(0).max(100).nullable().default(null),
      explanation: text,
    })
    .default({ percentInGeneralClass: null, explanation: '' }),
  extendedSchoolYear: z
    .object({ decision: z.enum(ESY_DECISIONS).default('undecided'), explanation: text })
    .default({ decision: 'undecided', explanation: '' }),
  transition: z
    .object({
      postsecondaryGoals: z
        .object({ education: text, employment: text, independentLiving: text })
        .default({ education: '', employment: '', independentLiving: '' }),
      services: z.array(z.string().max(2000)).max(100).default([]),
      courseOfStudy: text,
    })
    .nullable()
    .default(null),
  ageOfMajorityStatement: text,
});
export type IepContent = z.infer<typeof iepContentSchema>;
