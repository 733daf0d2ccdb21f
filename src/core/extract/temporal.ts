// Dates, times and durations in Polish and English news text.
//   date      "7 grudnia 2021 r.", "7.12.2021", "2021-12-07", "December 7, 2021", "w maju 1997 r.", "w 2020 roku",
//             "XX w.", "lata 90.", "w czwartek", "czwartkowa (rozmowa)", "dziesięć dni później", "wczoraj", "a week later"
//   time      "15:35", "godz. 15.35", "o godzinie 15", "godziny czternastej", "3 p.m.", "o północy" (+ zone / place)
//   duration  "ok. 50 minut", "półtorej godziny", "przez tydzień", "two hours", "half an hour", "dwugodzinna"
// One left-to-right pass over each sentence's tokens; every table is a Map/Set built once from data/<lang>/temporal.json.
import type { AnalyzedDocument, AttrValue, Fact, Lang, Token } from '../types';
import { makeFact } from './util';
import { BoundedCache } from '../memo';

const TRIGGER_CACHE: Record<Lang, BoundedCache<string, boolean>> = { pl: new BoundedCache(10000), en: new BoundedCache(10000) };
import { adjacent, approximatorBefore, decadeWord, formatNumber, numberWord, readNumber, type Approx, type NumberRead } from '../numerals';

/** Polish approximators that take a genitive bare unit: "około godziny", "niespełna roku". */
const PL_GEN_APPROX = new Set(['około', 'ok', 'niespełna', 'blisko', 'prawie', 'przeszło']);
import plT from '../../../data/pl/temporal.json';
import enT from '../../../data/en/temporal.json';

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade';
type UnitUse = 'sg' | 'gen' | 'pl' | 'loc' | 'abbr';

interface ZoneEntry { words: string[]; zone: string | null; place: string | null; upper?: boolean }

interface Tables {
  months: Map<string, number>;
  monthAbbr: Map<string, number>;
  ambiguousMonths: Set<string>;
  roman: Map<string, number>;
  weekdays: Map<string, number>;
  weekdayAdj: Map<string, number>;
  units: Map<string, Array<{ unit: Unit; use: UnitUse }>>;
  quarterHour: Set<string>;
  relWords: Map<string, number>;
  relPhrases: Array<{ words: string[]; days: number }>;
  relAfter: Set<string>;
  relBefore: Set<string>;
  relAgo: Set<string>;
  relFuture: Set<string>;
  periodRel: Map<string, 'last' | 'next' | 'this'>;
  periodNouns: Map<string, Unit>;
  yearMarkers: Set<string>;
  qualifiers: Map<string, string>;
  zones: ZoneEntry[];
  namedTimes: Map<string, string>;
  namedTimePreps: Set<string>;
  morning: string[][];
  evening: string[][];
  /** Every word that may start a temporal expression (built from the tables above). */
  triggers: Set<string>;
}

let TABLES: Record<Lang, Tables> | undefined;

const mapOf = <V>(src: Record<string, string[]>, conv: (k: string) => V) => {
  const m = new Map<string, V>();
  for (const [k, forms] of Object.entries(src)) for (const f of forms) if (!m.has(f)) m.set(f, conv(k));
  return m;
};

function buildTables(lang: Lang): Tables {
  const d = (lang === 'pl' ? plT : enT) as typeof plT & typeof enT;
  const units = new Map<string, Array<{ unit: Unit; use: UnitUse }>>();
  const addUnit = (form: string, unit: Unit, use: UnitUse) => {
    const l = units.get(form) ?? [];
    l.push({ unit, use });
    units.set(form, l);
  };
  for (const [unit, uses] of Object.entries(d.units as Record<string, Record<string, string[]>>)) {
    for (const [use, forms] of Object.entries(uses)) for (const f of forms) addUnit(f, unit as Unit, use as UnitUse);
  }
  for (const [unit, forms] of Object.entries(d.unitAbbreviations as Record<string, string[]>)) for (const f of forms) addUnit(f, unit as Unit, 'abbr');
  const qualifiers = new Map<string, string>();
  for (const [q, words] of Object.entries(d.qualifiers as Record<string, string[]>)) for (const w of words) qualifiers.set(w, q);
  const periodRel = new Map<string, 'last' | 'next' | 'this'>();
  for (const [q, words] of Object.entries(d.relativePeriods as Record<string, string[]>)) for (const w of words) periodRel.set(w, q as 'last' | 'next' | 'this');
  const zones = [...(d.zones as ZoneEntry[]), ...(lang === 'pl' ? (enT.zones as ZoneEntry[]).filter(z => z.upper) : [])]
    .sort((a, b) => b.words.length - a.words.length);
  return {
    months: mapOf(d.months, Number),
    monthAbbr: mapOf(d.monthAbbreviations, Number),
    ambiguousMonths: new Set((d as { ambiguousMonths?: string[] }).ambiguousMonths ?? []),
    roman: new Map(Object.entries(plT.romanMonths)),
    weekdays: mapOf(d.weekdays, Number),
    weekdayAdj: mapOf((d as { weekdayAdjectives?: Record<string, string[]> }).weekdayAdjectives ?? {}, Number),
    units,
    quarterHour: new Set((d as { quarterHour?: string[] }).quarterHour ?? []),
    relWords: new Map(Object.entries(d.relativeWords as Record<string, number>)),
    relPhrases: [...d.relativeDayPhrases].sort((a, b) => b.words.length - a.words.length),
    relAfter: new Set(d.relativeAfter),
    relBefore: new Set(d.relativeBefore),
    relAgo: new Set(d.relativeAgo),
    relFuture: new Set(d.relativeFuture),
    periodRel,
    periodNouns: mapOf(d.periodNouns, k => k as Unit),
    yearMarkers: new Set((d as { yearMarkers?: string[] }).yearMarkers ?? []),
    qualifiers,
    zones,
    namedTimes: new Map(Object.entries(d.namedTimes as Record<string, string>)),
    namedTimePreps: new Set(d.namedTimePrepositions),
    morning: d.dayParts.morning.map((p: string) => p.split(' ')),
    evening: d.dayParts.evening.map((p: string) => p.split(' ')),
    triggers: new Set<string>(),
  };
}

function tables(lang: Lang): Tables {
  if (!TABLES) {
    TABLES = { pl: buildTables('pl'), en: buildTables('en') };
    for (const l of ['pl', 'en'] as const) {
      const T = TABLES[l];
      const tr = T.triggers;
      for (const m of [T.months, T.monthAbbr, T.weekdays, T.weekdayAdj, T.units, T.relWords, T.periodRel, T.namedTimes, T.roman]) for (const k of m.keys()) tr.add(k);
      for (const k of T.quarterHour) tr.add(k);
      for (const p of T.relPhrases) tr.add(p.words[0]);
      for (const w of l === 'pl'
        ? ['g', 'r', 'godz', 'godzina', 'godziny', 'godzinie', 'godziną', 'godzinę', 'wpół', 'kwadrans', 'lata', 'lat', 'latach', 'latami', 'latom', 'rok', 'roku', 'rokiem', 'wiek', 'wieku', 'wiekiem', 'stulecie', 'stulecia', 'stuleciu']
        : ['at', 'the', 'a', 'an', 'one', 'half', 'year', 'years']) tr.add(w);
    }
  }
  return TABLES[lang];
}

// ---- values ----

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dateValue(year: number | null, month: number | null, day: number | null): string {
  const y = year === null ? 'XXXX' : pad(year, 4);
  if (month === null) return y;
  const m = `${y}-${pad(month)}`;
  return day === null ? m : `${m}-${pad(day)}`;
}

const UNIT_MINUTES: Record<Unit, number> = {
  second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, fortnight: 20160, month: 43800, year: 525600, decade: 5256000,
};

/** ISO 8601 duration: "PT50M", "PT1H30M", "P10D", "P1Y6M". Weeks become days so "tydzień" = "7 dni". */
export function isoDuration(amount: number, unit: Unit): string {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    let s = Math.round(amount * (unit === 'hour' ? 3600 : unit === 'minute' ? 60 : 1) * 1000) / 1000;
    const h = Math.floor(s / 3600); s -= h * 3600;
    const m = Math.floor(s / 60); s = r(s - m * 60);
    return 'PT' + (h ? `${h}H` : '') + (m ? `${m}M` : '') + (s || (!h && !m) ? `${s}S` : '');
  }
  if (unit === 'day' || unit === 'week' || unit === 'fortnight') {
    const days = amount * (unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 1);
    const d = Math.floor(days);
    const hours = r((days - d) * 24);
    return 'P' + (d || !hours ? `${d}D` : '') + (hours ? `T${hours}H` : '');
  }
  const months = r(amount * (unit === 'decade' ? 120 : unit === 'year' ? 12 : 1));
  const y = Math.floor(months / 12);
  const mo = r(months - y * 12);
  const mi = Math.floor(mo);
  const days = Math.round((mo - mi) * 30);
  return 'P' + (y ? `${y}Y` : '') + (mi || (!y && !days) ? `${mi}M` : '') + (days ? `${days}D` : '');
}

// ---- the scanner ----

interface Found {
  kind: 'date' | 'time' | 'duration';
  start: number; // char offsets
  end: number;
  value: string;
  attributes: Record<string, AttrValue>;
}

const ROMAN_RE = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
function romanValue(s: string): number | null {
  if (!s || !ROMAN_RE.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total || null;
}

const STRONG_TIME_CUES = new Set(['godz', 'godzina', 'godziny', 'godzinie', 'godziną', 'godzinę', 'o', 'około', 'ok', 'między', 'pomiędzy', 'at', 'around', 'about', 'between', 'by', 'until', 'till']);

class Scanner {
  readonly tokens: Token[];
  readonly text: string;
  readonly T: Tables;
  readonly out: Found[] = [];
  /** Recent dates usable as anchors for "ten days later": [sentence index, found]. */
  readonly anchors: Array<{ sentence: number; paragraph: number; f: Found }> = [];
  sentence = 0;
  paragraph = 0;
  sStart = 0;
  sEnd = 0;

  constructor(readonly doc: AnalyzedDocument, readonly lang: Lang) {
    this.tokens = doc.tokens;
    this.text = doc.prose;
    this.T = tables(lang);
  }

  n(i: number): string { return i >= this.sStart && i < this.sEnd ? this.tokens[i].norm : ''; }
  isDot(i: number): boolean { return i < this.sEnd && this.tokens[i].text === '.'; }
  adj(i: number, j: number): boolean { return i >= this.sStart && j < this.sEnd && adjacent(this.tokens, i, j); }
  /** Matches a word sequence at i; returns the index after it or -1. */
  seq(i: number, words: string[]): number {
    for (const w of words) {
      if (this.n(i) !== w) return -1;
      i++;
    }
    return i;
  }
  /** A word (optionally followed by its abbreviation dot) — returns the index after. */
  skipDot(i: number): number { return this.isDot(i) && this.adj(i - 1, i) ? i + 1 : i; }
  isCap(i: number): boolean { const t = this.tokens[i]; return t.type === 'word' && t.text[0] !== t.norm[0]; }

  run(): Found[] {
    const { doc } = this;
    for (const s of doc.sentences) {
      this.sentence = s.index;
      this.paragraph = s.paragraph;
      this.sStart = s.tokenStart;
      this.sEnd = s.tokenEnd;
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        const next = this.at(i);
        i = next > i ? next : i + 1;
      }
    }
    return this.out;
  }

  push(f: Found): void {
    this.out.push(f);
    if (f.kind === 'date' && !String(f.value).startsWith('rel:')) this.anchors.push({ sentence: this.sentence, paragraph: this.paragraph, f });
  }

  /** Tries every pattern at token i; returns the index after the match (or i when nothing matched). */
  at(i: number): number {
    const tok = this.tokens[i];
    let r = -1;
    if (tok.type === 'num') {
      if (this.isReference(i)) return i + 1;
      r = this.numericDate(i);
      if (r < 0) r = this.clockTime(i);
      if (r < 0) r = this.dayMonth(i);
      if (r < 0) r = this.decadeOrCentury(i);
      if (r < 0) r = this.relativeOrDuration(i);
      if (r < 0) r = this.timeWithDayPart(i);
      if (r < 0) r = this.bareYear(i);
      if (r < 0) r = this.durationAdjective(i);
    } else if (tok.type === 'word' && this.isTrigger(tok)) {
      r = this.dayMonth(i);
      if (r < 0) r = this.monthFirst(i);
      if (r < 0) r = this.yearAfterWord(i);
      if (r < 0) r = this.decadeOrCentury(i);
      if (r < 0) r = this.weekday(i);
      if (r < 0) r = this.relativeWord(i);
      if (r < 0) r = this.cuedTime(i);
      if (r < 0) r = this.namedTime(i);
      if (r < 0) r = this.timeWithDayPart(i);
      if (r < 0) r = this.relativeOrDuration(i);
      if (r < 0) r = this.periodRelative(i);
      if (r < 0) r = this.durationAdjective(i);
    }
    return r < 0 ? i : r;
  }

  // ---- helpers ----

  /** "rys. 3.25", "rysunek 9.10", "Ćwiczenie 3.10", "wersja 2.16", "3.25a": a numbered reference, not a date or time. */
  isReference(i: number): boolean {
    // Looks across a sentence break: the splitter may end a sentence at an unknown abbreviation ("rys.").
    const raw = (k: number) => (k >= 0 ? this.tokens[k].norm : '');
    let p = i - 1;
    if (raw(p) === '.' || raw(p) === '(') p--;
    if (REFERENCE_WORDS.has(raw(p))) return true;
    const nx = this.tokens[i + 1];
    return !!nx && i + 1 < this.sEnd && nx.type === 'word' && this.adj(i, i + 1) && nx.norm.length === 1 && nx.norm !== 'r' && /[.:]/.test(this.tokens[i].text);
  }

  /** Cheap pre-check: can a temporal expression start at this word? (Most words cannot.) */
  isTrigger(t: Token): boolean {
    // Depends on the word form only: decided once per form (most words of a text are repeated forms).
    const cache = TRIGGER_CACHE[this.lang];
    let r = cache.get(t.text);
    if (r === undefined) { r = this.isTriggerUncached(t); cache.set(t.text, r); }
    return r;
  }

  private isTriggerUncached(t: Token): boolean {
    const n = t.norm;
    if (this.T.triggers.has(n) || numberWord(n, this.lang)) return true;
    if (n.includes('-') || n.includes("'") || n.includes('’')) return true;
    if (/^[IVX]+$/.test(t.text)) return true;
    return this.lang === 'pl' && PL_ADJ_RE.test(n);
  }

  qualifierBefore(i: number): string | null {
    const p = this.n(i - 1);
    const q = this.T.qualifiers.get(p);
    if (q) return q;
    return null;
  }

  dateFound(startTok: number, endTok: number, year: number | null, month: number | null, day: number | null, extra: Record<string, AttrValue> = {}): Found {
    const attributes: Record<string, AttrValue> = { year, month, day, weekday: null, qualifier: this.qualifierBefore(startTok), ...extra };
    return { kind: 'date', start: this.tokens[startTok].start, end: this.tokens[endTok - 1].end, value: extra.value as string ?? dateValue(year, month, day), attributes: stripValue(attributes) };
  }

  /** Reads a year after a date ("2021", "2021 r.", "2021 roku", "2007r.") at i; returns [year, next] or null. */
  yearAt(i: number, allowShort = false): [number, number] | null {
    const t = this.tokens[i];
    if (!t || i >= this.sEnd || t.type !== 'num' || !/^\d{1,4}$/.test(t.text)) return null;
    const y = Number(t.text);
    let j = i + 1;
    const marker = this.T.yearMarkers.has(this.n(j));
    if (marker) { j = this.skipDot(j + 1); }
    if (t.text.length === 4 && y >= 1000 && y <= 2199) return [y, j];
    if (allowShort && marker && y > 0) return [y, j];
    return null;
  }

  /** "br." (this year) / "ub. r." (last year) after a day and month. */
  yearRefAt(i: number): [string, number] | null {
    if (this.lang !== 'pl') return null;
    if (this.n(i) === 'br') return ['current', this.skipDot(i + 1)];
    if (this.n(i) === 'ub' && this.isDot(i + 1)) {
      const j = i + 2;
      if (this.T.yearMarkers.has(this.n(j))) return ['previous', this.skipDot(j + 1)];
    }
    return null;
  }

  monthAt(i: number, allowAbbr: boolean): [number, number] | null {
    if (i >= this.sEnd) return null;
    const t = this.tokens[i];
    if (t.type === 'word') {
      const m = this.T.months.get(t.norm);
      if (m) return [m, i + 1];
      if (allowAbbr) {
        const a = this.T.monthAbbr.get(t.norm);
        if (a) return [a, this.skipDot(i + 1)];
        const r = this.T.roman.get(t.norm);
        if (r && t.text === t.text.toUpperCase()) return [r, i + 1];
      }
    }
    return null;
  }

  // ---- dates ----

  /** "2021-12-07", "7.12.2021", "19.02.2007r.", "7/12/2021", "16.02" (day.month), "9.10.2003 r." */
  numericDate(i: number): number {
    const t = this.tokens[i];
    const re = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])|(\d{1,2})([./-])(\d{1,2})\5(\d{4}|\d{2})(?![\d.,]\d)/y;
    re.lastIndex = t.start;
    const m = re.exec(this.text);
    if (m) {
      let y: number, mo: number, d: number;
      const extra: Record<string, AttrValue> = {};
      if (m[1]) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
        const a = +m[4]; const b = +m[6];
        y = m[7].length === 2 ? 2000 + +m[7] - (+m[7] > 50 ? 100 : 0) : +m[7];
        if (this.lang === 'en' && m[5] === '/' && a <= 12 && b <= 31) { mo = a; d = b; if (b <= 12 && a !== b) extra.ambiguous = true; } else { d = a; mo = b; }
        if (m[7].length === 2 && (m[5] !== '.' || m[6].length !== 2)) return -1;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return -1;
      const endOff = t.start + m[0].length;
      let j = i;
      while (j < this.sEnd && this.tokens[j].end <= endOff) j++;
      if (this.T.yearMarkers.has(this.n(j))) j = this.skipDot(j + 1);
      this.push(this.dateFound(i, j, y, mo, d, extra));
      return j;
    }
    // day.month without a year: "16.02", "4.01", "5.12." (time-like "15.35" is left to clockTime)
    const dm = /(\d{1,2})\.(\d{2})(?![\d,:]|\.\d)/y;
    dm.lastIndex = t.start;
    const k = dm.exec(this.text);
    if (k && this.lang === 'pl' && k[0] === t.text) {
      const d = +k[1]; const mo = +k[2];
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return -1;
      if (!this.dayMonthRatherThanTime(i, k[1], k[2])) return -1;
      const j = i + 1;
      const yr = this.yearRefAt(this.skipDot(j));
      if (yr) { this.push(this.dateFound(i, yr[1], null, mo, d, { yearRef: yr[0] })); return yr[1]; }
      this.push(this.dateFound(i, j, null, mo, d));
      return j;
    }
    return -1;
  }

  /** "16.02" is a date and "16.30" a time; "8.11" and "12.10" are read as times unless a date cue says otherwise. */
  dayMonthRatherThanTime(i: number, a: string, b: string): boolean {
    const h = +a; const mi = +b;
    if (h > 23 || mi > 59) return h <= 31 && mi <= 12;
    if (mi > 12 || mi === 0) return false;
    const prev = this.n(i - 1);
    const prev2 = this.n(i - 2);
    if (STRONG_TIME_CUES.has(prev) || (prev === '.' && STRONG_TIME_CUES.has(prev2))) return false;
    if (this.dayPartAt(i + 1)) return false;
    if (this.zoneAt(i + 1)) return false;
    if (/^(?:dnia|dniu|dzień|dniem|od|do|z|ze|w|we)$/.test(prev)) return true;
    // "między 19 a 19.30"
    if (prev === 'a' || prev === '-' || prev === '–') {
      const p = this.tokens[i - 2];
      if (p && p.type === 'num' && /^\d{1,2}$/.test(p.text)) return false;
    }
    return b.startsWith('0');
  }

  /** A day number or ordinal followed by a month: "7 grudnia 2021 r.", "5. lutego", "siódmego listopada", "7 December 2021", "7th of December". */
  dayMonth(i: number): number {
    const t = this.tokens[i];
    let day: number | null = null;
    let j = i + 1;
    let endDay: number | null = null;
    if (t.type === 'num') {
      if (!/^\d{1,2}$/.test(t.text)) return -1;
      day = +t.text;
      if (/^[-–—]$/.test(this.n(j)) && this.tokens[j + 1]?.type === 'num' && /^\d{1,2}$/.test(this.tokens[j + 1].text) && j + 1 < this.sEnd
        && +this.tokens[j + 1].text > day && +this.tokens[j + 1].text <= 31 && this.monthAt(j + 2, true)) {
        // "7-8 grudnia": one interval
        endDay = +this.tokens[j + 1].text;
        j += 2;
      }
      if (this.isDot(j) && this.adj(j - 1, j)) j++;
      else if (this.lang === 'en' && /^(?:st|nd|rd|th)$/.test(this.n(j)) && this.adj(i, j)) j++;
    } else {
      const r = readNumber(this.tokens, this.text, i, this.sEnd, this.lang);
      if (!r || !r.ordinal || r.value > 31 || r.value < 1) return -1;
      day = r.value;
      j = r.end;
    }
    if (day < 1 || day > 31) return -1;
    if (this.lang === 'en' && this.n(j) === 'of') j++;
    const mo = this.monthAt(j, t.type === 'num');
    if (!mo) return -1;
    // "3 marca" fine; "5 maj" (nominative) only with a year after it.
    j = mo[1];
    // Ranges "7-8 grudnia": the first day is its own date.
    const extra: Record<string, AttrValue> = {};
    const yr = this.yearAt(j, true);
    let year: number | null = null;
    if (yr) { year = yr[0]; j = yr[1]; } else {
      if (this.lang === 'en' && this.n(j) === ',' && this.yearAt(j + 1)) { const y2 = this.yearAt(j + 1)!; year = y2[0]; j = y2[1]; }
      const ref = this.yearRefAt(j);
      if (ref) { extra.yearRef = ref[0]; j = ref[1]; }
    }
    if (endDay !== null) {
      extra.endDay = endDay;
      extra.value = `${dateValue(year, mo[0], day)}/${dateValue(year, mo[0], endDay)}`;
    }
    this.push(this.dateFound(i, j, year, mo[0], day, extra));
    return j;
  }

  /** A month first: "December 7, 2021", "Dec. 7", "grudnia 2021", "w maju", "in March", "maj 1997". */
  monthFirst(i: number): number {
    const t = this.tokens[i];
    const lang = this.lang;
    let mo = this.monthAt(i, false);
    if (!mo && t.type === 'word' && t.norm.includes('-')) {
      // "sierpnia-września", "luty-marzec"
      const [a, b, ...rest] = t.norm.split('-');
      const ma = this.T.months.get(a);
      const mb = this.T.months.get(b);
      if (!rest.length && ma && mb && (lang === 'pl' || this.isCap(i))) {
        const yr = this.yearAt(i + 1);
        const j = yr ? yr[1] : i + 1;
        const y = yr ? yr[0] : null;
        this.push(this.dateFound(i, j, y, ma, null, { value: `${dateValue(mb < ma && y !== null ? y - 1 : y, ma, null)}/${dateValue(y, mb, null)}`, endMonth: mb }));
        return j;
      }
    }
    if (!mo && lang === 'en') {
      // abbreviated month only before a day: "Dec. 7"
      const a = this.T.monthAbbr.get(t.norm);
      if (a && this.isCap(i)) {
        const j = this.skipDot(i + 1);
        if (this.tokens[j] && this.tokens[j].type === 'num' && /^\d{1,2}$/.test(this.tokens[j].text)) mo = [a, j];
      }
    }
    if (!mo) return -1;
    let j = mo[1];
    const month = mo[0];
    // English "December 7(th)(, 2021)"
    if (lang === 'en' && j < this.sEnd && this.tokens[j].type === 'num' && /^\d{1,2}$/.test(this.tokens[j].text) && +this.tokens[j].text >= 1 && +this.tokens[j].text <= 31) {
      const day = +this.tokens[j].text;
      let k = j + 1;
      if (/^(?:st|nd|rd|th)$/.test(this.n(k)) && this.adj(j, k)) k++;
      let year: number | null = null;
      const y0 = this.n(k) === ',' ? this.yearAt(k + 1) : this.yearAt(k);
      if (y0) { year = y0[0]; k = y0[1]; }
      if (this.T.ambiguousMonths.has(t.norm) && !this.isCap(i)) return -1;
      this.push(this.dateFound(i, k, year, month, day));
      return k;
    }
    const yr = this.yearAt(j);
    if (lang === 'en' && this.T.ambiguousMonths.has(t.norm)) {
      const prev = this.n(i - 1);
      if (!this.isCap(i) || (!yr && !/^(?:in|since|until|till|by|from|of|early|late|mid|last|next|this|during|through|to|before|after|between|and)$/.test(prev))) return -1;
    }
    // Bare "maja"/"maj" is often a misspelt verb ("oni maja rację"): only after a preposition or a year.
    if (lang === 'pl' && (t.norm === 'maja' || t.norm === 'maj') && !yr && !MONTH_PREPS.has(this.n(i - 1))) return -1;
    // Polish months are written in lower case: "Ernest Kwiecień", "Reuela Marca", "Maja" are names.
    if (lang === 'pl' && this.isCap(i) && i > this.sStart && !yr && this.tokens[i - 1].text !== '(' && !/^[„"«»]$/.test(this.tokens[i - 1].text)) return -1;
    if (lang === 'en' && !this.isCap(i)) return -1;
    let year: number | null = null;
    if (yr) { year = yr[0]; j = yr[1]; }
    this.push(this.dateFound(i, j, year, month, null));
    return j;
  }

  /** "roku 1919", "rok 1945", "rokiem 2003", "latach 1994(-1998)", "year 2000". */
  yearAfterWord(i: number): number {
    const n = this.tokens[i].norm;
    if (this.lang === 'pl' && n === 'r' && this.isDot(i + 1) && /^\d{4}$/.test(this.tokens[i + 2]?.text ?? '') && i + 2 < this.sEnd) {
      // "z r. 1886"
      const y = +this.tokens[i + 2].text;
      if (y < 500 || y > 2100) return -1;
      this.push(this.dateFound(i, i + 3, y, null, null));
      return this.yearRange(i + 3, y);
    }
    if (this.tokens[i].type === 'word' && numberWord(n, this.lang)) {
      // A year in words: "w dwa tysiące czwartym roku", "tysiąc dziewięćset dziewięćdziesiątym roku"
      const r = readNumber(this.tokens, this.text, i, this.sEnd, this.lang);
      if (r && r.value >= 1000 && r.value <= 2100 && Number.isInteger(r.value) && this.T.yearMarkers.has(this.n(r.end))) {
        const j = this.skipDot(r.end + 1);
        this.push(this.dateFound(i, j, r.value, null, null));
        return j;
      }
      return -1;
    }
    if (!(this.lang === 'pl' ? /^(?:rok|roku|rokiem|lata|latach|lat|latami)$/ : /^(?:year|years)$/).test(n)) return -1;
    const yr = this.yearAt(i + 1);
    if (!yr) return -1;
    // "w roku 1919" – but "rok 2000 osób" is not a thing; "lat 1990" fine.
    const j = i + 2;
    this.push(this.dateFound(i, j, yr[0], null, null));
    return this.yearRange(j, yr[0]);
  }

  /**
   * After a year: "-1998", "–98", "/2007", "do 1998" (after "od 1997") turn the year just pushed into an interval
   * "1997/1998" (ISO 8601 notation) with attributes.endYear. Returns the index after.
   */
  yearRange(j: number, first: number): number {
    const d = this.n(j);
    const f = this.out[this.out.length - 1];
    let k = -1;
    if ((d === '-' || d === '–' || d === '/' || d === '—') && this.tokens[j + 1]?.type === 'num' && j + 1 < this.sEnd && this.adj(j, j + 1) === this.adj(j - 1, j)) k = j + 1;
    else if (d === 'do' && this.lang === 'pl' && f && /^(?:od|latach|lata|lat)$/.test(this.n(this.tokenIndexAt(f.start) - 1)) && /^\d{4}$/.test(this.tokens[j + 1]?.text ?? '') && j + 1 < this.sEnd) k = j + 1;
    if (k < 0 || !f) return j;
    const t = this.tokens[k];
    let y: number | null = null;
    if (/^\d{4}$/.test(t.text)) y = +t.text;
    else if (/^\d{2}$/.test(t.text)) y = Math.floor(first / 100) * 100 + +t.text;
    if (y === null || y <= first || y - first >= 200) return j;
    let e = k + 1;
    if (this.T.yearMarkers.has(this.n(e))) e = this.skipDot(e + 1);
    f.end = this.tokens[e - 1].end;
    f.value = `${f.value.split('/')[0]}/${pad(y, 4)}`;
    f.attributes.endYear = y;
    // "2003-2004-2005"
    return this.yearRange(e, y);
  }

  /** Index of the token starting at a character offset (binary search). */
  tokenIndexAt(offset: number): number {
    let lo = this.sStart;
    let hi = this.sEnd - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid].start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** A bare year: "2020 r.", "2020 roku", "w 1997", "in 2020", "(1997)", "2002 i 2003", "Euro 2012". */
  bareYear(i: number): number {
    const t = this.tokens[i];
    if (!/^\d{3,4}$/.test(t.text)) return -1;
    const y = +t.text;
    const next = this.n(i + 1);
    if (this.T.yearMarkers.has(next)) {
      if (y < 100 || y > 2199) return -1;
      const j = this.skipDot(i + 2);
      this.push(this.dateFound(i, j, y, null, null));
      return j;
    }
    if (y < 500 || y > 2100) return -1;
    if (this.adj(i - 1, i) && this.tokens[i - 1]?.type === 'word') return -1;
    if ((next === '-' || next === '/') && this.adj(i, i + 1) && this.tokens[i + 2]?.type === 'word') return -1;
    if ((this.n(i - 1) === '/' || this.n(i - 1) === '.') && this.adj(i - 1, i)) return -1; // "nr 12/1999", "3.2005"
    const prev = this.n(i - 1);
    const cues = this.lang === 'pl' ? PL_YEAR_CUES : EN_YEAR_CUES;
    let cue = cues.has(prev) || prev === '(' || (prev === ':' && cues.has(this.n(i - 2)));
    const modern = t.text.length === 4 && y >= 1800;
    // Older years ("w 917", "do 1077") only after a date preposition.
    if (!modern && !(cue && prev !== '(' && prev !== 'of' && prev !== 'to')) return -1;
    // A range without a cue: "2000-2005", "2009/2010", "1993 – 2000"
    if (!cue && /^[-–—/]$/.test(next) && /^\d{4}$/.test(this.tokens[i + 2]?.text ?? '') && i + 2 < this.sEnd) {
      const y2 = +this.tokens[i + 2].text;
      if (y2 > y && y2 - y < 100) cue = true;
    }
    // A chronology line "1979 – podjęcie decyzji…" or a bibliographic year ", 1998)" / ", 1996."
    if (!cue && i === this.sStart && /^[-–—:]$/.test(next) && this.tokens[i + 2]?.type === 'word') cue = true;
    if (!cue && prev === ',' && (/^[)\];]$/.test(next) || (next === '.' && i + 2 >= this.sEnd))) cue = true;
    // A list of years: "w roku 2002 i 2003", "1987 i młodsi, 1989 i młodsi"
    if (!cue && /^(?:i|oraz|lub|albo|a|and|or|,)$/.test(prev)) {
      const last = this.out[this.out.length - 1];
      if (last && last.kind === 'date' && /^\d{4}/.test(last.value) && t.start - last.end < 12) cue = true;
    }
    // An event or edition named by its year: "Euro 2012", "Sydney 2000", "(Warszawa 1977)"
    if (!cue && modern && i - 1 >= this.sStart && this.isCap(i - 1) && i - 1 > this.sStart && y >= 1900 && y <= 2040) cue = true;
    if (!cue) return -1;
    if (this.countedAfter(i + 1)) return -1;
    // "z 1800 do 100 osobników", "od 2000 do 5000 lei": a range of amounts
    if ((next === 'do' || next === 'to') && this.tokens[i + 2]?.type === 'num' && i + 2 < this.sEnd && !/^\d{4}$/.test(this.tokens[i + 2].text)) return -1;
    if ((next === 'do' || next === 'to') && /^\d{4}$/.test(this.tokens[i + 2]?.text ?? '') && this.countedAfter(i + 3)) return -1;
    const j = i + 1;
    this.push(this.dateFound(i, j, y, null, null));
    return this.yearRange(j, y);
  }

  /** A counted noun after a number ("2000 osób", "1500 złotych", "2000 people"): the number is no year. */
  countedAfter(j: number): boolean {
    if (j >= this.sEnd) return false;
    const nx = this.tokens[j];
    if (nx.type !== 'word' || this.isCap(j)) return false;
    if (YEAR_FOLLOWERS[this.lang].has(nx.norm)) return false;
    if (this.isMeasure(j) || this.T.units.has(nx.norm) || numberWord(nx.norm, this.lang)?.kind === 'scale') return true;
    return this.lang === 'pl' ? /(?:ów|ych|ich|ek|ości|ań|eń|ach|ami|osób|ludzi|dzieci|zł|km|ha|szt)$/.test(nx.norm) : /(?:s|people|children|men|women)$/.test(nx.norm) && !/(?:ss|was|has|is)$/.test(nx.norm);
  }

  /** Decades and centuries: "lata 90.", "latach 80-tych", "lat dziewięćdziesiątych", "XX w.", "XXI wieku", "wiek XXI", "the 1990s", "21st century". */
  decadeOrCentury(i: number): number {
    const t = this.tokens[i];
    const lang = this.lang;
    if (lang === 'pl' && /^(?:lata|lat|latach|latami|latom)$/.test(t.norm)) {
      const nx = this.tokens[i + 1];
      if (!nx || i + 1 >= this.sEnd) return -1;
      let dec: number | undefined;
      let j = i + 2;
      if (nx.type === 'num' && /^[1-9]0$/.test(nx.text)) {
        dec = +nx.text;
        if (this.isDot(j) && this.adj(i + 1, j)) j++;
        else if ((this.n(j) === '-') && this.adj(i + 1, j) && /^(?:tych|te|ych|ch|ymi)$/.test(this.n(j + 1))) j += 2;
        else if (!(this.n(j) === ',' || j >= this.sEnd || this.tokens[j].type === 'punct' || this.T.units.has(this.n(j)) === false)) return -1;
      } else if (nx.type === 'word') {
        dec = decadeWord(nx.norm, 'pl');
      }
      if (dec === undefined) return -1;
      // "ma lat 30", "do lat 10" are ages and sentences: "lat" + digits is a decade only after "z", "końca", "przełomu"…
      if (t.norm === 'lat' && nx.type === 'num' && !this.centuryAt(j)) {
        const p = this.n(i - 1);
        const marked = j > i + 2; // "lat 70." / "lat 80-tych"
        if (marked ? AGE_LAT_PREV.has(p) : !DECADE_LAT_PREV.has(p)) return -1;
      }
      // Century: "lat 90. XX w." / "ubiegłego wieku"
      let century = dec >= 20 ? 20 : 21;
      const c = this.centuryAt(j);
      if (c) { century = c[0]; j = c[1]; }
      const v = `${pad(century - 1)}${Math.floor(dec / 10)}X`;
      this.push(this.dateFound(i, j, null, null, null, { value: v, decade: (century - 1) * 100 + dec }));
      return j;
    }
    if (lang === 'en') {
      // "the 1990s", "1990s", "the '90s", "the nineties"
      if (t.type === 'num' && /^\d{3}0$/.test(t.text) && this.n(i + 1) === 's' && this.adj(i, i + 1)) {
        const y = +t.text;
        this.push(this.dateFound(i, i + 2, null, null, null, { value: `${t.text.slice(0, 3)}X`, decade: y }));
        return i + 2;
      }
      if (t.norm === 'the' && this.tokens[i + 1]) {
        const d = decadeWord(this.n(i + 1), 'en');
        if (d !== undefined) {
          this.push(this.dateFound(i + 1, i + 2, null, null, null, { value: `19${d / 10}X`, decade: 1900 + d }));
          return i + 2;
        }
      }
    }
    const c = this.centuryAt(i);
    if (c) {
      this.push(this.dateFound(i, c[1], null, null, null, { value: `${pad(c[0] - 1)}XX`, century: c[0] }));
      return c[1];
    }
    return -1;
  }

  /** "XX w.", "XXI wieku", "wiek XXI", "XX-wieczny"(no), "21st century", "twentieth century". Returns [century, next]. */
  centuryAt(i: number): [number, number] | null {
    const t = this.tokens[i];
    if (!t || i >= this.sEnd) return null;
    if (this.lang === 'pl') {
      const r = t.type === 'word' && t.text === t.text.toUpperCase() ? romanValue(t.text) : null;
      if (r && r <= 21) {
        const w = this.n(i + 1);
        if ((w === 'w' || w === 'st') && this.isDot(i + 2)) return [r, i + 3];
        if (/^(?:wiek|wieku|wiekiem|wieków|stulecia|stulecie|stuleciu)$/.test(w)) return [r, i + 2];
        // "XVI i XVII w.", "XV–XVI wieku": the first century of a pair
        if (/^(?:i|oraz|lub|albo|-|–|—|,)$/.test(w) && i + 2 < this.sEnd) {
          const t2 = this.tokens[i + 2];
          if (t2.type === 'word' && t2.text === t2.text.toUpperCase() && romanValue(t2.text) && this.centuryAt(i + 2)) return [r, i + 1];
        }
        return null;
      }
      if (/^(?:wiek|wieku|wiekiem|stulecie|stulecia|stuleciu)$/.test(t.norm)) {
        const nx = this.tokens[i + 1];
        if (nx && i + 1 < this.sEnd && nx.type === 'word' && nx.text === nx.text.toUpperCase()) {
          const v = romanValue(nx.text);
          if (v && v <= 21) return [v, i + 2];
        }
      }
      return null;
    }
    // English
    let c: number | null = null;
    let j = i + 1;
    if (t.type === 'num' && /^\d{1,2}$/.test(t.text) && /^(?:st|nd|rd|th)$/.test(this.n(i + 1)) && this.adj(i, i + 1)) { c = +t.text; j = i + 2; } else if (t.type === 'word') {
      const w = numberWord(t.norm, 'en');
      if (w?.kind === 'ordinal') c = w.value;
    }
    if (c && c <= 21 && /^(?:century|centuries)$/.test(this.n(j))) return [c, j + 1];
    return null;
  }

  /** "w czwartek", "czwartkowa rozmowa", "on Thursday", "Thursday's call". */
  weekday(i: number): number {
    const t = this.tokens[i];
    let n = t.norm;
    if (this.lang === 'en') n = n.replace(/['’]s$/, '');
    let wd = this.T.weekdays.get(n);
    let adjective = false;
    if (!wd) {
      wd = this.T.weekdayAdj.get(n);
      adjective = !!wd;
    }
    if (!wd) return -1;
    if (this.lang === 'en') {
      if (!this.isCap(i)) return -1;
      if (n.length <= 4 && !(this.isDot(i + 1) && this.adj(i, i + 1))) return -1;
    } else if (this.isCap(i) && i > this.sStart && !adjective) {
      // "Środa Wielkopolska", "Wielki Piątek": a capitalised weekday next to another capitalised word is a name.
      if ((this.tokens[i + 1] && i + 1 < this.sEnd && this.isCap(i + 1)) || (i - 1 >= this.sStart && this.isCap(i - 1))) return -1;
    }
    let j = i + 1;
    if (this.lang === 'en' && n.length <= 4) j = this.skipDot(j);
    const f = this.dateFound(i, j, null, null, null, { value: `weekday:${wd}` });
    f.attributes.weekday = wd;
    if (adjective) f.attributes.adjective = true;
    // "w przyszły czwartek", "last Thursday", "najbliższą niedzielę"
    const rel = WEEKDAY_REL.get(this.n(i - 1));
    if (rel) f.attributes.relative = rel;
    this.push(f);
    return j;
  }

  /** "wczoraj", "jutro", "yesterday", "następnego dnia", "the next day". */
  relativeWord(i: number): number {
    const n = this.tokens[i].norm;
    const d = this.T.relWords.get(n);
    if (d !== undefined) {
      this.push(this.relative(i, i + 1, d, 'day', null));
      return i + 1;
    }
    for (const p of this.T.relPhrases) {
      const j = this.seq(i, p.words);
      if (j > 0) {
        this.push(this.relative(i, j, p.days, 'day', this.anchorBefore()));
        return j;
      }
    }
    return -1;
  }

  /** "w ubiegłym roku", "w przyszłym tygodniu", "last year", "next week". */
  periodRelative(i: number): number {
    const q = this.T.periodRel.get(this.tokens[i].norm);
    if (!q || q === 'this') return -1;
    const unit = this.T.periodNouns.get(this.n(i + 1));
    if (!unit) return -1;
    if (this.lang === 'en' && q === 'last' && this.n(i - 1) === 'the') return -1; // "the last year" = the past twelve months
    const f = this.relative(i, i + 2, q === 'last' ? -1 : 1, unit, null);
    f.attributes.period = true;
    this.push(f);
    return i + 2;
  }

  relative(startTok: number, endTok: number, amount: number, unit: Unit, anchor: Found | null, approx: Approx | null = null): Found {
    const sign = amount < 0 ? '-' : '+';
    const abs = Math.abs(amount);
    const dur = isoDuration(abs, unit);
    const attributes: Record<string, AttrValue> = {
      year: null, month: null, day: null, weekday: null, qualifier: null,
      amount: abs, unit: unit === 'fortnight' ? 'week' : unit, direction: amount < 0 ? 'before' : 'after',
      anchor: anchor ? this.doc.text.slice(anchor.start, anchor.end) : null,
      anchorValue: anchor ? anchor.value : null,
    };
    if (approx) attributes.approx = approx;
    if (anchor) {
      const res = resolve(anchor, amount, unit);
      if (res) attributes.resolved = res;
    }
    return { kind: 'date', start: this.tokens[startTok].start, end: this.tokens[endTok - 1].end, value: `rel:${sign}${dur}`, attributes };
  }

  /** The latest absolute or partial date in this or the previous two sentences of the paragraph. */
  anchorBefore(): Found | null {
    for (let k = this.anchors.length - 1; k >= 0; k--) {
      const a = this.anchors[k];
      if (a.sentence < this.sentence - 3) return null;
      if (a.paragraph < this.paragraph - 1) return null;
      return a.f;
    }
    return null;
  }

  // ---- units, durations and relative amounts ----

  /** The duration unit at i fitting a preceding amount ('one', 'fraction', 'many'). */
  unitAt(i: number, amount: 'one' | 'fraction' | 'many', afterDigits: boolean, value?: number): [Unit, number] | null {
    if (i >= this.sEnd) return null;
    const l = this.T.units.get(this.tokens[i].norm);
    if (!l) return null;
    // Polish agreement: "dwie minuty", "23 minuty" but "pięć minut"; "do 50 minuty" is the 50th minute.
    if (this.lang === 'pl' && afterDigits && value !== undefined && Number.isInteger(value) && PL_NOM_PL.has(this.tokens[i].norm)
      && !(value % 10 >= 2 && value % 10 <= 4 && !(value % 100 >= 12 && value % 100 <= 14))) return null;
    for (const { unit, use } of l) {
      if (use === 'abbr' && !afterDigits) continue;
      if (use === 'loc') continue;
      if (this.lang === 'pl') {
        if (amount === 'one' && use !== 'sg') continue;
        if (amount === 'fraction' && use !== 'gen') continue;
        if (amount === 'many' && use !== 'pl' && use !== 'abbr') continue;
      } else if (use !== 'abbr') {
        if (amount === 'one' && use !== 'sg') continue;
        if (amount !== 'one' && use !== 'pl' && !(amount === 'fraction' && use === 'sg')) continue;
      }
      let j = i + 1;
      if (use === 'abbr' || this.tokens[i].norm === 'min' || this.tokens[i].norm === 'godz') j = this.skipDot(j);
      return [unit, j];
    }
    return null;
  }

  /**
   * "ok. 50 minut", "półtorej godziny", "dwie i pół godziny", "przez tydzień", "two hours", "half an hour", "an hour",
   * "dziesięć dni później" (relative), "two days earlier", "a week later", "10 days ago", "za tydzień", "po dwóch latach".
   */
  relativeOrDuration(i: number): number {
    const t = this.tokens[i];
    const lang = this.lang;
    let amount: number | null = null;
    let unit: Unit | null = null;
    let j = i;
    let numStart = i;
    let viaBareUnit = false;
    let rangeFrom: number | null = null;
    // English "a/an" + unit, "half an hour", "a dozen years"
    if (lang === 'en' && (t.norm === 'a' || t.norm === 'an' || t.norm === 'one')) {
      const u = this.unitAt(i + 1, 'one', false);
      if (!u) return -1;
      if (u[0] === 'second' && t.norm === 'a') return -1; // "a second try"
      amount = 1; unit = u[0]; j = u[1];
      viaBareUnit = true;
    } else if (lang === 'en' && t.norm === 'half' && (this.n(i + 1) === 'an' || this.n(i + 1) === 'a')) {
      const u = this.unitAt(i + 2, 'one', false);
      if (!u) return -1;
      amount = 0.5; unit = u[0]; j = u[1];
    } else if (t.type === 'word' && this.T.units.has(t.norm) && !numberWord(t.norm, lang)) {
      // A bare unit: "tydzień wcześniej", "przez tydzień", "ponad godzinę", "rok później"; in the genitive
      // after a genitive approximator: "około godziny", "niespełna roku".
      const u = this.unitAt(i, 'one', false) ?? (lang === 'pl' && PL_GEN_APPROX.has(this.n(i - 1) === '.' ? this.n(i - 2) : this.n(i - 1)) ? this.unitAt(i, 'fraction', false) : null);
      if (!u) return -1;
      amount = 1; unit = u[0]; j = u[1];
      viaBareUnit = true;
    } else if (lang === 'pl' && this.T.quarterHour.has(t.norm)) {
      // "kwadrans" = 15 minutes
      amount = 15; unit = 'minute'; j = i + 1;
      viaBareUnit = true;
    } else {
      const r: NumberRead | null = readNumber(this.tokens, this.text, i, this.sEnd, lang);
      if (!r || r.ordinal || r.multiplier || r.scaled) return -1;
      if (r.digits && this.adj(i - 1, i) && this.tokens[i - 1]?.type !== 'punct') return -1;
      if (r.digits && (this.n(i - 1) === '-' || this.n(i - 1) === '–') && this.adj(i - 1, i) && this.tokens[i - 2]?.type === 'num') {
        // second half of a range "2-3 dni": amount is the upper bound; the lower one is kept as attribute
      }
      let k = r.end;
      if (lang === 'en' && r.fraction && (this.n(k) === 'an' || this.n(k) === 'a')) k++;
      // A range "5-6 dni", "6–10 miesięcy": the upper bound carries the unit.
      if (!r.words && /^[-–—]$/.test(this.n(k)) && this.tokens[k + 1]?.type === 'num' && k + 1 < this.sEnd && this.adj(k - 1, k) === this.adj(k, k + 1)) {
        const r2 = readNumber(this.tokens, this.text, k + 1, this.sEnd, lang);
        if (r2 && !r2.ordinal && !r2.scaled && r2.value > r.value) {
          const u2 = this.unitAt(r2.end, Number.isInteger(r2.value) ? 'many' : 'fraction', !r2.words, r2.value);
          if (u2) { rangeFrom = r.value; amount = r2.value; unit = u2[0]; j = u2[1]; }
        }
      }
      if (rangeFrom === null) {
        const kind: 'one' | 'fraction' | 'many' = r.value === 1 && !r.fraction ? 'one' : !Number.isInteger(r.value) || r.fraction ? 'fraction' : 'many';
        const u = this.unitAt(k, kind, !r.words, r.digits ? r.value : undefined);
        if (!u) return -1;
        amount = r.value; unit = u[0]; j = u[1];
      }
      // "an hour and a half", "godzinę i kwadrans"
      numStart = i;
    }
    if (amount === null || unit === null) return -1;
    // "an hour and a half" / "rok i trzy miesiące" / "2 godz. 15 min."
    let minutesExtra = 0;
    if (lang === 'en' && this.n(j) === 'and' && this.n(j + 1) === 'a' && this.n(j + 2) === 'half') { amount += 0.5; j += 3; }
    // "an hour and a quarter", "godzina i kwadrans", "godziny i kwadransa", "rok i pół"
    else if (lang === 'en' && unit === 'hour' && this.n(j) === 'and' && this.n(j + 1) === 'a' && this.n(j + 2) === 'quarter') { amount += 0.25; j += 3; }
    else if (lang === 'pl' && this.n(j) === 'i' && unit === 'hour' && this.T.quarterHour.has(this.n(j + 1)) && j + 1 < this.sEnd) { amount += 0.25; j += 2; }
    else if (lang === 'pl' && this.n(j) === 'i' && this.n(j + 1) === 'pół' && j + 1 < this.sEnd && Number.isInteger(amount)) { amount += 0.5; j += 2; }
    const next = this.n(j);
    // Relative: "dziesięć dni później", "a week later", "two years ago", "trzy dni przed wyborami"
    const after = this.T.relAfter.has(next);
    const before = this.T.relBefore.has(next);
    const ago = this.T.relAgo.has(next);
    const prev = this.n(numStart - 1);
    const approx = approximatorBefore(this.tokens, numStart, this.sStart, lang);
    // "for 15 hours before finding…", "przez dwie godziny przed…": a length of time, not a point before an event.
    const forCue = lang === 'en' ? prev === 'for' : prev === 'przez';
    if ((after || before || ago) && !(forCue && !ago) && !(lang === 'en' && next === 'on' && !/^(?:later)$/.test(next))) {
      if (next === 'on' && lang === 'en') { /* "two days on" */ }
      const dir = after ? 1 : -1;
      const startTok = approx && approx.start < numStart ? approx.start : numStart;
      // Anchor: a date right after "po"/"przed"/"after"/"before", else the previous date of the text for later/earlier.
      const k = j + 1;
      let anchor: Found | null = null;
      const prepLike = lang === 'pl' ? next === 'po' || next === 'przed' : next === 'after' || next === 'before';
      if (ago) anchor = null;
      else if (prepLike) {
        const before0 = this.out.length;
        const e = this.at(k);
        if (e > k && this.out.length > before0 && this.out[this.out.length - 1].kind === 'date') {
          anchor = this.out[this.out.length - 1];
          const f = this.relative(startTok, j + 1, dir * amount, unit, anchor, approx?.approx ?? null);
          this.out.splice(this.out.length - 1, 0, f);
          return e;
        }
        if (this.out.length > before0) this.out.length = before0;
        // "trzy dni przed wyborami": relative to an event, not a date
        const f = this.relative(startTok, j + 1, dir * amount, unit, null, approx?.approx ?? null);
        f.attributes.event = true;
        this.push(f);
        return j + 1;
      } else anchor = this.anchorBefore();
      if (lang === 'en' && next === 'on') return -1;
      this.push(this.relative(startTok, j + 1, dir * amount, unit, anchor, approx?.approx ?? null));
      return j + 1;
    }
    // "za tydzień", "in two weeks" stays a duration in English; "po dwóch latach" → after
    if (lang === 'pl' && this.T.relFuture.has(prev) && !approx && !this.rateBefore(numStart - 1)) {
      this.push(this.relative(numStart - 1, j, amount, unit, null));
      return j;
    }
    // Compound: "godzinę i 20 minut", "2 godz. 15 min", "two hours and 15 minutes"
    const conj = this.n(j);
    if ((conj === 'i' || conj === 'and' || (this.tokens[j]?.type === 'num')) && (unit === 'hour' || unit === 'day' || unit === 'year' || unit === 'minute')) {
      const k = conj === 'i' || conj === 'and' ? j + 1 : j;
      const r2 = readNumber(this.tokens, this.text, k, this.sEnd, lang);
      if (r2 && !r2.ordinal && !r2.scaled && Number.isInteger(r2.value)) {
        const u2 = this.unitAt(r2.end, r2.value === 1 ? 'one' : 'many', !r2.words);
        const smaller: Partial<Record<Unit, Unit>> = { hour: 'minute', day: 'hour', year: 'month', minute: 'second' };
        if (u2 && u2[0] === smaller[unit]) {
          minutesExtra = r2.value * UNIT_MINUTES[u2[0]];
          j = u2[1];
        }
      }
    }
    if (viaBareUnit) {
      // A bare unit is a duration only after a duration cue: "przez tydzień", "ponad godzinę", "for a week", "an hour"
      const cueOk = approx !== null || (lang === 'pl' ? /^(?:przez|trwał|trwała|trwało|trwały|trwa|trwają|trwać|całą|cały|całe|pół)$/.test(prev)
        : (t.norm === 'an' || /^(?:for|within|lasted|lasting|took|spent|last|lasts|about|around|than|nearly|almost|over)$/.test(prev)));
      if (!cueOk && !minutesExtra) return -1;
    }
    const startTok = approx ? approx.start : numStart;
    let iso: string;
    const totalMinutes = amount * UNIT_MINUTES[unit] + minutesExtra;
    if (minutesExtra) {
      iso = unit === 'year' ? isoDuration(totalMinutes / UNIT_MINUTES.month, 'month') : isoDuration(totalMinutes, 'minute');
      if (unit === 'day') iso = isoDuration(totalMinutes / 1440, 'day');
    } else iso = isoDuration(amount, unit);
    const f: Found = {
      kind: 'duration', start: this.tokens[startTok].start, end: this.tokens[j - 1].end, value: iso,
      attributes: { minutes: Math.round(totalMinutes * 1000) / 1000, amount, unit: unit === 'fortnight' ? 'week' : unit, approx: approx?.approx ?? null },
    };
    if (rangeFrom !== null) {
      f.value = `${isoDuration(rangeFrom, unit)}/${iso}`;
      f.attributes.amountFrom = rangeFrom;
      f.attributes.minutesFrom = Math.round(rangeFrom * UNIT_MINUTES[unit] * 1000) / 1000;
    }
    if (lang === 'pl' && prev === 'po' && !approx) {
      // "po dwóch latach" = two years later
      this.push(this.relative(numStart - 1, j, amount, unit, this.anchorBefore()));
      return j;
    }
    this.push(f);
    return j;
  }

  /** "6 zł za godzinę", "100 km na godzinę": a rate, not a point in time. */
  rateBefore(k: number): boolean {
    const p = this.tokens[k - 1];
    if (!p || k - 1 < this.sStart) return false;
    return p.type === 'num' || this.isMeasure(k - 1) || /^(?:złotych|zł|euro|dolarów|tys|mln|groszy)$/.test(p.norm);
  }

  /** Duration adjectives: "dwugodzinna", "50-minutowa", "trzydniowa", "24-hour", "two-day", "półgodzinny". */
  durationAdjective(i: number): number {
    const t = this.tokens[i];
    if (this.lang === 'pl') {
      if (t.type === 'num' && this.n(i + 1) === '-' && this.adj(i, i + 1) && this.adj(i + 1, i + 2) && /^\d{1,3}$/.test(t.text)) {
        const u = plAdjUnit(this.n(i + 2));
        if (!u) return -1;
        this.push(durFound(t.start, this.tokens[i + 2].end, +t.text, u, null));
        return i + 3;
      }
      if (t.type !== 'word') return -1;
      const m = PL_ADJ_RE.exec(t.norm);
      if (!m) return -1;
      const amount = PL_ADJ_PREFIX[m[1]];
      const unit = plAdjUnit(m[2]);
      if (amount === undefined || !unit) return -1;
      this.push(durFound(t.start, t.end, amount, unit, null));
      return i + 1;
    }
    // English "24-hour", "two-day", "30-minute", "half-hour"
    let amount: number | null = null;
    let uWord = '';
    let end = i;
    if (t.type === 'num' && this.n(i + 1) === '-' && this.adj(i, i + 1) && this.adj(i + 1, i + 2)) { amount = +t.text; uWord = this.n(i + 2); end = i + 3; } else if (t.type === 'word' && t.norm.includes('-')) {
      const p = t.norm.lastIndexOf('-');
      const w = numberWord(t.norm.slice(0, p), 'en') ?? (t.norm.slice(0, p) === 'half' ? { value: 0.5, kind: 'fraction' } : undefined);
      if (w && (w.kind === 'cardinal' || w.kind === 'fraction')) { amount = w.value; uWord = t.norm.slice(p + 1); end = i + 1; }
    }
    if (amount === null || !Number.isFinite(amount)) return -1;
    const l = this.T.units.get(uWord);
    const u = l?.find(x => x.use === 'sg');
    if (!u) return -1;
    this.push(durFound(t.start, this.tokens[end - 1].end, amount, u.unit, null));
    return end;
  }

  // ---- times ----

  /** "15:35", "15.35", "3:35 pm", "3 p.m.", "3pm", "7.35 rano", with a zone or place after it. */
  clockTime(i: number): number {
    const t = this.tokens[i];
    const lang = this.lang;
    const m = /^(\d{1,2})([:.])(\d{2})(?:[:.](\d{2}))?$/.exec(t.text);
    let h: number, mi: number;
    let j = i + 1;
    const prev = this.n(i - 1);
    const cue = STRONG_TIME_CUES.has(prev) || (prev === '.' && STRONG_TIME_CUES.has(this.n(i - 2)));
    if (m) {
      h = +m[1]; mi = +m[3];
      if (h > 24 || mi > 59) return -1;
      if (m[2] === '.') {
        // A dot separates hours in Polish ("15.35"); in English it is a decimal point unless a time cue or am/pm.
        if (lang === 'en' && !cue && !this.ampmAt(j)) return -1;
        if (this.isMeasure(j)) return -1;
        if (lang === 'pl' && !cue && this.dayMonthRatherThanTime(i, m[1], m[3])) return -1;
        if (m[1].length === 1 && m[3] === '00' && false) return -1;
      } else if (m[4] === undefined && (this.isScore(i) || (!cue && this.scoreSentence()))) return -1;
    } else if (/^\d{1,2}$/.test(t.text) && lang === 'en' && this.ampmAt(j)) {
      h = +t.text; mi = 0;
    } else if (/^\d{1,2}$/.test(t.text) && lang === 'en' && (this.n(j) === "o'clock" || this.n(j) === 'o’clock')) {
      h = +t.text; mi = 0;
      j++;
    } else return -1;
    const ap = this.ampmAt(j);
    if (ap) {
      if (h > 12) return -1;
      if (ap[0] === 'pm' && h < 12) h += 12;
      if (ap[0] === 'am' && h === 12) h = 0;
      j = ap[1];
    }
    this.pushTime(i, j, h, mi, m?.[4] ? +m[4] : null);
    return this.lastTimeEnd;
  }

  lastTimeEnd = 0;

  /** Emits a time, consuming a day part ("rano") and a zone ("czasu moskiewskiego") after it. */
  pushTime(startTok: number, j: number, h: number, mi: number, sec: number | null): void {
    // A range: "10.00 - 18.00", "między godz. 5 a 8 rano", "od 10 do 18" → one fact "10:00/18:00".
    const range = this.timeRangeEnd(j, startTok);
    if (range) j = range.next;
    const dp = this.dayPartAt(j);
    if (dp) {
      // "o dziesiątej w nocy" = 22:00, but "o pierwszej w nocy" = 01:00
      const night = dp[2];
      if (dp[0] === 'evening' && h < 12 && !(night && h < 6)) h += 12;
      if (dp[0] === 'evening' && range && range.h < 12 && !(night && range.h < 6)) range.h += 12;
      if (dp[0] === 'morning' && h === 12) h = 0;
      j = dp[1];
    }
    if (h === 24) h = 0;
    const attributes: Record<string, AttrValue> = { hour: h, minute: mi, zone: null, place: null };
    if (sec !== null) attributes.second = sec;
    let value = `${pad(h)}:${pad(mi)}`;
    if (range) {
      if (range.h === 24) range.h = 0;
      attributes.endHour = range.h;
      attributes.endMinute = range.mi;
      value += `/${pad(range.h)}:${pad(range.mi)}`;
    }
    const z = this.zoneAt(j);
    if (z) {
      attributes.zone = z.zone;
      attributes.place = z.place;
      attributes.zoneText = this.doc.text.slice(this.tokens[z.start].start, this.tokens[z.end - 1].end);
    }
    const end = this.tokens[j - 1].end;
    this.push({ kind: 'time', start: this.tokens[startTok].start, end, value, attributes });
    this.lastTimeEnd = z ? z.end : j;
  }

  /** The second time of a range after token j: "- 18.00", "a 8", "do 18", "to 5 pm". */
  timeRangeEnd(j: number, startTok: number): { h: number; mi: number; next: number } | null {
    const c = this.n(j);
    const before = this.n(startTok - 1) === '.' ? this.n(startTok - 3) : this.n(startTok - 1);
    const before2 = this.n(startTok - 2);
    const opener = (w: string) => before === w || before2 === w;
    const ok = c === '-' || c === '–' || c === '—'
      || (c === 'a' && (opener('między') || opener('pomiędzy')))
      || (c === 'do' && opener('od'))
      || (c === 'and' && opener('between'))
      || ((c === 'to' || c === 'until') && opener('from'));
    if (!ok) return null;
    let k = j + 1;
    if (this.n(k) === 'godz') k = this.skipDot(k + 1);
    else if (/^(?:godziny|godziną)$/.test(this.n(k))) k++;
    const t = this.tokens[k];
    if (!t || k >= this.sEnd || t.type !== 'num') return null;
    const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(t.text);
    if (!m) return null;
    const h = +m[1]; const mi = m[2] ? +m[2] : 0;
    if (h > 24 || mi > 59) return null;
    if (this.isMeasure(k + 1) || this.T.units.has(this.n(k + 1))) return null;
    let next = k + 1;
    const ap = this.ampmAt(next);
    let hh = h;
    if (ap) { if (ap[0] === 'pm' && h < 12) hh += 12; next = ap[1]; }
    return { h: hh, mi, next };
  }

  /** Sentences of sports results ("85:67 (29:17, 14:14)") hold scores, not clock times. */
  scoreSentence(): boolean {
    let v = this.scoreCache.get(this.sentence);
    if (v === undefined) {
      v = false;
      for (let k = this.sStart; k < this.sEnd; k++) {
        const m = /^(\d+):(\d+)$/.exec(this.tokens[k].text);
        if (m && (+m[1] > 24 || m[2].length === 1 || +m[2] > 59)) { v = true; break; }
      }
      this.scoreCache.set(this.sentence, v);
    }
    return v;
  }

  readonly scoreCache = new Map<number, boolean>();

  ampmAt(j: number): ['am' | 'pm', number] | null {
    if (this.lang !== 'en' || j >= this.sEnd) return null;
    const n = this.n(j);
    if (n === 'am' || n === 'pm') return [n, this.skipDot(j + 1)];
    if ((n === 'a' || n === 'p') && this.isDot(j + 1) && this.n(j + 2) === 'm') return [n === 'a' ? 'am' : 'pm', this.skipDot(j + 3)];
    return null;
  }

  dayPartAt(j: number): ['morning' | 'evening', number, boolean] | null {
    if (j >= this.sEnd) return null;
    for (const [name, list] of [['morning', this.T.morning], ['evening', this.T.evening]] as const) {
      for (const words of list) {
        if (this.lang === 'en' && (words[0] === 'a.m' || words[0] === 'p.m' || words[0] === 'am' || words[0] === 'pm')) continue;
        const k = this.seq(j, words);
        if (k > 0) return [name, k, /^(?:nocy|nocą|night)$/.test(words[words.length - 1])];
      }
    }
    return null;
  }

  zoneAt(j: number): { zone: string | null; place: string | null; start: number; end: number } | null {
    let k = j;
    const paren = this.n(k) === '(';
    if (paren) k++;
    if (k >= this.sEnd) return null;
    for (const z of this.T.zones) {
      const e = this.seq(k, z.words);
      if (e < 0) continue;
      if (z.upper && this.tokens[k].text !== this.tokens[k].text.toUpperCase()) continue;
      if (paren && this.n(e) !== ')') continue;
      return { zone: z.zone, place: z.place, start: k, end: paren ? e + 1 : e };
    }
    return null;
  }

  /** "2:1" scores, "1:10" scales and ratios are not times. */
  isScore(i: number): boolean {
    const p = this.n(i - 1);
    return /^(?:skali|stosunku|proporcji|wynikiem|wynik|wygrał|wygrała|wygrali|przegrał|przegrała|przegrali|pokonał|pokonała|pokonali|remis|remisem|score|beat|won|lost|ratio|scale|odds)$/.test(p);
  }

  /** "15.35 zł", "3.25 proc.", "1.5 mln" are amounts, not times. */
  isMeasure(j: number): boolean {
    const n = this.n(j);
    return /^(?:zł|złotych|proc|procent|%|mln|mld|tys|euro|dolarów|usd|pln|eur|km|m|kg|ton|pkt|mm|cm|ha|l|punktu|punktów|million|billion|percent|per|points|miles|metres|meters|kilometres|kilometers|pounds|dollars|euros)$/.test(n);
  }

  /** "godz. 15", "godz.18", "o godzinie 15.30", "godziny czternastej", "godziną 8", "godzinie 9 rano", "at 3". */
  cuedTime(i: number): number {
    const t = this.tokens[i];
    const n = t.norm;
    let j: number;
    if (this.lang === 'pl' && n === 'godz') j = this.skipDot(i + 1);
    else if (this.lang === 'pl' && n === 'g' && this.isDot(i + 1) && /^\d{1,2}[.:]\d{2}$/.test(this.tokens[i + 2]?.text ?? '')) j = i + 2;
    else if (this.lang === 'pl' && /^(?:godzina|godziny|godzinie|godziną|godzinę|godzinach|godzinami)$/.test(n)) j = i + 1;
    else if (this.lang === 'en' && n === 'at' && this.tokens[i + 1]?.type === 'num' && /^\d{1,2}$/.test(this.tokens[i + 1].text) && (this.dayPartAt(i + 2) || this.zoneAt(i + 2))) {
      const h = +this.tokens[i + 1].text;
      if (h > 24) return -1;
      this.pushTime(i + 1, i + 2, h, 0, null);
      return this.lastTimeEnd;
    } else return -1;
    if (j >= this.sEnd) return -1;
    const nx = this.tokens[j];
    if (nx.type === 'num') {
      const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(nx.text);
      if (!m) return -1;
      const h = +m[1]; const mi = m[2] ? +m[2] : 0;
      if (h > 24 || mi > 59) return -1;
      // "godzinę 17" is fine but "3 godziny" (before) is a duration, handled elsewhere.
      this.pushTime(i, j + 1, h, mi, null);
      // A list after one cue: "o godz. 12.15, 16.45, 19 i 21.15"
      let k = this.lastTimeEnd;
      while (/^(?:,|i|oraz|lub|albo|and|or)$/.test(this.n(k)) && k + 1 < this.sEnd && this.tokens[k + 1].type === 'num') {
        const lm = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(this.tokens[k + 1].text);
        if (!lm || +lm[1] > 24 || (lm[2] !== undefined && +lm[2] > 59) || this.countedAfter(k + 2) || this.isMeasure(k + 2)) break;
        if (/^[.:]$/.test(this.n(k + 2)) && this.tokens[k + 3]?.type === 'num') break;
        this.pushTime(k + 1, k + 2, +lm[1], lm[2] ? +lm[2] : 0, null);
        k = this.lastTimeEnd;
      }
      return k;
    }
    // Hour in words: "godziny czternastej", "godzinie szesnastej", "godziny trzeciej nad ranem"
    const r = readNumber(this.tokens, this.text, j, this.sEnd, this.lang);
    if (r && r.ordinal && r.value >= 1 && r.value <= 24) {
      let mi = 0;
      let e = r.end;
      // "godzinie dziewiątej trzydzieści"
      const r2 = readNumber(this.tokens, this.text, e, this.sEnd, this.lang);
      if (r2 && !r2.ordinal && r2.words && r2.value < 60 && r2.value >= 1 && Number.isInteger(r2.value) && !this.T.units.has(this.n(r2.end))) { mi = r2.value; e = r2.end; }
      this.pushTime(i, e, r.value, mi, null);
      return this.lastTimeEnd;
    }
    return -1;
  }

  /** "ósmej rano", "o piątej wieczorem", "kwadrans po ósmej", "wpół do ósmej", "9 rano", "o 9 wieczorem". */
  timeWithDayPart(i: number): number {
    const t = this.tokens[i];
    if (this.lang !== 'pl') return -1;
    // "wpół do ósmej" = 7:30
    if (t.norm === 'wpół' && this.n(i + 1) === 'do') {
      const r = readNumber(this.tokens, this.text, i + 2, this.sEnd, 'pl');
      if (r && r.ordinal && r.value <= 24) { this.pushTime(i, r.end, (r.value + 23) % 24, 30, null); return this.lastTimeEnd; }
      return -1;
    }
    // "kwadrans po ósmej", "kwadrans przed (godziną) jedenastą"
    if (t.norm === 'kwadrans' && (this.n(i + 1) === 'po' || this.n(i + 1) === 'przed')) {
      let k = i + 2;
      if (/^(?:godzinie|godziną)$/.test(this.n(k))) k++;
      const r = readNumber(this.tokens, this.text, k, this.sEnd, 'pl');
      if (r && r.ordinal && r.value <= 24) {
        const after = this.n(i + 1) === 'po';
        this.pushTime(i, r.end, after ? r.value : (r.value + 23) % 24, after ? 15 : 45, null);
        return this.lastTimeEnd;
      }
      return -1;
    }
    let h: number | null = null;
    let mi = 0;
    let j = i + 1;
    const prev = this.n(i - 1);
    const hourPrep = HOUR_PREPS.has(prev) || (prev === '.' && this.n(i - 2) === 'ok');
    let suffixed = false;
    if (t.type === 'num' && /^\d{1,2}$/.test(t.text)) {
      h = +t.text;
      // "o 11-ej", "po 10-tej"
      if (this.n(j) === '-' && this.adj(i, j) && /^(?:ej|tej|ątej|mej|giej|ciej)$/.test(this.n(j + 1)) && this.adj(j, j + 1)) { j += 2; suffixed = true; }
    } else if (t.type === 'word') {
      const r = readNumber(this.tokens, this.text, i, this.sEnd, 'pl');
      // Only feminine ordinal forms name hours: "ósmej", "piątą", "dwudziestej pierwszej".
      if (r && r.ordinal && r.value >= 1 && r.value <= 24 && r.words && /(?:ej|ą)$/.test(this.tokens[r.end - 1].norm)) {
        h = r.value; j = r.end;
        // "jedenastej trzydzieści"
        const m = readNumber(this.tokens, this.text, j, this.sEnd, 'pl');
        if (m && !m.ordinal && m.words && Number.isInteger(m.value) && m.value >= 1 && m.value < 60 && !this.T.units.has(this.n(m.end))) { mi = m.value; j = m.end; }
      }
    }
    if (h === null || h > 24) return -1;
    const dp = this.dayPartAt(j);
    if (!dp) {
      if (t.type === 'num' && !(suffixed && hourPrep) && !(prev === 'o' && this.zoneAt(j))) return -1;
      // "o dziesiątej", "przed ósmą", "po jedenastej" – unless a noun follows ("o piątej kolumnie")
      if (t.type === 'word' && !(h > 2 && hourPrep && this.hourEndsHere(j))) return -1;
    }
    this.pushTime(i, j, h, mi, null);
    return this.lastTimeEnd;
  }

  /** After an hour in words: the end of the phrase, not a noun the ordinal qualifies ("o piątej kolumnie"). */
  hourEndsHere(j: number): boolean {
    if (j >= this.sEnd) return true;
    const t = this.tokens[j];
    if (t.type === 'punct') return !/^[-–]$/.test(t.text) || !this.adj(j, j + 1);
    if (t.type === 'num') return false;
    // A verb may follow ("o jedenastej spotykam się"); a noun in the locative or genitive may not ("o piątej kolumnie").
    return HOUR_FOLLOWERS.has(t.norm) || this.zoneAt(j) !== null || PL_VERB_AFTER_HOUR.test(t.norm);
  }

  /** "o północy", "w południe", "at noon", "midnight". */
  namedTime(i: number): number {
    const n = this.tokens[i].norm;
    const v = this.T.namedTimes.get(n);
    if (!v) return -1;
    const prev = this.n(i - 1);
    if (!this.T.namedTimePreps.has(prev) && this.lang === 'pl') return -1;
    // "na południu", "z północy" are directions; "w południe" and "o północy" are times.
    if (this.lang === 'pl') {
      if (n === 'południu' || (n === 'południa' && !/^(?:około|koło|ok|\.)$/.test(prev))) return -1;
      if (prev === '.' && this.n(i - 2) !== 'ok') return -1;
      if (n === 'południe' && prev !== 'w') return -1;
      if ((n === 'północy' || n === 'północ') && !/^(?:o|po|przed|około|do)$/.test(prev)) return -1;
      if (n === 'północ' && prev !== 'o') return -1;
    }
    const [h, mi] = v.split(':').map(Number);
    this.pushTime(i, i + 1, h, mi, null);
    return this.lastTimeEnd;
  }
}

const DECADE_LAT_PREV = new Set(['z', 'ze', 'od', 'końca', 'koniec', 'końcu', 'początku', 'początek', 'połowy', 'połowa', 'połowie', 'przełomu', 'przełom', 'przełomie',
  'schyłku', 'schyłek', 'okresu', 'czasów', 'czasach', 'mody', 'modzie', 'muzyki', 'przebojów', 'kina', 'filmów', 'stylu', 'dekady', 'latach', 'lat']);
const MONTH_PREPS = new Set(['w', 'we', 'do', 'od', 'z', 'ze', 'przed', 'po', 'końca', 'koniec', 'końcem', 'początku', 'początkiem', 'połowy', 'połowie', 'połowa', 'dnia', 'dniu',
  'przełomie', 'przełomu', 'końcu', 'początków', 'połowę', 'aż', 'około', 'od', 'na', 'maju', 'kwietnia', 'kwietniu', 'i', 'lub', 'oraz', 'albo', 'a', '-', '–', ',', 'miesiąc', 'miesiącu', 'miesiąca']);
const AGE_LAT_PREV = new Set(['ma', 'mając', 'miał', 'miała', 'mieli', 'mają', 'liczy', 'liczył', 'liczyła', 'skończył', 'skończyła', 'ukończył', 'ukończyła', 'kończy',
  'do', 'powyżej', 'poniżej', 'ponad', 'przez', 'przeszło', 'niespełna', 'prawie', 'blisko', 'około', 'ok', '.', 'wieku', 'wiek', 'lat']);
const PL_NOM_PL = new Set(['minuty', 'godziny', 'sekundy', 'doby', 'tygodnie', 'miesiące', 'lata', 'dekady', 'dnie']);
const WEEKDAY_REL = new Map<string, string>([
  ...['przyszły', 'przyszłą', 'przyszłego', 'przyszłej', 'następny', 'następną', 'następnego', 'najbliższy', 'najbliższą', 'najbliższego', 'najbliższej', 'next', 'coming'].map(w => [w, 'next'] as [string, string]),
  ...['zeszły', 'zeszłą', 'zeszłego', 'zeszłej', 'ubiegły', 'ubiegłą', 'ubiegłego', 'ubiegłej', 'miniony', 'minioną', 'minionego', 'poprzedni', 'poprzednią', 'poprzedniego', 'ostatni', 'ostatnią', 'ostatniego', 'last', 'past', 'previous'].map(w => [w, 'last'] as [string, string]),
  ...['ten', 'tę', 'ta', 'tego', 'this'].map(w => [w, 'this'] as [string, string]),
]);
const PL_VERB_AFTER_HOUR = /(?:am|em|amy|emy|imy|ymy|acie|ecie|icie|ją|ął|ęła|ał|ała|ało|ały|ali|ył|yła|yło|yli|ił|iła|iło|ili|eli|uje|ują|isz|esz|ysz|ać|eć|ić|yć)$/;
const HOUR_PREPS = new Set(['o', 'po', 'przed', 'około', 'koło', 'do', 'od', 'między', 'pomiędzy']);
const REFERENCE_WORDS = new Set(['rys', 'rysunek', 'rysunku', 'rysunki', 'rysunkach', 'rysunkami', 'rysunkiem', 'tab', 'tabela', 'tabeli', 'tabelę', 'tabelach',
  'listing', 'listingu', 'listingach', 'ćwiczenie', 'ćwiczeniu', 'ćwiczenia', 'wzór', 'wzoru', 'wzorze', 'przykład', 'przykładzie', 'przykładu', 'punkt', 'punkcie',
  'pkt', 'rozdział', 'rozdziale', 'rozdziału', 'podrozdział', 'podrozdziale', 'paragraf', 'paragrafie', 'art', 'artykuł', 'artykułu', 'ust', 'nr', 's', 'str', 'poz',
  'wersja', 'wersji', 'wersję', 'wersją', 'v', 'zadanie', 'zadaniu', 'zadania', 'schemat', 'schemacie', 'fot', 'ryc', 'mapa', 'mapie', 'aneks', 'załącznik', 'załączniku',
  'figure', 'figures', 'fig', 'table', 'tables', 'section', 'sections', 'chapter', 'chapters', 'verse', 'verses', 'version', 'exercise', 'example', 'item', 'no', 'page', 'pages', 'p', 'pp', '§', 'release', 'rule']);
const HOUR_FOLLOWERS = new Set(['i', 'a', 'w', 'we', 'na', 'z', 'ze', 'do', 'od', 'po', 'przed', 'się', 'nie', 'to', 'już', 'jeszcze', 'czy', 'lub', 'albo',
  'będzie', 'był', 'była', 'było', 'byli', 'jest', 'są', 'mam', 'ma', 'mamy', 'wyjechali', 'spotkanie', 'u', 'oraz', 'także', 'też', 'zaś', 'więc', 'bo', 'gdy', 'kiedy',
  'rano', 'wieczorem', 'wieczór', 'nad', 'po', 'dnia', 'tam', 'tu', 'tego', 'każdego', 'codziennie', 'następnego', 'czasu', 'co', 'ja', 'ty', 'on', 'ona', 'my', 'wy', 'oni', 'one',
  'mnie', 'nas', 'go', 'ją', 'ich', 'mu', 'jej', 'im', 'sobie', 'siebie', 'tylko', 'dopiero', 'właśnie', 'zwykle', 'zazwyczaj']);
const PL_YEAR_CUES = new Set(['rocznik', 'rocznika', 'roczniki', 'rocznikiem', 'sezon', 'sezonu', 'sezonie', 'okres', 'okresie', 'datę', 'data', 'dacie', 'datą', 'w', 'we', 'od', 'do', 'z', 'ze', 'po', 'przed', 'sprzed', 'roku', 'rok', 'latach', 'lata', 'około', 'aż', 'jesienią', 'wiosną', 'latem', 'zimą', 'końcu', 'początku', 'połowie', 'koniec', 'początek', 'połowa', 'grudniu', 'styczniu']);
const EN_YEAR_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'to', 'before', 'after', 'during', 'year', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'circa', 'through']);
const YEAR_FOLLOWERS: Record<Lang, Set<string>> = {
  pl: new Set(['i', 'a', 'oraz', 'lub', 'albo', 'czy', 'r', 'roku', 'rok', 'był', 'była', 'było', 'byli', 'były', 'został', 'została', 'zostało', 'zostali', 'się', 'nie', 'to', 'jest', 'w', 'na', 'do', 'po', 'z', 'o', 'przez', 'jako', 'jednak', 'już', 'wraz', 'zaś', 'także', 'też', 'przyjęto', 'miał', 'miała', 'mieli', 'wrócił', 'ponad', 'niemal', 'prawie']),
  en: new Set(['and', 'or', 'when', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'had', 'has', 'he', 'she', 'it', 'they', 'we', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'as', 'but', 'after', 'before', 'until', 'that', 'election', 'elections', 'season', 'census', 'budget', 'olympics', 'games', 'campaign']),
};

const PL_ADJ_PREFIX: Record<string, number> = {
  jedno: 1, dwu: 2, trzy: 3, cztero: 4, pięcio: 5, sześcio: 6, siedmio: 7, ośmio: 8, dziewięcio: 9, dziesięcio: 10, dwunasto: 12,
  piętnasto: 15, dwudziesto: 20, trzydziesto: 30, czterdziesto: 40, pięćdziesięcio: 50, sześćdziesięcio: 60, dziewięćdziesięcio: 90,
  pół: 0.5, półtora: 1.5, czterdziestoośmio: 48, dwudziestoczterogodzin: 24, dwudziestocztero: 24, stu: 100,
};
const PL_ADJ_RE = new RegExp(`^(${Object.keys(PL_ADJ_PREFIX).sort((a, b) => b.length - a.length).join('|')})(minutow|godzinn|dniow|dzienn|tygodniow|miesięczn)(?:y|a|e|ego|ej|emu|ym|ą|ych|ymi|i)$`);

function plAdjUnit(stem: string): Unit | null {
  const s = stem.replace(/(?:y|a|e|ego|ej|emu|ym|ą|ych|ymi|i)$/, '');
  if (/^minutow$/.test(s)) return 'minute';
  if (/^godzinn$/.test(s)) return 'hour';
  if (/^(?:dniow|dzienn)$/.test(s)) return 'day';
  if (/^tygodniow$/.test(s)) return 'week';
  if (/^miesięczn$/.test(s)) return 'month';
  if (/^sekundow$/.test(s)) return 'second';
  return null;
}

function durFound(start: number, end: number, amount: number, unit: Unit, approx: Approx | null): Found {
  return {
    kind: 'duration', start, end, value: isoDuration(amount, unit),
    attributes: { minutes: Math.round(amount * UNIT_MINUTES[unit] * 1000) / 1000, amount, unit, approx, adjective: true },
  };
}

function stripValue(a: Record<string, AttrValue>): Record<string, AttrValue> {
  if ('value' in a) { const { value: _v, ...rest } = a; return rest; }
  return a;
}

/** Resolves "ten days after 7 December" to "XXXX-12-17" when the anchor has a day (or month for month/year offsets). */
function resolve(anchor: Found, amount: number, unit: Unit): string | null {
  const a = anchor.attributes;
  const y = typeof a.year === 'number' ? a.year : null;
  const m = typeof a.month === 'number' ? a.month : null;
  const d = typeof a.day === 'number' ? a.day : null;
  if (m === null) {
    if (y !== null && (unit === 'year' || unit === 'decade') && Number.isInteger(amount)) return dateValue(y + amount * (unit === 'decade' ? 10 : 1), null, null);
    return null;
  }
  if (!Number.isInteger(amount)) return null;
  if (unit === 'month' || unit === 'year') {
    const total = (y ?? 2001) * 12 + (m - 1) + amount * (unit === 'year' ? 12 : 1);
    return dateValue(y === null ? null : Math.floor(total / 12), (total % 12) + 1, d);
  }
  if (d === null) return null;
  const days = unit === 'day' ? amount : unit === 'week' ? amount * 7 : unit === 'fortnight' ? amount * 14 : null;
  if (days === null) return null;
  // Without a year, use a non-leap year: the month and day are what matter.
  const base = Date.UTC(y ?? 2001, m - 1, d);
  const dt = new Date(base + days * 86400000);
  const yy = y === null ? null : dt.getUTCFullYear();
  if (y === null && dt.getUTCFullYear() !== 2001) return dateValue(null, dt.getUTCMonth() + 1, dt.getUTCDate());
  return dateValue(yy, dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Dates, times and durations of a document, in text order. */
export function extractTemporal(doc: AnalyzedDocument): Fact[] {
  const found = new Scanner(doc, doc.language).run();
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const facts: Fact[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue; // keep the first of overlapping matches
    lastEnd = f.end;
    facts.push(makeFact(doc, f.kind, f.start, f.end, f.value, f.attributes));
  }
  return facts;
}

export { formatNumber };
