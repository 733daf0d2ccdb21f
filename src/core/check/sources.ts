// The analysed sources, cached per file, with the lookups the checker, the rules and the extension need.
// Each source is analysed once (document + facts) and indexed:
//   - word forms and stems → sentences (for sentence alignment and "is this name anywhere in the sources?"),
//   - facts by kind, by normalised value and by entity lemma (across all sources, built lazily on first use).
// Re-analysis happens only when a file's text changes; the cross-source maps are rebuilt lazily after a change.
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../types';
import type { IndexedSource } from './rule';
import { analyzeDocument } from '../document';
import { extractFacts } from '../extract';
import { foldWord, stemOf, sameWord, nameKey, isEntity } from './wordkeys';
import { presenceOf } from './presence';

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

/** One analysed source with its word index. Implements the rules' `IndexedSource`. */
export class IndexedSourceEntry implements IndexedSource {
  readonly factsBySentence: Fact[][];
  /** folded word form → sorted sentence indices */
  private readonly forms = new Map<string, number[]>();
  /** stem → folded forms with that stem */
  private readonly stems = new Map<string, string[]>();
  private readonly stemCache = new Map<string, readonly number[]>();

  constructor(
    readonly file: string,
    readonly document: AnalyzedDocument,
    readonly facts: Fact[],
    /** The caller's version of the text (e.g. the editor's document version); informational. */
    public version: string | number | undefined,
  ) {
    // Lists start as array literals ([x]): a push onto an empty array reserves room for 17 elements, and most
    // lists here hold one or two (this index is most of the memory the sources take).
    this.factsBySentence = document.sentences.map(() => []);
    for (const f of facts) {
      if (f.sentenceIndex >= 0 && f.sentenceIndex < this.factsBySentence.length) {
        const l = this.factsBySentence[f.sentenceIndex];
        if (l.length) l.push(f); else this.factsBySentence[f.sentenceIndex] = [f];
      }
    }
    const folded = new Map<string, string>();
    for (const t of document.tokens) {
      if (t.type === 'punct') continue;
      let form = folded.get(t.norm);
      if (form === undefined) { form = foldWord(t.norm); folded.set(t.norm, form); }
      let list = this.forms.get(form);
      if (!list) {
        list = [t.sentence];
        this.forms.set(form, list);
        const stem = stemOf(form);
        const fs = this.stems.get(stem);
        if (fs) fs.push(form); else this.stems.set(stem, [form]);
      }
      if (list[list.length - 1] !== t.sentence) list.push(t.sentence);
    }
  }

  get text(): string { return this.document.text; }
  get language(): Lang { return this.document.language; }

  /** Sentences (sorted indices) holding this exact word form (any case, diacritics ignored). */
  sentencesWithForm(form: string): readonly number[] {
    return this.forms.get(foldWord(form)) ?? EMPTY;
  }

  /** Folded word forms of this source that share the stem. */
  formsWithStem(stem: string): readonly string[] {
    return this.stems.get(stem) ?? EMPTY as unknown as string[];
  }

  /** Sentences (sorted indices) holding a word with this stem (see `stemOf`). */
  sentencesWithStem(stem: string): readonly number[] {
    const cached = this.stemCache.get(stem);
    if (cached) return cached;
    const forms = this.stems.get(stem);
    if (!forms) return EMPTY;
    let out: readonly number[];
    if (forms.length === 1) out = this.forms.get(forms[0])!;
    else {
      const set = new Set<number>();
      for (const f of forms) for (const s of this.forms.get(f)!) set.add(s);
      out = [...set].sort((a, b) => a - b);
    }
    this.stemCache.set(stem, out);
    return out;
  }

  /** Sentences (sorted) holding an inflected form of `word` (see `sameWord`). */
  sentencesWithWord(word: string): readonly number[] {
    const folded = foldWord(word);
    const forms = this.stems.get(stemOf(folded));
    if (!forms) return EMPTY;
    const hits = forms.filter(f => sameWord(f, folded));
    if (!hits.length) return EMPTY;
    if (hits.length === 1) return this.forms.get(hits[0])!;
    const set = new Set<number>();
    for (const f of hits) for (const s of this.forms.get(f)!) set.add(s);
    return [...set].sort((a, b) => a - b);
  }

  /** True when the source contains `word` in some inflected form. */
  hasWord(word: string): boolean {
    const folded = foldWord(word);
    const forms = this.stems.get(stemOf(folded));
    return !!forms && forms.some(f => sameWord(f, folded));
  }

  /** The distinct folded word forms of this source. */
  wordForms(): IterableIterator<string> { return this.forms.keys(); }

  /** Number of distinct word forms (for statistics). */
  get vocabularySize(): number { return this.forms.size; }

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
