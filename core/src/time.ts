// Dates as precise as their sources: "2019", "2019-05", "2019-05-17". A partial date
// covers a period; comparisons take its first or last day as the question needs.

import type { PartialDate } from './types';

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** First day of the period, YYYY-MM-DD. */
export function periodStart(d: PartialDate): string {
  const [y, m = '01', day = '01'] = String(d).split('-');
  return `${y}-${m}-${day}`;
}

/** Last day of the period, YYYY-MM-DD. */
export function periodEnd(d: PartialDate): string {
  const [y, m, day] = String(d).split('-');
  if (!m) return `${y}-12-31`;
  if (!day) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-${m}-${day}`;
}

export function yearOf(d: PartialDate): number {
  return Number(String(d).slice(0, 4));
}

/** Whether `date` (a day or a whole year) overlaps the period [from, to]; open ends are unbounded. */
export function overlaps(date: { start: string; end: string }, from?: PartialDate, to?: PartialDate): boolean {
  if (from !== undefined && date.end < periodStart(from)) return false;
  if (to !== undefined && date.start > periodEnd(to)) return false;
  return true;
}

export function day(date: string): { start: string; end: string } {
  return { start: date, end: date };
}

export function year(y: number): { start: string; end: string } {
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "9 January 2023", "May 1988", "2019". */
export function formatDate(d: PartialDate): string {
  const [y, m, dd] = String(d).split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return dd ? `${Number(dd)} ${month} ${y}` : `${month} ${y}`;
}

/** "9/1/2023", "5/1988", "2019": a date as Vietnamese writes it in running text (without "ngày"). */
export function vietnameseShortDate(d: PartialDate): string {
  const [y, m, dd] = String(d).split('-');
  if (dd) return `${Number(dd)}/${Number(m)}/${y}`;
  return m ? `${Number(m)}/${y}` : y!;
}

/** A real calendar day written YYYY-MM-DD (Date.parse would roll 2024-02-30 over to March). */
export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
