/**
 * Date-only values as integer day numbers (days since 1970-01-01), so arithmetic never meets a
 * clock or a time zone. Conversions use Howard Hinnant's days-from-civil / civil-from-days
 * algorithms (proleptic Gregorian calendar); see docs/decisions/0002-deadline-counting.md.
 */

/** Days since 1970-01-01 for a year, month (1–12) and day, by the formula (any year). */
function epochDayByFormula(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// The day number of the first of each month of 1900–2199, so that the engine's hot path (every event's date, every
// year added to a day) reads one entry instead of working the formula (docs/decisions/0061). The result is the
// formula's exactly: the formula is the first of the month plus `day - 1` for any `day`.
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const MONTH_STARTS = new Int32Array(TABLE_YEARS * 12);
for (let index = 0; index < MONTH_STARTS.length; index++) {
  MONTH_STARTS[index] = epochDayByFormula(TABLE_FIRST_YEAR + Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Days since 1970-01-01 for a year, month (1–12) and day. */
export function epochDayFromParts(year: number, month: number, day: number): number {
  if (month >= 1 && month <= 12 && (year | 0) === year) {
    // Undefined outside the table, and for a fractional month (a typed array has no such index).
    const start = MONTH_STARTS[(year - TABLE_FIRST_YEAR) * 12 + month - 1];
    if (start !== undefined) return start + day - 1;
  }
  return epochDayByFormula(year, month, day);
}

/** Year, month (1–12) and day of a day number, by the formula (any day). */
function partsByFormula(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// The parts of the days of 1900–2199, packed as year * 512 + month * 32 + day (never 0 in that range, so 0 marks a
// day not yet worked out), filled as days are asked for: adding years to a day (age and anniversary rules) asks
// for the parts of the same few thousand days again and again (docs/decisions/0061).
const PARTS_FIRST_DAY = -25_567; // 1900-01-01
const PARTS_DAYS = 109_574; // through 2199-12-31
const packedParts = new Int32Array(PARTS_DAYS);

/** Year, month (1–12) and day of a day number. */
export function partsFromEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const index = epochDay - PARTS_FIRST_DAY;
  if (index >= 0 && index < PARTS_DAYS && (index | 0) === index) {
    let packed = packedParts[index] as number;
    if (packed === 0) {
      const parts = partsByFormula(epochDay);
      packed = parts.year * 512 + parts.month * 32 + parts.day;
      packedParts[index] = packed;
    }
    return { year: packed >> 9, month: (packed >> 5) & 15, day: packed & 31 };
  }
  return partsByFormula(epochDay);
}

const ZERO = 48;

/**
 * Day number of a `YYYY-MM-DD` string. The string must already be a valid date (the schemas check
 * that); this is the hot path of the deadline engine, so it reads characters instead of a regex.
 */
export function toEpochDay(iso: string): number {
  const year =
    (iso.charCodeAt(0) - ZERO) * 1000 +
    (iso.charCodeAt(1) - ZERO) * 100 +
    (iso.charCodeAt(2) - ZERO) * 10 +
    (iso.charCodeAt(3) - ZERO);
  const month = (iso.charCodeAt(5) - ZERO) * 10 + (iso.charCodeAt(6) - ZERO);
  const day = (iso.charCodeAt(8) - ZERO) * 10 + (iso.charCodeAt(9) - ZERO);
  return epochDayFromParts(year, month, day);
}

// Deadlines land on the same few thousand days again and again; the strings for 1900–2199 are
// remembered in a fixed-size table (bounded memory) instead of being rebuilt each time.
const MEMO_FIRST = -25_567; // 1900-01-01
const MEMO_SIZE = 109_574; // through 2199-12-31
const isoMemo: (string | undefined)[] = new Array<string | undefined>(MEMO_SIZE);

function isoOf(epochDay: number): string {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${String(month)}-${day < 10 ? '0' : ''}${String(day)}`;
}

/** `YYYY-MM-DD` string of a day number. */
export function fromEpochDay(epochDay: number): string {
  const index = epochDay - MEMO_FIRST;
  if (index < 0 || index >= MEMO_SIZE) return isoOf(epochDay);
  return (isoMemo[index] ??= isoOf(epochDay));
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** True on Saturday and Sunday. */
export function isWeekend(epochDay: number): boolean {
  return isoWeekday(epochDay) >= 6;
}

/** True in a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
