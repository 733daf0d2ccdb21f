// "Does any source contain this?" for draft names, numbers, dates and times (the `not-in-sources` finding).
// Conservative by design: a fact counts as found when any source has it in any form — the same normalised value,
// an entity with the same lemma, an inflected form of the name, the same number written otherwise, a compatible
// date — or when its words simply occur together in one source sentence. A false "not found" is noise.
//
// Each source contributes a set of string keys (computed once per analysed source); the SourceIndex keeps
// key → sources across all sources up to date, so a test costs a few map lookups whatever the number of sources.
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../types';
import type { IndexedSourceEntry, SourceIndex } from './sources';
import { foldWord, isEntity, nameKey } from './wordkeys';
import { numberWord } from '../numerals';
import { isStopword } from './stem';
import { nameKey as aliasKey } from './rules/entities';
import enEntities from '../../../data/en/entities.json';
import plEntities from '../../../data/pl/entities.json';
import plPersonNames from '../../../data/pl/person-names.json';
import enTitles from '../../../data/en/titles.json';
import plTitles from '../../../data/pl/titles.json';

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

// ---------- names: aliases, demonyms, first names ----------

interface NameData {
  /** English demonym (folded) → country; Polish adjective stem (folded) → country. */
  demonyms: Map<string, string>;
  /** Polish place adjectives by their first four letters: [stem, country]. */
  plAdj: Map<string, Array<[string, string]>>;
  firstNames: Set<string>;
  /** Words of office and other capitalised non-names ("CEO", "Minister", "Prezydent"). */
  titles: Set<string>;
}
let nameData: NameData | undefined;
function names(): NameData {
  if (nameData) return nameData;
  const split = (x: string) => x.split(/[;\s]+/).filter(Boolean);
  const demonyms = new Map<string, string>();
  for (const pair of enEntities.demonymAdjectives.split(';')) {
    const [a, b] = pair.split(':');
    if (a && b) demonyms.set(foldWord(a), b);
  }
  const plAdj = new Map<string, Array<[string, string]>>();
  for (const pair of plEntities.placeAdjectives.split(';')) {
    const [a, b] = pair.split(':');
    if (!a || !b) continue;
    const f = foldWord(a);
    const l = plAdj.get(f.slice(0, 4)) ?? [];
    l.push([f, b]);
    plAdj.set(f.slice(0, 4), l);
  }
  const firstNames = new Set<string>([
    ...split(enEntities.firstNamesMale), ...split(enEntities.firstNamesFemale), ...split(plPersonNames.male), ...split(plPersonNames.female),
  ].map(foldWord));
  const titles = new Set<string>([
    ...enTitles.titles, ...plTitles.titles, ...enEntities.roles.split(';'), ...enEntities.titles.split(';'), ...plEntities.roles.split(';'),
    ...plEntities.honorifics.split(';'), ...plEntities.notAcronyms.split(';'),
  ].flatMap(t => t.split(/\s+/)).filter(Boolean).map(t => foldWord(t).replace(/\.$/, '')));
  return nameData = { demonyms, plAdj, firstNames, titles };
}

/** The country a demonym or place adjective stands for ("Chinese" → China, „chińskiego” → Chiny), or null. */
function demonymCountry(word: string, lang: Lang): string | null {
  const d = names();
  if (lang === 'en') return /^\p{Lu}/u.test(word) ? d.demonyms.get(foldWord(word).replace(/'s$/, '')) ?? null : null;
  const f = foldWord(word);
  for (const [stemW, country] of d.plAdj.get(f.slice(0, 4)) ?? []) if (f.startsWith(stemW) && f.length <= stemW.length + 4) return country;
  return null;
}

/** Presence keys of a name: the name itself, its alias group (U.K. = Britain = London), the country of a demonym. */
function nameKeys(name: string, lang: Lang, out: string[] = []): string[] {
  out.push(`a:${nameKey(name)}`);
  const g = aliasKey(name);
  if (g.startsWith('alias:')) out.push(`g:${g}`);
  if (!/\s/.test(name.trim())) {
    const c = demonymCountry(name, lang);
    if (c) {
      out.push(`a:${nameKey(c)}`);
      const cg = aliasKey(c);
      if (cg.startsWith('alias:')) out.push(`g:${cg}`);
    }
  }
  return out;
}

export interface SourcePresence {
  /** Distinct keys: v:<kind>\0<value>, n:<number>, m:<minutes>, t:<time>, a:<name>, c:<acronym>, d:…/w:… dates. */
  keys: string[];
  /** Every number of the source (facts, dates' years and days, digit tokens), for approximate matches. */
  numbers: number[];
}

/** "U.K.", "U.S.A.", "E.U.": capital letters each followed by a dot. */
const ABBREV_RE = /(?<![\p{L}.])(?:\p{Lu}\.){2,}/gu;

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
      for (const n of [f.lemma, f.canonical, f.value, f.text]) {
        if (!n) continue;
        for (const k of nameKeys(n, s.document.language)) keys.add(k);
        const acr = acronymOf(n);
        if (acr) keys.add(`c:${acr}`);
      }
    }
  }
  for (const k of dateKeys) keys.add(k);
  const lang = s.document.language;
  const text = s.document.text;
  for (const t of s.document.tokens) {
    if (t.type === 'num') for (const n of tokenNumbers(t.norm)) addNum(n);
    else if (t.type === 'word') {
      // Numbers written in words ("seven", "pięćdziesięciu") count even where no number fact was extracted.
      const w = numberWord(t.norm, lang);
      if (w && w.kind !== 'scale' && w.kind !== 'fraction') addNum(w.value);
      // Demonyms and place adjectives name their country ("Chinese officials" names China).
      const c = demonymCountry(t.text, lang);
      if (c) for (const k of nameKeys(c, lang)) keys.add(k);
    }
  }
  // Dotted abbreviations the tokenizer splits ("U.K.", "U.S."): their alias group.
  for (const m of text.matchAll(ABBREV_RE)) for (const k of nameKeys(m[0], lang)) if (k.startsWith('g:')) keys.add(k);
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
  has(fact: Fact, draftTokens: readonly string[], lang: Lang = 'en'): boolean {
    if (!PRESENCE_KINDS.has(fact.kind)) return true;
    // A name's value is its canonical form in the draft, which coreference may have taken from another name
    // ("John Smith" merged with "John Baker"): names are looked up by their own base form.
    const own = isEntity(fact.kind) ? fact.lemma || fact.value : fact.value;
    if (this.hasKey(`v:${fact.kind}\u0000${own}`)) return true;
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
        // The mention's own names: the draft's coreference may have merged two names ("John Baker" / "John Smith").
        for (const n of [own, fact.text]) if (n && nameKeys(n, lang).some(k => this.hasKey(k))) return true;
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

  /**
   * Every name word occurs in some source (inflected forms count); a person's first names may be left out
   * ("Joe Biden" for "Biden"), not the surname.
   */
  private nameWordsFound(fact: Fact): boolean {
    return this.wordsFound(fact.text, fact.kind === 'person');
  }

  private wordsFound(text: string, person: boolean): boolean {
    const d = names();
    const words = (text.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [])
      .map(w => w.replace(/['’]s$/, ''))
      .filter(w => !FUNCTION_WORDS.has(w.toLowerCase()) && !d.titles.has(foldWord(w)));
    const capital = words.filter(w => /^\p{Lu}/u.test(w) && w.length > 1);
    const sig = capital.length ? capital : words;
    if (!sig.length) return true;
    const has = (w: string) => this.hasWord(w) || (w.includes('-') && w.split('-').every(p => !p || this.hasWord(p)));
    if (!person) return sig.every(has);
    const rest = sig.filter(w => !d.firstNames.has(foldWord(w)));
    return (rest.length ? rest : sig.slice(-1)).every(has);
  }

  /** A capitalised name the extractors did not take as a fact (strict mode): its alias, acronym or words. */
  hasName(text: string, lang: Lang): boolean {
    if (nameKeys(text, lang).some(k => this.hasKey(k))) return true;
    const compact = text.replace(/\s/g, '');
    if (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(compact) && this.hasKey(`c:${foldWord(compact).replace(/\./g, '')}`)) return true;
    return this.wordsFound(text, false);
  }

  /** A number the extractors did not take as a fact (strict mode): the same value anywhere in a source. */
  hasNumber(values: readonly number[]): boolean {
    return values.some(v => this.hasKey(`n:${numKey(v)}`));
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

// ---------- strict mode: names and numbers the extractors did not take as facts ----------

export interface PresenceCandidate {
  kind: 'name' | 'number';
  start: number;
  end: number;
  text: string;
  /** Numeric readings (numbers only). */
  values: number[];
}

const OPENERS = /^["“„«»‘'(\[:–—-]$/;

/**
 * Capitalised names and numbers of a draft that no fact covers ("the Chilean embassy in Oslo", "recall 41 trucks",
 * "U.K. campaigners"), for the strict not-in-sources test. A capitalised word opening a sentence is a name only
 * inside a longer capitalised run ("Hubble Space Telescope"); title-case lines are skipped.
 */
export function presenceCandidates(doc: AnalyzedDocument, facts: readonly Fact[]): PresenceCandidate[] {
  const out: PresenceCandidate[] = [];
  const lang = doc.language;
  const d = names();
  const toks = doc.tokens;
  // Tokens inside a fact (other than a quote): the fact's own presence test covers them.
  const cov = new Uint8Array(toks.length);
  for (const f of facts) {
    if (f.kind === 'quote') continue;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= f.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < toks.length && toks[k].start < f.end; k++) cov[k] = 1;
  }
  for (const s of doc.sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (toks[i].type === 'word') { words++; if (/^\p{Lu}/u.test(toks[i].text)) caps++; }
    const titleCase = words >= 4 && caps / words >= 0.6;
    const prose = doc.prose.slice(s.start, s.end);
    // Dotted abbreviations first ("U.K."): the tokenizer splits them into letters.
    const taken: Array<[number, number]> = [];
    if (!titleCase) {
      for (const m of prose.matchAll(ABBREV_RE)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        taken.push([start, end]);
        let k = s.tokenStart;
        while (k < s.tokenEnd && toks[k].end <= start) k++;
        if (!cov[k]) out.push({ kind: 'name', start, end, text: m[0], values: [] });
      }
    }
    const isTaken = (i: number) => taken.some(([a, b]) => toks[i].start >= a && toks[i].end <= b);
    let firstWord = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i];
      if (t.type === 'num') {
        firstWord = false;
        if (isTaken(i) || cov[i]) continue;
        // Part of a name or code ("G7", "Kukiz'15", "COVID-19") or of a time/score ("10:30", "2-1").
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if ((prev && prev.end === t.start && prev.type !== 'punct') || (next && next.start === t.end && next.type === 'word')) continue;
        if (/:/.test(t.norm) || (prev && prev.end === t.start && /^[-–:/]$/.test(prev.text)) || (next && next.start === t.end && /^[-–:/]$/.test(next.text))) continue;
        const values = tokenNumbers(t.norm);
        if (values.length) out.push({ kind: 'number', start: t.start, end: t.end, text: t.text, values });
        continue;
      }
      if (t.type !== 'word') continue;
      const initial = firstWord || (i > s.tokenStart && toks[i - 1].type === 'punct' && OPENERS.test(toks[i - 1].text));
      firstWord = false;
      if (isTaken(i) || cov[i]) continue;
      if (!/^\p{Lu}/u.test(t.text)) {
        // Numbers in words ("executed six"); "one" is too often no number.
        const w = numberWord(t.norm, lang);
        if (w && w.kind === 'cardinal' && w.value >= 2 && !cov[i]) out.push({ kind: 'number', start: t.start, end: t.end, text: t.text, values: [w.value] });
        continue;
      }
      if (titleCase) continue;
      // A run of capitalised words separated by single spaces.
      let j = i;
      while (j + 1 < s.tokenEnd && toks[j + 1].type === 'word' && /^\p{Lu}/u.test(toks[j + 1].text) && toks[j + 1].start - toks[j].end === 1 && !isTaken(j + 1) && !cov[j + 1]) j++;
      let a = i;
      if (initial) {
        if (j === i) continue;
        if (!/^\p{Lu}/u.test(t.text.slice(1)) && FUNCTION_WORDS.has(t.norm)) a = i + 1;
      }
      // Skip a leading stop word ("The", "A") and words of office.
      while (a <= j && (isStopword(toks[a].norm, lang) || d.titles.has(foldWord(toks[a].text).replace(/['’]s$/, '')))) a++;
      let b = j;
      while (b >= a && (isStopword(toks[b].norm, lang) || d.titles.has(foldWord(toks[b].text).replace(/['’]s$/, '')))) b--;
      const start = a <= b ? toks[a].start : -1;
      const end = a <= b ? toks[b].end : -1;
      i = j;
      if (start < 0) continue;
      const text = doc.text.slice(start, end);
      if (text.replace(/['’]s$/, '').length < 2) continue;
      out.push({ kind: 'name', start, end, text, values: [] });
    }
  }
  return out;
}
