/**
 * Calendar months as plain numbers: a month index counts months since year 0, so
 * adding months is addition and comparisons are exact. Days matter only for birthdays.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD; undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Number of days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Months since year 0 for the month a date falls in. */
export function monthIndexOf(date: CalendarDate): number {
  return date.year * 12 + (date.month - 1);
}

/** The first day of the month with the given index. */
export function firstOfMonth(monthIndex: number): CalendarDate {
  return { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 1 };
}

/** Full years of age on a given date. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The last day of the month with the given index; ages are judged at month end. */
export function lastOfMonth(monthIndex: number): CalendarDate {
  const first = firstOfMonth(monthIndex);
  return { ...first, day: daysInMonth(first.year, first.month) };
}
