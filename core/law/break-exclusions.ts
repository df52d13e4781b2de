import type { BreakExclusion } from '../calendar/break-exclusion';
import type { LocalizedText } from './rule-status';

/** The state break rules (docs/decisions/0002, D7–D8), as data the calendar module interprets. */
export const BREAK_EXCLUSIONS = {
  /** Cal. Educ. Code 56344(a): days between sessions or terms and vacations in excess of five school days. */
  california: {
    id: 'ca-vacations-over-5-school-days',
    closedDays: 'long-breaks',
    minBreakWeekdays: 6,
    label: {
      en: 'days between school years and school vacations of more than five school days',
      es: 'los días entre años escolares y las vacaciones escolares de más de cinco días escolares',
    },
  },
  /** Georgia 160-4-7-.04(1): holiday periods of 5+ consecutive school days with adjoining weekends, and summer. */
  georgia: {
    id: 'ga-breaks-5-school-days-and-summer',
    closedDays: 'long-breaks',
    minBreakWeekdays: 5,
    label: {
      en: 'summer and school breaks of five or more school days, with their weekends',
      es: 'el verano y las vacaciones escolares de cinco o más días escolares, con sus fines de semana',
    },
  },
  /** 22 Pa. Code 14.123(b): summer = the day after the spring term ends through the day before the fall term starts. */
  pennsylvania: {
    id: 'pa-summer',
    closedDays: 'none',
    label: { en: 'the summer break between school years', es: 'las vacaciones de verano entre años escolares' },
  },
  /** Fla. Admin. Code 6A-6.0331: school holidays, breaks and summer are not counted. */
  florida: {
    id: 'fl-holidays-breaks-summer',
    closedDays: 'all',
    label: { en: 'school holidays, breaks and summer', es: 'los feriados escolares, las vacaciones y el verano' },
  },
} as const satisfies Record<string, BreakExclusion & { label: LocalizedText }>;
