/** Date-only arithmetic on `YYYY-MM-DD` strings and day numbers; never `Date`, never a time zone. */
export { addDays, daysBetween } from './add-days';
export { addMonths, addYears, addMonthsToEpochDay, addYearsToEpochDay } from './add-years';
export { birthdayAtAge, birthdayAtAgeEpochDay } from './birthday-at-age';
export { addBusinessDays, nthBusinessDayAfter } from './add-business-days';
export { addSchoolDays, nthSchoolDayAfter, schoolDaysBetween } from './add-school-days';
export { nthCalendarDayExcludingBreaks } from './break-exclusion';
export type { BreakCount, BreakExclusion } from './break-exclusion';
export { federalHolidays, federalHolidayEpochDays, federalHolidaySet } from './federal-holidays';
export { fromEpochDay, isoWeekday, isWeekend, toEpochDay, epochDayFromParts, partsFromEpochDay } from './epoch-day';
export { compileSchoolCalendar, hasTerms, isSchoolDay, termContaining } from './school-calendar';
export type { CompiledSchoolCalendar, DateRange, SchoolCalendarInput } from './school-calendar';
