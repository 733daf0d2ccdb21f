// "Does any source contain this?" for draft names, numbers, dates and times (the `not-in-sources` finding).
// Conservative by design: a fact counts as found when any source has it in any form — the same normalised value,
// an entity with the same lemma, an inflected form of the name, the same number written otherwise, a compatible
// date — or when its words simply occur together in one source sentence. A false "not found" is noise.
import type { Fact, FactKind } from '../types';
import { foldWord, isEntity, nameKey, type IndexedSourceEntry } from './sources';

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

/** What the presence test needs about one source: built once per analysed source (cached on the entry object). */
class SourcePresence {
  readonly numbers = new Set<string>();
  readonly sortedNumbers: number[];
  readonly minutes = new Set<string>();
  readonly times = new Set<string>();
  readonly values = new Set<string>();
  readonly dates: DateParts[] = [];
  readonly names = new Set<string>();
  readonly acronyms = new Set<string>();

  constructor(s: IndexedSourceEntry) {
    const nums: number[] = [];
    const addNum = (n: number) => { const k = numKey(n); if (!this.numbers.has(k)) { this.numbers.add(k); nums.push(n); } };
    for (const f of s.facts) {
      this.values.add(`${f.kind}\u0000${f.value}`);
      if (f.kind === 'number' || f.kind === 'money' || f.kind === 'percent') {
        const v = numericValue(f);
        if (v !== null) addNum(v);
      } else if (f.kind === 'duration') {
        if (typeof f.attributes.minutes === 'number') this.minutes.add(numKey(f.attributes.minutes));
      } else if (f.kind === 'time') {
        this.times.add(f.value);
      } else if (f.kind === 'date') {
        const d = parseDate(f);
        if (d) {
          this.dates.push(d);
          if (d.y !== undefined) addNum(d.y);
          if (d.d !== undefined) addNum(d.d);
        }
      } else if (isEntity(f.kind)) {
        for (const n of [f.lemma, f.canonical, f.value]) {
          if (!n) continue;
          this.names.add(nameKey(n));
          const acr = acronymOf(n);
          if (acr) this.acronyms.add(acr);
        }
      }
    }
    for (const t of s.document.tokens) if (t.type === 'num') for (const n of tokenNumbers(t.norm)) addNum(n);
    this.sortedNumbers = nums.sort((a, b) => a - b);
  }

  near(v: number, tolerance: number): boolean {
    const lo = Math.min(v * (1 - tolerance), v * (1 + tolerance));
    const hi = Math.max(v * (1 - tolerance), v * (1 + tolerance));
    const a = this.sortedNumbers;
    let i = 0;
    let j = a.length;
    while (i < j) { const mid = (i + j) >> 1; if (a[mid] < lo) i = mid + 1; else j = mid; }
    return i < a.length && a[i] <= hi;
  }
}

const PER_SOURCE = new WeakMap<IndexedSourceEntry, SourcePresence>();
function presenceOf(s: IndexedSourceEntry): SourcePresence {
  let p = PER_SOURCE.get(s);
  if (!p) { p = new SourcePresence(s); PER_SOURCE.set(s, p); }
  return p;
}

/** The presence test over a set of sources (cheap to create: per-source data is cached on each entry). */
export class PresenceIndex {
  private readonly per: SourcePresence[];

  constructor(readonly sources: readonly IndexedSourceEntry[]) {
    this.per = sources.map(presenceOf);
  }

  /** True when some source holds this draft fact in some form (always true for kinds the test does not cover). */
  has(fact: Fact, draftTokens: readonly string[]): boolean {
    if (!PRESENCE_KINDS.has(fact.kind)) return true;
    const valueKey = `${fact.kind}\u0000${fact.value}`;
    if (this.per.some(p => p.values.has(valueKey))) return true;
    switch (fact.kind) {
      case 'number': case 'money': case 'percent': {
        const v = numericValue(fact);
        if (v === null) return true;
        const k = numKey(v);
        if (this.per.some(p => p.numbers.has(k))) return true;
        if (fact.attributes.approx != null && fact.attributes.approx !== false && this.per.some(p => p.near(v, 0.2))) return true;
        break;
      }
      case 'duration': {
        const m = fact.attributes.minutes;
        if (typeof m !== 'number') return true;
        const k = numKey(m);
        if (this.per.some(p => p.minutes.has(k))) return true;
        break;
      }
      case 'time':
        if (this.per.some(p => p.times.has(fact.value))) return true;
        break;
      case 'date': {
        const d = parseDate(fact);
        if (!d) return true; // relative or unusual: nothing to compare
        if (this.per.some(p => p.dates.some(s => compatible(d, s)))) return true;
        if (d.weekday === undefined && d.m === undefined && d.d === undefined && d.y !== undefined) {
          const k = numKey(d.y);
          if (this.per.some(p => p.numbers.has(k))) return true;
        }
        break;
      }
      default: { // person, organization, place
        for (const n of [fact.lemma, fact.canonical, fact.value, fact.text]) {
          if (!n) continue;
          const k = nameKey(n);
          if (this.per.some(p => p.names.has(k))) return true;
        }
        const compact = fact.text.replace(/\s/g, '');
        if (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(compact)) {
          const acr = foldWord(compact).replace(/\./g, '');
          if (this.per.some(p => p.acronyms.has(acr))) return true;
        }
        if (this.nameWordsFound(fact)) return true;
      }
    }
    return this.inOneSentence(draftTokens);
  }

  /** Person: the surname (last name word) occurs in a source. Organisation/place: every name word occurs somewhere. */
  private nameWordsFound(fact: Fact): boolean {
    const words = (fact.text.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).filter(w => !FUNCTION_WORDS.has(w.toLowerCase()));
    const capital = words.filter(w => /^\p{Lu}/u.test(w));
    const sig = capital.length ? capital : words;
    if (!sig.length) return true;
    const has = (w: string) => this.sources.some(s => s.hasWord(w) || (w.includes('-') && w.split('-').every(p => s.hasWord(p))));
    if (fact.kind === 'person') return has(sig[sig.length - 1]);
    return sig.every(has);
  }

  /** All the words/numbers occur together in one sentence of one source. */
  private inOneSentence(tokens: readonly string[]): boolean {
    if (!tokens.length) return true;
    for (const s of this.sources) {
      let common: Set<number> | null = null;
      for (const t of tokens) {
        const list = /^\d/.test(t) ? s.sentencesWithForm(t) : s.sentencesWithWord(t);
        if (!list.length) { common = new Set(); break; }
        if (common === null) common = new Set(list);
        else {
          const next = new Set<number>();
          for (const x of list) if (common.has(x)) next.add(x);
          common = next;
        }
        if (!common.size) break;
      }
      if (common && common.size) return true;
    }
    return false;
  }
}

function compatible(d: DateParts, s: DateParts): boolean {
  if (d.y === undefined && d.m === undefined && d.d === undefined) {
    return d.weekday !== undefined && s.weekday === d.weekday;
  }
  // A weekday-only source date says nothing about the day; a source date must share at least one known part.
  if (s.y === undefined && s.m === undefined && s.d === undefined) return false;
  let shared = 0;
  for (const k of ['y', 'm', 'd'] as const) {
    if (d[k] !== undefined && s[k] !== undefined) {
      if (d[k] !== s[k]) return false;
      shared++;
    }
  }
  return shared > 0 && (d.d === undefined || s.d !== undefined);
}

/** Initials of a multi-word name ("Narodowy Fundusz Zdrowia" → "nfz", "United States" → "us"); '' when one word. */
function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter(w => /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return foldWord(words.map(w => w[0]).join(''));
}
