// Typed values of facts: parsing the normalised `value`/attributes the extractors give, deciding whether two
// values agree (rounding, "about", "more than" honoured), and writing a source value in the draft's language.
import type { Fact, Lang } from '../../types';

// ---------- numbers ----------

export type Approx = 'about' | 'more' | 'less' | null;

export function approxOf(f: Fact): Approx {
  const a = f.attributes.approx;
  if (a === true) return 'about';
  if (a === 'about' || a === 'more' || a === 'less') return a;
  if (typeof a === 'string' && /^(?:approx|around|circa)$/.test(a)) return 'about';
  if (typeof a === 'string' && /^(?:at ?least|over|above|more than|min)$/.test(a)) return 'more';
  if (typeof a === 'string' && /^(?:at ?most|under|below|less than|max|nearly|almost)$/.test(a)) return 'less';
  return null;
}

/** The amount of a number / money / percent fact. */
export function amountOf(f: Fact): number | null {
  const a = f.attributes.amount;
  if (typeof a === 'number' && Number.isFinite(a)) return a;
  const m = /^-?\d+(?:\.\d+)?/.exec(f.value.trim());
  return m ? Number(m[0]) : null;
}

export function currencyOf(f: Fact): string | null {
  const c = f.attributes.currency;
  if (typeof c === 'string' && c) return c.toUpperCase();
  const m = /^\S+\s+([A-Za-z]{3})$/.exec(f.value.trim());
  return m ? m[1].toUpperCase() : null;
}

/** Number of significant digits of a value as written in its normalised form. */
function sigDigits(v: number): number {
  const s = String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

const relDiff = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);

/**
 * Does the draft amount `d` agree with the source amount `s`?
 * "ponad 80 tysięcy" agrees with "ponad 84 tysiące" and with "84 312"; "1,1 mld" with "1,14 mld";
 * "about 50" with "48"; "more than 300" does not agree with "more than 200".
 */
export function amountsAgree(d: number, dA: Approx, s: number, sA: Approx, dStep?: number | null): boolean {
  if (d === s) return true;
  const r = relDiff(d, s);
  // Is d the source value rounded to the precision the draft writes? ("1,1 mld" for 1,14 mld; not "42,0" for 40,2)
  const rounded = () => r <= 0.05 && (dStep ? Math.abs(s - d) <= dStep / 2 + 1e-9 * Math.abs(s) : sigDigits(d) < sigDigits(s));
  // The same bound on both sides ("ponad 300 km" / "ponad 200 km"): the bounds themselves are the figures.
  if (dA && dA === sA && dA !== 'about') return rounded();
  if (dA === 'more') {
    if (sA === 'less') return false;
    // "more than d" is true of any s ≥ d; a rounder lower bound of a "more than s" is fine too.
    return d <= s || rounded();
  }
  if (dA === 'less') {
    if (sA === 'more') return false;
    return d >= s || rounded();
  }
  if (dA === 'about' || sA === 'about') return r <= 0.15;
  if (sA === 'more' && d > s && r <= 0.25) return true;
  if (sA === 'less' && d < s && r <= 0.25) return true;
  return rounded();
}

/**
 * The precision the text writes its amount with, in the amount's units: "42,0 proc." → 0.1, "1,1 mld" → 1e8,
 * "80 tysięcy" → 10000, "84" → 1. Null when the text has no digits.
 */
export function precisionOf(text: string, amount: number): number | null {
  const m = /\d+(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?/.exec(text);
  if (!m) return null;
  const raw = m[0].replace(/[ \u00a0]/g, '').replace(/[.,](?=\d{3}(?:\D|$))/g, '');
  const written = Number(raw.replace(',', '.'));
  if (!Number.isFinite(written) || written === 0) return null;
  const scale = amount / written;
  const dec = /[.,](\d+)$/.exec(raw);
  if (dec) return Math.pow(10, -dec[1].length) * scale;
  const zeros = /0*$/.exec(raw)?.[0].length ?? 0;
  return Math.pow(10, zeros) * scale;
}

// ---------- durations ----------

/** Duration in minutes (ISO 8601 value or attributes.minutes). */
export function minutesOf(f: Fact): number | null {
  const m = f.attributes.minutes;
  if (typeof m === 'number' && Number.isFinite(m)) return m;
  return isoMinutes(f.value);
}

export function isoMinutes(v: string): number | null {
  const m = /^([+-])?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(v.trim());
  if (!m || v.trim().replace(/^[+-]/, '') === 'P') return null;
  const n = (i: number) => (m[i] ? Number(m[i].replace(',', '.')) : 0);
  const total = n(2) * 525600 + n(3) * 43200 + n(4) * 10080 + n(5) * 1440 + n(6) * 60 + n(7) + n(8) / 60;
  return m[1] === '-' ? -total : total;
}

export function durationsAgree(d: number, dA: Approx, s: number, sA: Approx): boolean {
  if (d === s) return true;
  const r = relDiff(d, s);
  if (dA === 'more') return d <= s || r <= 0.05;
  if (dA === 'less') return d >= s || r <= 0.05;
  if (dA || sA) return r <= 0.2;
  return r <= 0.02;
}

// ---------- times ----------

/** Minutes since midnight of a time fact ("15:35"), or null. */
export function clockOf(f: Fact): number | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(f.value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 ? h * 60 + min : null;
}

/** The zone or place a time is given in, normalised for comparison ("" when none). */
export function zoneOf(f: Fact): string {
  const z = f.attributes.zone;
  if (typeof z === 'string' && z) return z.toLowerCase();
  const p = f.attributes.place;
  if (typeof p === 'string' && p) return 'place:' + p.toLowerCase();
  return '';
}

export function timesAgree(d: Fact, s: Fact): boolean {
  const a = clockOf(d);
  const b = clockOf(s);
  if (a === null || b === null) return true;
  let diff = Math.abs(a - b);
  diff = Math.min(diff, 1440 - diff);
  if (diff === 0) return true;
  return (approxOf(d) !== null || approxOf(s) !== null) && diff <= 15;
}

// ---------- dates ----------

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday 1..7 (Monday = 1). */
  weekday?: number;
  /** Relative offset in days ("dziesięć dni później" = +10). */
  relDays?: number;
  /**
   * Relative to the moment of writing ("wczoraj", "two days ago", "last year"): two documents written on
   * different days may both be right, so such dates are never compared.
   */
  deictic?: boolean;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

export function dateParts(f: Fact): DateParts {
  const v = f.value.trim();
  const p: DateParts = {};
  const rel = /^rel:(.*)$/.exec(v);
  if (rel) {
    const m = isoMinutes(rel[1]);
    if (m !== null) p.relDays = Math.round(m / 1440);
    const a = f.attributes;
    const anchored = (a.anchor !== null && a.anchor !== undefined) || a.event === true;
    if (a.period === true || (!anchored && (a.direction === 'before' || Math.abs(p.relDays ?? 0) <= 1))) p.deictic = true;
    return p;
  }
  const wd = /^weekday:(\d)$/.exec(v);
  if (wd) p.weekday = Number(wd[1]);
  const iso = /^(\d{4}|X{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/.exec(v);
  if (iso) {
    if (/^\d+$/.test(iso[1])) p.year = Number(iso[1]);
    if (iso[2] && /^\d+$/.test(iso[2])) p.month = Number(iso[2]);
    if (iso[3] && /^\d+$/.test(iso[3])) p.day = Number(iso[3]);
  }
  const a = f.attributes;
  p.year ??= num(a.year);
  p.month ??= num(a.month);
  p.day ??= num(a.day);
  p.weekday ??= num(a.weekday);
  if (p.weekday === 0) p.weekday = 7;
  // A full date tells its weekday.
  if (p.weekday === undefined && p.year && p.month && p.day) {
    const wdy = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    p.weekday = wdy === 0 ? 7 : wdy;
  }
  return p;
}

export type DatePart = 'year' | 'month' | 'day' | 'weekday' | 'relDays';

/** The first part both dates give that differs, or null when they agree on everything both give. */
export function dateConflict(d: DateParts, s: DateParts): DatePart | null {
  if (d.deictic || s.deictic) return null;
  if ((d.relDays !== undefined) !== (s.relDays !== undefined)) return null;
  if (d.relDays !== undefined) return d.relDays === s.relDays ? null : 'relDays';
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    if (d[k] !== undefined && s[k] !== undefined && d[k] !== s[k]) return k;
  }
  return null;
}

/** True when the two dates share at least one part (so they can be compared at all). */
export function datesComparable(d: DateParts, s: DateParts): boolean {
  if (d.deictic || s.deictic) return false;
  if (d.relDays !== undefined || s.relDays !== undefined) return d.relDays !== undefined && s.relDays !== undefined;
  return (['year', 'month', 'day', 'weekday'] as const).some(k => d[k] !== undefined && s[k] !== undefined);
}

// ---------- formatting in the draft's language ----------

const MONTHS: Record<Lang, string[]> = {
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_NOM_PL = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];
export const WEEKDAYS: Record<Lang, string[]> = {
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
/** Polish weekdays after "w" (accusative). */
export const WEEKDAYS_ACC_PL = ['poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę', 'niedzielę'];

export function formatDate(p: DateParts, lang: Lang): string {
  if (p.relDays !== undefined) {
    const n = Math.abs(p.relDays);
    if (lang === 'pl') return `${n} ${n === 1 ? 'dzień' : 'dni'} ${p.relDays < 0 ? 'wcześniej' : 'później'}`;
    return `${n} ${n === 1 ? 'day' : 'days'} ${p.relDays < 0 ? 'earlier' : 'later'}`;
  }
  const parts: string[] = [];
  if (p.weekday) parts.push(lang === 'pl' ? WEEKDAYS.pl[p.weekday - 1] : WEEKDAYS.en[p.weekday - 1]);
  if (p.month && p.day) parts.push(lang === 'pl' ? `${p.day} ${MONTHS.pl[p.month - 1]}` : `${MONTHS.en[p.month - 1]} ${p.day}`);
  else if (p.month) parts.push(lang === 'pl' ? MONTHS_NOM_PL[p.month - 1] : MONTHS.en[p.month - 1]);
  if (p.year) parts.push(lang === 'pl' && !p.month ? `${p.year} r.` : String(p.year));
  return lang === 'en' && p.month && p.day && p.year ? parts.join(', ').replace(/, (\d{4})$/, ', $1') : parts.join(' ');
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** A time written like the draft writes its own: "2.30" stays dotted, "10pm" stays 12-hour. */
export function formatClockLike(draftText: string, minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const twelve = /(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)/i.exec(draftText);
  if (twelve) {
    const suffix = twelve[3];
    const pm = h >= 12;
    const hh = h % 12 === 0 ? 12 : h % 12;
    let suf = suffix;
    if (/^a/i.test(suffix) && pm) suf = suffix.replace(/a/i, c => (c === 'a' ? 'p' : 'P'));
    if (/^p/i.test(suffix) && !pm) suf = suffix.replace(/p/i, c => (c === 'p' ? 'a' : 'A'));
    const spacer = /\d\s+[ap]/i.test(twelve[0]) ? ' ' : '';
    return `${hh}${m || twelve[2] ? ':' + String(m).padStart(2, '0') : ''}${spacer}${suf}`;
  }
  const sep = /\d\.\d{2}/.test(draftText) ? '.' : ':';
  const pad = /(?:^|\D)0\d[:.]\d{2}/.test(draftText);
  return `${pad ? String(h).padStart(2, '0') : h}${sep}${String(m).padStart(2, '0')}`;
}

/** Writes a decimal number the way the language does (Polish decimal comma). */
export function formatNumber(v: number, lang: Lang): string {
  const s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return lang === 'pl' ? s.replace('.', ',') : s;
}

/**
 * Replaces the number written in the draft text with the source amount, keeping the draft's words and scale:
 * draft "4,6 mld euro" (4.6e9), source 6.4e9 → "6,4 mld euro". Null when the draft writes its number in words.
 */
export function replaceAmount(draftText: string, draftAmount: number, sourceAmount: number, lang: Lang): string | null {
  const m = /\d+(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?/.exec(draftText);
  if (!m) return null;
  const written = Number(m[0].replace(/[ \u00a0]/g, '').replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  if (!Number.isFinite(written) || written === 0 || draftAmount === 0) return null;
  const scale = draftAmount / written;
  let v = sourceAmount / scale;
  v = Number(v.toPrecision(12));
  const usesComma = /\d,\d/.test(m[0]) && !/,\d{3}(?:\D|$)/.test(m[0]);
  let s = Number.isInteger(v) ? String(v) : String(v);
  if (usesComma || (lang === 'pl' && !/\d\.\d/.test(m[0]))) s = s.replace('.', ',');
  return draftText.slice(0, m.index) + s + draftText.slice(m.index + m[0].length);
}
