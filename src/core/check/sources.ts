// The analysed sources, cached per file, with the lookups the checker, the rules and the extension need.
// Each source is analysed once (document + facts) and indexed:
//   - word forms and stems → sentences (for sentence alignment and "is this name anywhere in the sources?"),
//   - facts by kind, by normalised value and by entity lemma (across all sources, built lazily on first use).
// Re-analysis happens only when a file's text changes; the cross-source maps are rebuilt lazily after a change.
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../types';
import type { IndexedSource } from './rule';
import { analyzeDocument } from '../document';
import { extractFacts } from '../extract';
import { foldWord, stemOf, sameWord, nameKey, isEntity, STEM_LENGTH } from './wordkeys';
import { presenceOf } from './presence';
import { singleton } from '../memo';

export { foldWord, stemOf, sameWord, nameKey, isEntity, STEM_LENGTH } from './wordkeys';

/** A fact of some source. */
export interface SourceFactRef {
  source: IndexedSourceEntry;
  fact: Fact;
}

/** A sentence of some source. */
export interface SourceSentenceRef {
  source: IndexedSourceEntry;
  sentence: number;
}

const EMPTY: readonly number[] = Object.freeze([]);
const NO_FORMS: readonly string[] = Object.freeze([]);


const isDigit = (s: string) => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

/**
 * One analysed source with its word index. Implements the rules' `IndexedSource`.
 *
 * Memory layout of the word index (most of what a source costs once analysed): the distinct folded word forms in
 * order of first occurrence, a permutation sorting them, and each form's sentence indices packed in one typed array
 * (no Map, no array per form). Exact forms are found by binary search; the forms with one stem (its first
 * STEM_LENGTH letters, see `stemOf`) are a contiguous run of the sorted forms.
 */
export class IndexedSourceEntry implements IndexedSource {
  readonly factsBySentence: Fact[][];
  /** distinct folded word forms, in order of first occurrence */
  private readonly formList: string[];
  /** indices into formList, sorted by form */
  private readonly sorted: Uint32Array;
  /** sentences of form i: post[postStart[i] .. postStart[i + 1]) (ascending) */
  private readonly postStart: Uint32Array;
  private readonly post: Uint32Array;
  private readonly stemCache = new Map<string, readonly number[]>();

  constructor(
    readonly file: string,
    readonly document: AnalyzedDocument,
    readonly facts: Fact[],
    /** The caller's version of the text (e.g. the editor's document version); informational. */
    public version: string | number | undefined,
  ) {
    // Lists start as array literals ([x]): a push onto an empty array reserves room for 17 elements.
    this.factsBySentence = document.sentences.map(() => []);
    for (const f of facts) {
      if (f.sentenceIndex >= 0 && f.sentenceIndex < this.factsBySentence.length) {
        const l = this.factsBySentence[f.sentenceIndex];
        if (l.length) l.push(f); else this.factsBySentence[f.sentenceIndex] = [f];
      }
    }
    // Build with temporary maps and lists, keep the packed form.
    const folded = new Map<string, number>(); // token norm → form id
    const ids = new Map<string, number>(); // folded form → form id
    const forms: string[] = [];
    const lists: number[][] = [];
    let total = 0;
    for (const t of document.tokens) {
      if (t.type === 'punct') continue;
      let id = folded.get(t.norm);
      if (id === undefined) {
        const form = foldWord(t.norm);
        id = ids.get(form);
        folded.set(t.norm, id ?? forms.length);
        if (id === undefined) { ids.set(form, forms.length); forms.push(form); lists.push([t.sentence]); total++; continue; }
      }
      const list = lists[id];
      if (list[list.length - 1] !== t.sentence) { list.push(t.sentence); total++; }
    }
    this.formList = forms;
    this.sorted = Uint32Array.from(forms.keys()).sort((a, b) => (forms[a] < forms[b] ? -1 : forms[a] > forms[b] ? 1 : 0));
    this.postStart = new Uint32Array(forms.length + 1);
    this.post = new Uint32Array(total);
    let k = 0;
    for (let i = 0; i < lists.length; i++) {
      this.postStart[i] = k;
      for (const s of lists[i]) this.post[k++] = s;
    }
    this.postStart[lists.length] = k;
  }

  /** Position in `sorted` of the first form >= key. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.formList[this.sorted[mid]] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Id of a folded form, -1 when the source does not have it. */
  private formId(form: string): number {
    const i = this.lowerBound(form);
    return i < this.sorted.length && this.formList[this.sorted[i]] === form ? this.sorted[i] : -1;
  }

  /** Ids of the forms whose stem is `stem` (sorted by form). */
  private stemIds(stem: string): number[] {
    // Numbers and words shorter than STEM_LENGTH are their own stem; other stems are the first STEM_LENGTH letters.
    if (stem.length < STEM_LENGTH || isDigit(stem)) { const id = this.formId(stem); return id < 0 ? [] : [id]; }
    if (stem.length > STEM_LENGTH) return [];
    const out: number[] = [];
    for (let i = this.lowerBound(stem); i < this.sorted.length; i++) {
      const id = this.sorted[i];
      if (!this.formList[id].startsWith(stem)) break;
      out.push(id);
    }
    return out;
  }

  /** Sentences of a form id (ascending). */
  private sentencesOf(id: number): readonly number[] {
    const a = this.postStart[id];
    const b = this.postStart[id + 1];
    if (b - a === 1) return singleton(this.post[a]);
    return Array.from(this.post.subarray(a, b));
  }

  private unionOf(ids: number[]): readonly number[] {
    if (!ids.length) return EMPTY;
    if (ids.length === 1) return this.sentencesOf(ids[0]);
    const set = new Set<number>();
    for (const id of ids) for (let k = this.postStart[id]; k < this.postStart[id + 1]; k++) set.add(this.post[k]);
    return [...set].sort((a, b) => a - b);
  }

  /** Sentences (sorted indices) holding this exact word form (any case, diacritics ignored). */
  sentencesWithForm(form: string): readonly number[] {
    const id = this.formId(foldWord(form));
    return id < 0 ? EMPTY : this.sentencesOf(id);
  }

  /** Folded word forms of this source that share the stem. */
  formsWithStem(stem: string): readonly string[] {
    const ids = this.stemIds(stem);
    return ids.length ? ids.sort((a, b) => a - b).map(id => this.formList[id]) : NO_FORMS;
  }

  /** Sentences (sorted indices) holding a word with this stem (see `stemOf`). */
  sentencesWithStem(stem: string): readonly number[] {
    const cached = this.stemCache.get(stem);
    if (cached) return cached;
    const ids = this.stemIds(stem);
    if (!ids.length) return EMPTY;
    const out = this.unionOf(ids);
    this.stemCache.set(stem, out);
    return out;
  }

  /** Sentences (sorted) holding an inflected form of `word` (see `sameWord`). */
  sentencesWithWord(word: string): readonly number[] {
    const folded = foldWord(word);
    return this.unionOf(this.stemIds(stemOf(folded)).filter(id => sameWord(this.formList[id], folded)));
  }

  /** True when the source contains `word` in some inflected form. */
  hasWord(word: string): boolean {
    const folded = foldWord(word);
    return this.stemIds(stemOf(folded)).some(id => sameWord(this.formList[id], folded));
  }

  /** The distinct folded word forms of this source (in order of first occurrence). */
  wordForms(): IterableIterator<string> { return this.formList.values(); }

  /** Number of distinct word forms (for statistics). */
  get vocabularySize(): number { return this.formList.length; }

  get text(): string { return this.document.text; }
  get language(): Lang { return this.document.language; }

  /** The sentence text as written in the file. */
  sentenceText(sentence: number): string {
    const s = this.document.sentences[sentence];
    return s ? this.document.text.slice(s.start, s.end) : '';
  }
}

export interface SourceIndexOptions {
  /** Force the language of every source (default: detected per file). */
  language?: Lang;
}

interface CrossMaps {
  byKind: Map<FactKind, SourceFactRef[]>;
  byValue: Map<string, SourceFactRef[]>;
  byLemma: Map<string, SourceFactRef[]>;
}

/** The analysed sources of a workspace or a CLI run. */
export class SourceIndex {
  private readonly entries = new Map<string, IndexedSourceEntry>();
  private listCache: IndexedSourceEntry[] | null = null;
  private cross: CrossMaps | null = null;
  // Cross-source indexes, kept up to date on every change (cost proportional to the changed source only).
  /** folded word form → sources holding it */
  private readonly formSources = new Map<string, IndexedSourceEntry[]>();
  /** stem → folded forms (of any source) with that stem */
  private readonly stemForms = new Map<string, Set<string>>();
  /** presence key (see presence.ts) → sources holding it */
  private readonly keySources = new Map<string, IndexedSourceEntry[]>();
  private numbersCache: number[] | null = null;
  /** Increases on every change (add, re-analysis, removal): cheap cache key for callers. */
  generation = 0;

  constructor(private readonly options: SourceIndexOptions = {}) {}

  /** Adds or refreshes a source. Re-analyses only when the text changed; returns the (possibly cached) entry. */
  update(file: string, text: string, version?: string | number): IndexedSourceEntry {
    const old = this.entries.get(file);
    if (old && old.document.text === text) {
      if (version !== undefined) old.version = version;
      return old;
    }
    const document = analyzeDocument(file, text, { language: this.options.language });
    const facts = extractFacts(document);
    return this.set(new IndexedSourceEntry(file, document, facts, version));
  }

  /** Adds an already analysed document (e.g. one the extension analysed for hover cards). */
  put(file: string, document: AnalyzedDocument, facts: Fact[], version?: string | number): IndexedSourceEntry {
    return this.set(new IndexedSourceEntry(file, document, facts, version));
  }

  /**
   * Adds an entry of another index as it is (shared: nothing is analysed or indexed again). A no-op when this
   * index already holds that very entry. For views over a subset of a workspace's sources.
   */
  adopt(entry: IndexedSourceEntry): IndexedSourceEntry {
    if (this.entries.get(entry.file) === entry) return entry;
    return this.set(entry);
  }

  private set(entry: IndexedSourceEntry): IndexedSourceEntry {
    const old = this.entries.get(entry.file);
    if (old) this.unlink(old);
    this.entries.set(entry.file, entry);
    this.link(entry);
    this.changed();
    return entry;
  }

  /** A new index over some of these sources (entries shared, nothing re-analysed). Unknown files are skipped. */
  subset(files: Iterable<string>): SourceIndex {
    const sub = new SourceIndex(this.options);
    for (const f of files) {
      const e = this.entries.get(f);
      if (e && !sub.entries.has(f)) { sub.entries.set(f, e); sub.link(e); }
    }
    return sub;
  }

  remove(file: string): boolean {
    const old = this.entries.get(file);
    if (!old) return false;
    this.entries.delete(file);
    this.unlink(old);
    this.changed();
    return true;
  }

  clear(): void {
    if (!this.entries.size) return;
    this.entries.clear();
    this.formSources.clear();
    this.stemForms.clear();
    this.keySources.clear();
    this.changed();
  }

  get(file: string): IndexedSourceEntry | undefined { return this.entries.get(file); }
  has(file: string): boolean { return this.entries.has(file); }
  get size(): number { return this.entries.size; }

  /** All sources, in the order they were first added (the array is reused until the next change). */
  list(): IndexedSourceEntry[] {
    return this.listCache ??= [...this.entries.values()];
  }

  private changed(): void {
    this.listCache = null;
    this.cross = null;
    this.numbersCache = null;
    this.generation++;
  }

  private link(e: IndexedSourceEntry): void {
    for (const form of e.wordForms()) {
      const l = this.formSources.get(form);
      if (l) l.push(e);
      else {
        this.formSources.set(form, [e]);
        const stem = stemOf(form);
        const fs = this.stemForms.get(stem);
        if (fs) fs.add(form); else this.stemForms.set(stem, new Set([form]));
      }
    }
    for (const k of presenceOf(e).keys) {
      const l = this.keySources.get(k);
      if (l) l.push(e); else this.keySources.set(k, [e]);
    }
  }

  private unlink(e: IndexedSourceEntry): void {
    for (const form of e.wordForms()) {
      const l = this.formSources.get(form);
      if (!l) continue;
      const i = l.indexOf(e);
      if (i >= 0) l.splice(i, 1);
      if (!l.length) {
        this.formSources.delete(form);
        const stem = stemOf(form);
        const fs = this.stemForms.get(stem);
        if (fs) { fs.delete(form); if (!fs.size) this.stemForms.delete(stem); }
      }
    }
    for (const k of presenceOf(e).keys) {
      const l = this.keySources.get(k);
      if (!l) continue;
      const i = l.indexOf(e);
      if (i >= 0) l.splice(i, 1);
      if (!l.length) this.keySources.delete(k);
    }
  }

  private maps(): CrossMaps {
    if (this.cross) return this.cross;
    const byKind = new Map<FactKind, SourceFactRef[]>();
    const byValue = new Map<string, SourceFactRef[]>();
    const byLemma = new Map<string, SourceFactRef[]>();
    const push = <K>(m: Map<K, SourceFactRef[]>, k: K, r: SourceFactRef) => {
      const l = m.get(k);
      if (l) l.push(r); else m.set(k, [r]);
    };
    for (const source of this.list()) {
      for (const fact of source.facts) {
        const r = { source, fact };
        push(byKind, fact.kind, r);
        push(byValue, fact.value, r);
        const keys = new Set<string>();
        for (const n of [fact.lemma, fact.canonical, isEntity(fact.kind) ? fact.value : undefined]) if (n) keys.add(nameKey(n));
        for (const k of keys) push(byLemma, k, r);
      }
    }
    return this.cross = { byKind, byValue, byLemma };
  }

  /** Every source fact of a kind. */
  factsOfKind(kind: FactKind): readonly SourceFactRef[] {
    return this.maps().byKind.get(kind) ?? [];
  }

  /** Source facts whose normalised `value` equals `value` (optionally of one kind). */
  factsWithValue(value: string, kind?: FactKind): readonly SourceFactRef[] {
    const all = this.maps().byValue.get(value) ?? [];
    return kind ? all.filter(r => r.fact.kind === kind) : all;
  }

  /** Entity facts (person/organization/place) whose lemma, canonical name or value is `name` (case and diacritics ignored). */
  factsWithLemma(name: string): readonly SourceFactRef[] {
    return this.maps().byLemma.get(nameKey(name)) ?? [];
  }

  /** Folded word forms (of any source) that are inflected forms of `word` (see `sameWord`). */
  formsOfWord(word: string): string[] {
    const folded = foldWord(word);
    const forms = this.stemForms.get(stemOf(folded));
    if (!forms) return [];
    const out: string[] = [];
    for (const f of forms) if (sameWord(f, folded)) out.push(f);
    return out;
  }

  /** Sources holding this exact (folded) word form. */
  sourcesWithForm(form: string): readonly IndexedSourceEntry[] {
    return this.formSources.get(foldWord(form)) ?? [];
  }

  /** Sources holding an inflected form of `word`. */
  sourcesWithWord(word: string): IndexedSourceEntry[] {
    const forms = this.formsOfWord(word);
    if (forms.length === 1) return [...this.formSources.get(forms[0])!];
    const set = new Set<IndexedSourceEntry>();
    for (const f of forms) for (const e of this.formSources.get(f)!) set.add(e);
    return [...set];
  }

  /** Every source sentence holding a word with this stem (see `stemOf`). */
  sentencesWithStem(stem: string): SourceSentenceRef[] {
    const out: SourceSentenceRef[] = [];
    const seen = new Set<IndexedSourceEntry>();
    for (const form of this.stemForms.get(stem) ?? []) {
      for (const source of this.formSources.get(form)!) {
        if (seen.has(source)) continue;
        seen.add(source);
        for (const sentence of source.sentencesWithStem(stem)) out.push({ source, sentence });
      }
    }
    return out;
  }

  /** Every source sentence holding an inflected form of `word` (see `sameWord`). */
  sentencesWithWord(word: string): SourceSentenceRef[] {
    const out: SourceSentenceRef[] = [];
    for (const source of this.sourcesWithWord(word)) for (const sentence of source.sentencesWithWord(word)) out.push({ source, sentence });
    return out;
  }

  /** Number of source sentences (all sources) holding a word with this stem: for IDF-style weights. */
  stemFrequency(stem: string): number {
    return this.sentencesWithStem(stem).length;
  }

  /** Total number of sentences in all sources. */
  sentenceCount(): number {
    let n = 0;
    for (const source of this.list()) n += source.document.sentences.length;
    return n;
  }

  /** Sources holding a presence key (see presence.ts). @internal */
  sourcesWithKey(key: string): readonly IndexedSourceEntry[] {
    return this.keySources.get(key) ?? [];
  }

  /** Every number of every source (facts and digit tokens), sorted. @internal */
  sortedNumbers(): readonly number[] {
    if (this.numbersCache) return this.numbersCache;
    const all: number[] = [];
    for (const e of this.list()) for (const n of presenceOf(e).numbers) all.push(n);
    return this.numbersCache = all.sort((a, b) => a - b);
  }
}
