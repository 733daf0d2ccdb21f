// Phrase tables for the quote and demand extractors: brace expansion ("powiedzia{ł,ła}") and matching of
// multi-word phrases against token sequences. Built once per table.
import type { AnalyzedDocument, Fact, Lang, Span, Token } from '../types';
import { BoundedCache } from '../memo';

/** "powiedzia{ł,ła}" → ["powiedział", "powiedziała"]; several groups multiply out. */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1].split(',').flatMap(alt => expandBraces(head + alt + tail));
}

const WORDS_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function phraseWords(phrase: string): string[] {
  return (phrase.toLowerCase().normalize('NFC').match(WORDS_RE) ?? []);
}

/** A set of phrases, matched on token norms (longest match first). */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(patterns: readonly string[]) {
    for (const p of patterns) {
      for (const phrase of expandBraces(p)) {
        const words = phraseWords(phrase);
        if (!words.length) continue;
        const list = this.byFirst.get(words[0]) ?? [];
        list.push(words);
        this.byFirst.set(words[0], list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens of the longest phrase starting at tokens[i] (below `end`), 0 when none. */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): number {
    const list = this.byFirst.get(tokens[i].norm);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > end) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].norm === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  has(word: string): boolean { return this.byFirst.get(word)?.some(w => w.length === 1) ?? false; }
}

/** Per-language lazily built tables. */
export function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return lang => {
    let v = cache.get(lang);
    if (v === undefined) { v = build(lang); cache.set(lang, v); }
    return v;
  };
}

/** Index of the first token whose start is >= offset (tokens.length when none). */
export function tokenAtOrAfter(doc: AnalyzedDocument, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Entity facts (person / organization / place) sorted by start, with a range query. */
export class EntityIndex {
  readonly list: Fact[];
  constructor(entities: readonly Fact[]) {
    this.list = entities.filter(f => f.kind === 'person' || f.kind === 'organization' || f.kind === 'place')
      .slice().sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Entities lying inside [start, end), outside every span of `exclude`. */
  within(start: number, end: number, exclude: readonly Span[] = []): Fact[] {
    const out: Fact[] = [];
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < start) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < this.list.length && this.list[i].start < end; i++) {
      const f = this.list[i];
      if (f.end > end) continue;
      if (exclude.some(x => f.start < x.end && x.start < f.end)) continue;
      out.push(f);
    }
    return out;
  }

  /** Entities that end at or before `offset`, nearest first. */
  *before(offset: number): Generator<Fact> {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < offset) lo = mid + 1; else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) if (this.list[i].end <= offset) yield this.list[i];
  }
}

export const entityName = (f: Fact): string => f.canonical || f.lemma || f.value || f.text;

/** A crude word stem for comparing inflected forms ("rzecznika" ~ "rzecznik"). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return w.length <= 4 ? w : w.slice(0, Math.max(4, w.length - 2));
}

const stemCache = new BoundedCache<string, string[]>(10000);
const LETTER = /\p{L}/u;

function stemsOf(s: string): string[] {
  let v = stemCache.get(s);
  if (!v) {
    v = phraseWords(s).filter(w => LETTER.test(w)).map(stem);
    stemCache.set(s, v);
  }
  return v;
}

export function sameStems(a: string, b: string): boolean {
  const wa = stemsOf(a);
  const wb = stemsOf(b);
  if (!wa.length || !wb.length) return false;
  const eq = (x: string, y: string) => x === y || x.startsWith(y) || y.startsWith(x);
  // One role is a contiguous part of the other ("prawnik" ~ "jej prawnik", "rzecznika Kremla" ~ "rzecznik Kremla").
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  for (let k = 0; k + short.length <= long.length; k++) {
    if (short.every((w, i) => eq(w, long[k + i]))) return true;
  }
  return false;
}

/** True when a mention is an inflected form of its base form ("Asi Bibi" / "Asia Bibi"); false when unknown. */
export function isInflected(f: Fact): boolean {
  if (!f.lemma) return false;
  const a = f.text.toLowerCase().split(/\s+/);
  const b = f.lemma.toLowerCase().split(/\s+/);
  return a.length === b.length && a.some((w, i) => w !== b[i]);
}
