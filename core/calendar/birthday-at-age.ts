import { addMonthsToEpochDay, addYearsToEpochDay } from './add-years';
import { fromEpochDay, toEpochDay } from './epoch-day';

/**
 * Day number of the birthday at `age`. Fractional ages count whole months (Illinois' 14½ is the
 * 14th birthday plus 6 months); a 29 February birthday falls on 28 February in common years.
 */
export function birthdayAtAgeEpochDay(birthEpochDay: number, age: number): number {
  const years = Math.floor(age);
  const months = Math.round((age - years) * 12);
  const atYears = addYearsToEpochDay(birthEpochDay, years);
  return months === 0 ? atYears : addMonthsToEpochDay(birthEpochDay, years * 12 + months);
}

/** The birthday at `age` (e.g. 16 → the 16th birthday; 14.5 → six months after the 14th). */
export function birthdayAtAge(birthDate: string, age: number): string {
  return fromEpochDay(birthdayAtAgeEpochDay(toEpochDay(birthDate), age));
}
