// "Does any source contain this?" for draft names, numbers, dates and times (the `not-in-sources` finding).
// Conservative by design: a fact counts as found when any source has it in any form — the same normalised value,
// an entity with the same lemma, an inflected form of the name, the same number written otherwise, a compatible
// date — or when its words simply occur together in one source sentence. A false "not found" is noise.
//
// Each source contributes a set of string keys (computed once per analysed source); the SourceIndex keeps
// key → sources across all sources up to date, so a test costs a few map lookups whatever the number of sources.
import type { Fact, FactKind } from '../types';
import type { IndexedSourceEntry, SourceIndex } from './sources';
import { foldWord, isEntity, nameKey } from './wordkeys';
import { numberWord } from '../numerals';

export const PRESENCE_KINDS: ReadonlySet<FactKind> = new Set<FactKind>(['person', 'organization', 'place', 'number', 'money', 'percent', 'date', 'time', 'duration']);

const numKey = (n: number) => String(+n.toPrecision(12));

interface DateParts { y?: number; m?: number; d?: number; weekday?: number }

const DATE_RE = /^(\d{3,4}|X{4})(?:-(\d{1,2}|XX)(?:-(\d{1,2}|XX))?)?$/;

function parseDate(f: Fact): DateParts | null {
  const v = f.value;
  const wd = /^weekday:([1-7])$/.exec(v);
  if (wd) return { weekday: +wd[1] };
  const m = DATE_RE.exec(v);
  if (!m) return null;
  const p: DateParts = {};
  if (!m[1].startsWith('X')) p.y = +m[1];
  if (m[2] && m[2] !== 'XX') p.m = +m[2];
  if (m[3] && m[3] !== 'XX') p.d = +m[3];
  const a = f.attributes;
  if (typeof a.weekday === 'number' && a.weekday >= 1 && a.weekday <= 7) p.weekday = a.weekday;
  else if (p.y !== undefined && p.m !== undefined && p.d !== undefined) {
    const dt = new Date(Date.UTC(p.y, p.m - 1, p.d));
    if (!isNaN(dt.getTime())) p.weekday = dt.getUTCDay() || 7;
  }
  return p;
}

const PARTS = ['y', 'm', 'd'] as const;

/**
 * Keys of a source date: for every pattern of parts (y, m, d, y+m, …), the source's value of each part or "_" when
 * the source does not know it. A draft date is compatible with a source date when, on the parts the draft knows,
 * the source agrees or does not know, knows at least one, and knows the day when the draft gives a day.
 */
function sourceDateKeys(s: DateParts, out: string[]): void {
  if (s.weekday !== undefined) out.push(`w:${s.weekday}`);
  if (s.y === undefined && s.m === undefined && s.d === undefined) return;
  for (let mask = 1; mask < 8; mask++) {
    const parts = PARTS.filter((_, i) => mask & (1 << i));
    out.push(`d:${parts.map(p => `${p}=${s[p] ?? '_'}`).join('|')}`);
  }
}

function draftDateQueries(d: DateParts): string[] {
  if (d.y === undefined && d.m === undefined && d.d === undefined) return d.weekday !== undefined ? [`w:${d.weekday}`] : [];
  const known = PARTS.filter(p => d[p] !== undefined);
  const out: string[] = [];
  for (let choice = 0; choice < 1 << known.length; choice++) {
    // bit set: the source must know the part (with the draft's value); clear: the source must not know it
    if (!choice) continue;
    const dayIdx = known.indexOf('d');
    if (dayIdx >= 0 && !(choice & (1 << dayIdx))) continue;
    out.push(`d:${known.map((p, i) => `${p}=${choice & (1 << i) ? d[p] : '_'}`).join('|')}`);
  }
  return out;
}

function numericValue(f: Fact): number | null {
  const a = f.attributes;
  let v: number;
  if (f.kind === 'money' && typeof a.amount === 'number') v = a.amount;
  else if (f.kind === 'percent' && typeof a.amount === 'number') v = a.amount;
  else v = parseFloat(f.value);
  return Number.isFinite(v) ? v : null;
}

/** Readings of a digit token: "57,5" → 57.5; "1.100" → 1.1 and 1100; "2021" → 2021. */
function tokenNumbers(t: string): number[] {
  if (/^\d+$/.test(t)) return [+t];
  const out: number[] = [];
  if (/^\d+[.,]\d+$/.test(t)) out.push(parseFloat(t.replace(',', '.')));
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) out.push(+t.replace(/[.,]/g, ''));
  return out;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'von', 'van', 'der', 'la', 'le', 'i', 'w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'oraz', 'im', 'a']);

/** Initials of a multi-word name ("Narodowy Fundusz Zdrowia" → "nfz", "United States" → "us"); '' when one word. */
function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter(w => /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return foldWord(words.map(w => w[0]).join(''));
}

export interface SourcePresence {
  /** Distinct keys: v:<kind>\0<value>, n:<number>, m:<minutes>, t:<time>, a:<name>, c:<acronym>, d:…/w:… dates. */
  keys: string[];
  /** Every number of the source (facts, dates' years and days, digit tokens), for approximate matches. */
  numbers: number[];
}

const PER_SOURCE = new WeakMap<IndexedSourceEntry, SourcePresence>();

/** The presence keys of one source (computed once per analysed source). */
export function presenceOf(s: IndexedSourceEntry): SourcePresence {
  const cached = PER_SOURCE.get(s);
  if (cached) return cached;
  const keys = new Set<string>();
  const numbers = new Set<number>();
  const addNum = (n: number) => { keys.add(`n:${numKey(n)}`); numbers.add(n); };
  const dateKeys: string[] = [];
  for (const f of s.facts) {
    keys.add(`v:${f.kind}\u0000${f.value}`);
    if (f.kind === 'number' || f.kind === 'money' || f.kind === 'percent') {
      const v = numericValue(f);
      if (v !== null) addNum(v);
    } else if (f.kind === 'duration') {
      if (typeof f.attributes.minutes === 'number') keys.add(`m:${numKey(f.attributes.minutes)}`);
    } else if (f.kind === 'time') {
      keys.add(`t:${f.value}`);
    } else if (f.kind === 'date') {
      const d = parseDate(f);
      if (d) {
        sourceDateKeys(d, dateKeys);
        if (d.y !== undefined) addNum(d.y);
        if (d.d !== undefined) addNum(d.d);
      }
    } else if (isEntity(f.kind)) {
      for (const n of [f.lemma, f.canonical, f.value]) {
        if (!n) continue;
        keys.add(`a:${nameKey(n)}`);
        const acr = acronymOf(n);
        if (acr) keys.add(`c:${acr}`);
      }
    }
  }
  for (const k of dateKeys) keys.add(k);
  const lang = s.document.language;
  for (const t of s.document.tokens) {
    if (t.type === 'num') for (const n of tokenNumbers(t.norm)) addNum(n);
    else if (t.type === 'word') {
      // Numbers written in words ("seven", "pięćdziesięciu") count even where no number fact was extracted.
      const w = numberWord(t.norm, lang);
      if (w && w.kind !== 'scale' && w.kind !== 'fraction') addNum(w.value);
    }
  }
  const p = { keys: [...keys], numbers: [...numbers] };
  PER_SOURCE.set(s, p);
  return p;
}

/** The presence test over the sources of an index, optionally leaving one out (the draft, when it is a source too). */
export class PresenceIndex {
  constructor(private readonly index: SourceIndex, private readonly exclude?: IndexedSourceEntry) {}

  private any(list: readonly IndexedSourceEntry[]): boolean {
    return list.length > 1 || (list.length === 1 && list[0] !== this.exclude);
  }

  private hasKey(key: string): boolean {
    return this.any(this.index.sourcesWithKey(key));
  }

  /** True when some source holds this draft fact in some form (always true for kinds the test does not cover). */
  has(fact: Fact, draftTokens: readonly string[]): boolean {
    if (!PRESENCE_KINDS.has(fact.kind)) return true;
    if (this.hasKey(`v:${fact.kind}\u0000${fact.value}`)) return true;
    switch (fact.kind) {
      case 'number': case 'money': case 'percent': {
        const v = numericValue(fact);
        if (v === null) return true;
        if (this.hasKey(`n:${numKey(v)}`)) return true;
        if (fact.attributes.approx != null && fact.attributes.approx !== false && this.near(v, 0.2)) return true;
        break;
      }
      case 'duration': {
        const m = fact.attributes.minutes;
        if (typeof m !== 'number') return true;
        if (this.hasKey(`m:${numKey(m)}`)) return true;
        break;
      }
      case 'time':
        if (this.hasKey(`t:${fact.value}`)) return true;
        break;
      case 'date': {
        const d = parseDate(fact);
        if (!d) return true; // relative or unusual: nothing to compare
        if (draftDateQueries(d).some(k => this.hasKey(k))) return true;
        if (d.weekday === undefined && d.m === undefined && d.d === undefined && d.y !== undefined && this.hasKey(`n:${numKey(d.y)}`)) return true;
        break;
      }
      default: { // person, organization, place
        for (const n of [fact.lemma, fact.canonical, fact.value, fact.text]) if (n && this.hasKey(`a:${nameKey(n)}`)) return true;
        const compact = fact.text.replace(/\s/g, '');
        if (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(compact) && this.hasKey(`c:${foldWord(compact).replace(/\./g, '')}`)) return true;
        if (this.nameWordsFound(fact)) return true;
      }
    }
    return this.inOneSentence(draftTokens);
  }

  /** Some source number within ±tolerance of v (the draft's own numbers count too: conservative). */
  private near(v: number, tolerance: number): boolean {
    const lo = Math.min(v * (1 - tolerance), v * (1 + tolerance));
    const hi = Math.max(v * (1 - tolerance), v * (1 + tolerance));
    const a = this.index.sortedNumbers();
    let i = 0;
    let j = a.length;
    while (i < j) { const mid = (i + j) >> 1; if (a[mid] < lo) i = mid + 1; else j = mid; }
    return i < a.length && a[i] <= hi;
  }

  private hasWord(w: string): boolean {
    return this.any(this.index.sourcesWithWord(w));
  }

  /** Person: the surname (last name word) occurs in a source. Organisation/place: every name word occurs somewhere. */
  private nameWordsFound(fact: Fact): boolean {
    const words = (fact.text.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).filter(w => !FUNCTION_WORDS.has(w.toLowerCase()));
    const capital = words.filter(w => /^\p{Lu}/u.test(w));
    const sig = capital.length ? capital : words;
    if (!sig.length) return true;
    const has = (w: string) => this.hasWord(w) || (w.includes('-') && w.split('-').every(p => this.hasWord(p)));
    if (fact.kind === 'person') return has(sig[sig.length - 1]);
    return sig.every(has);
  }

  /** All the words/numbers occur together in one sentence of one source. */
  private inOneSentence(tokens: readonly string[]): boolean {
    if (!tokens.length) return true;
    const isNum = (t: string) => /^\d/.test(t);
    // Candidate sources: those holding every token somewhere.
    let candidates: Set<IndexedSourceEntry> | null = null;
    for (const t of tokens) {
      const holders = isNum(t) ? this.index.sourcesWithForm(t) : this.index.sourcesWithWord(t);
      const next = new Set<IndexedSourceEntry>();
      for (const e of holders) if (e !== this.exclude && (candidates === null || candidates.has(e))) next.add(e);
      candidates = next;
      if (!candidates.size) return false;
    }
    for (const s of candidates ?? []) {
      let common: Set<number> | null = null;
      for (const t of tokens) {
        const list = isNum(t) ? s.sentencesWithForm(t) : s.sentencesWithWord(t);
        const next = new Set<number>();
        for (const x of list) if (common === null || common.has(x)) next.add(x);
        common = next;
        if (!common.size) break;
      }
      if (common && common.size) return true;
    }
    return false;
  }
}
