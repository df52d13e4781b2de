import { z } from 'zod';
import { SERVICE_PERIODS } from './iep';
import { isoDate } from './iso-date';
import { MISSED_REASONS } from './service-log';

/** One period of one service: what the plan required, what was delivered, what is owed (docs/decisions/0033). */
export const ledgerPeriodSchema = z.object({
  start: isoDate,
  end: isoDate,
  /** False for the period that has not ended yet: nothing in it is owed until it ends. */
  complete: z.boolean(),
  /** School days of the period on which the service was in effect. */
  schoolDays: z.number().int(),
  requiredMinutes: z.number().int(),
  deliveredMinutes: z.number().int(),
  /** Missed for a reason that is not the school's doing (student absent or refused, holiday or closure). */
  excusedMinutes: z.number().int(),
  /** Missed because the provider was absent or for a school event. */
  schoolMissedMinutes: z.number().int(),
  madeUpMinutes: z.number().int(),
  /** This period's shortfall: required less delivered and excused, never below zero; zero while not complete. */
  shortfallMinutes: z.number().int(),
  /** Compensatory minutes owed at the end of this period: every shortfall so far less every make-up so far. */
  owedMinutes: z.number().int(),
});
export type LedgerPeriod = z.infer<typeof ledgerPeriodSchema>;

export const missedByReasonSchema = z.object({
  reason: z.enum(MISSED_REASONS).nullable(),
  sessions: z.number().int(),
  minutes: z.number().int(),
  owed: z.boolean(),
});

/** One IEP service's ledger from its first day in effect to the ledger's day. */
export const serviceLedgerSchema = z.object({
  serviceId: z.string(),
  service: z.string(),
  period: z.enum(SERVICE_PERIODS),
  /** Minutes per full period in the version in effect last (minutes per session × sessions). */
  minutesPerPeriod: z.number().int(),
  firstDay: isoDate,
  lastDay: isoDate,
  periods: z.array(ledgerPeriodSchema),
  requiredMinutes: z.number().int(),
  deliveredMinutes: z.number().int(),
  madeUpMinutes: z.number().int(),
  missed: z.array(missedByReasonSchema),
  owedMinutes: z.number().int(),
  /** True when the minutes owed exceed one full period's requirement (the finding services-not-delivered). */
  exceedsOnePeriod: z.boolean(),
});
export type ServiceLedger = z.infer<typeof serviceLedgerSchema>;

/** `GET /api/v1/students/:id/service-ledger`. */
export const servicesLedgerSchema = z.object({
  asOf: isoDate,
  /** False when no school calendar is stored: every weekday then counts as a school day. */
  hasCalendar: z.boolean(),
  services: z.array(serviceLedgerSchema),
  owedMinutes: z.number().int(),
  /** Sessions whose service name matches no service of the IEP: shown, counted nowhere. */
  unmatchedSessions: z.number().int(),
});
export type ServicesLedger = z.infer<typeof servicesLedgerSchema>;
