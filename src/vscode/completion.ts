// Completion of source facts while writing a draft: names (with the inflected form that fits the typed prefix),
// organisations (also by acronym), places, dates, times, durations, figures, quotes (in the draft language's
// quotation marks) and whole demand clauses. Fuzzy (fuse.js), so typos still find ("Peskow" → "Pieskow").
// The trigger character (default "@") lists every source fact.
import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { Fact, FactKind, Lang } from '../core/types';
import { SourceIndex } from '../core/check';
import { isEntity, sameWord, type IndexedSourceEntry } from '../core/check/sources';
import { detectLanguage } from '../core/language';
import { personNameForms } from '../core/morph/inflect';
import { lineStarts, positionAt } from '../core/document';
import { readSettings } from './config';
import type { DiagnosticsManager } from './diagnostics';
import type { SourceManager } from './sources';
import { uriOf } from './sources';
import { attr, factValue, kindLabel, md, quoteMarks, sentenceWithBold } from './present';

/** One thing that can be inserted: a fact in one surface form. */
export interface FactCandidate {
  kind: FactKind;
  /** What the list shows and what is inserted (quotes get quotation marks on insertion). */
  label: string;
  /** Other strings that find it (acronym, canonical name). */
  aliases: string[];
  /** The base form / canonical name (entities) or the normalised value. */
  detail: string;
  /** True for the base form of an entity (preferred when the typed prefix is not inflected). */
  base: boolean;
  /** A case form made by Polish grammar, not seen in the sources ("Pieskowowi"): offered in Polish drafts only. */
  generated?: boolean;
  fact: Fact;
  entry: IndexedSourceEntry;
}

const KIND_ORDER: FactKind[] = ['person', 'organization', 'place', 'date', 'time', 'duration', 'number', 'money', 'percent', 'quote', 'demand'];

const ITEM_KIND: Record<FactKind, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User, organization: vscode.CompletionItemKind.Module, place: vscode.CompletionItemKind.Folder,
  date: vscode.CompletionItemKind.Event, time: vscode.CompletionItemKind.Event, duration: vscode.CompletionItemKind.Event,
  number: vscode.CompletionItemKind.Value, money: vscode.CompletionItemKind.Value, percent: vscode.CompletionItemKind.Value,
  quote: vscode.CompletionItemKind.Text, demand: vscode.CompletionItemKind.Snippet,
};

/** What fuse.js searches: a candidate's label and aliases, lower-cased and without diacritics. */
interface SearchRecord { l: string; a: string[]; c: FactCandidate; /** position in the list */ i: number }

export interface Candidates {
  list: FactCandidate[];
  /**
   * The search records by the beginnings of their words (in list order): names, values and other short labels by
   * the first character ("1:k"), quotes and demands (long, many words) by the first two and three ("2:ko",
   * "3:kon"; "L1:k" for a single typed character).
   */
  buckets: Map<string, SearchRecord[]>;
  /** fuse.js over one bucket, built on first use. */
  fuse: Map<string, Fuse<SearchRecord>>;
}

const NON_DECOMPOSABLE: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ı: 'i', ß: 'ss' };
/**
 * Lower case without diacritics, as fuse.js's `ignoreDiacritics` folds text. Folded once per candidate here: with
 * `ignoreDiacritics` fuse.js folds every record again on every search (most of a query's time); the scores are
 * the same since both sides are folded the same way.
 */
export function searchFold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁđĐøØħĦŧŦıß]/g, ch => NON_DECOMPOSABLE[ch]);
}

/** Words (letters and digits). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Kinds with long labels, bucketed by two characters. */
const LONG = new Set<FactKind>(['quote', 'demand']);
/** At most this many fuzzy results per request (as many as fuse.js returned before). */
const LIMIT = 200;
const FUSE_OPTIONS = {
  keys: [{ name: 'l', weight: 3 }, { name: 'a', weight: 1 }],
  includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4, minMatchCharLength: 1,
};

const cache = new WeakMap<SourceIndex, Candidates & { generation: number }>();

/** Every insertable source fact of an index (cached until the index changes). */
export function candidates(index: SourceIndex): Candidates {
  const c = cache.get(index);
  if (c && c.generation === index.generation) return c;
  const list: FactCandidate[] = [];
  const seen = new Set<string>();
  const add = (cand: FactCandidate) => {
    const key = `${cand.kind}\u0000${cand.label.toLowerCase()}`;
    if (seen.has(key) || !cand.label.trim()) return;
    seen.add(key);
    list.push(cand);
  };
  for (const entry of index.list()) {
    for (const fact of entry.facts) {
      if (isEntity(fact.kind)) {
        const canonical = fact.canonical ?? fact.lemma ?? fact.value;
        const acronym = attr(fact, 'acronym');
        const aliases = [canonical, ...(acronym ? [acronym] : [])];
        add({ kind: fact.kind, label: canonical, aliases, detail: canonical, base: true, fact, entry });
        if (fact.lemma && fact.lemma !== canonical) add({ kind: fact.kind, label: fact.lemma, aliases, detail: canonical, base: true, fact, entry });
        // A person's surname alone ("Pieskow" for "Dmitrij Pieskow"): what a writer types after the first mention.
        const surname = fact.kind === 'person' ? canonical.split(/\s+/).pop() : undefined;
        if (surname && surname !== canonical && surname.length > 2) add({ kind: fact.kind, label: surname, aliases, detail: canonical, base: true, fact, entry });
        add({ kind: fact.kind, label: fact.text.replace(/\s+/g, ' '), aliases, detail: canonical, base: fact.text === fact.lemma, fact, entry });
        if (acronym) add({ kind: fact.kind, label: acronym, aliases: [canonical], detail: canonical, base: false, fact, entry });
        for (const form of inflectedForms(entry, fact)) add({ kind: fact.kind, label: form, aliases, detail: canonical, base: false, fact, entry });
        if (fact.kind === 'person') {
          // Every case of the name and of the surname alone, so "Pieskowowi" completes even when no source uses it.
          const gender = attr(fact, 'gender');
          const g = gender === 'm' || gender === 'f' ? gender : null;
          for (const name of surname && surname !== canonical ? [canonical, surname] : [canonical]) {
            for (const form of personNameForms(name, g)) add({ kind: fact.kind, label: form, aliases, detail: canonical, base: false, generated: true, fact, entry });
          }
        }
      } else {
        const label = fact.kind === 'quote' ? fact.value || fact.text : fact.text.replace(/\s+/g, ' ');
        add({ kind: fact.kind, label, aliases: fact.value && fact.value !== label ? [fact.value] : [], detail: factValue(fact), base: true, fact, entry });
      }
    }
  }
  list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label));
  // A writer types the beginning of a word: the candidates worth a fuzzy search are those with a word (of the
  // label or an alias) that begins as the typed word does: its first character for names and values (typos after
  // the first character are still found: "Zelinsky" → "Zieliński"), its first three for quotes and demands (long
  // texts: fuzzy search over them is what costs; their other words find them too). Fuzzy search over those
  // buckets only (a few hundred of thousands of candidates) keeps a request within a few milliseconds.
  const buckets = new Map<string, SearchRecord[]>();
  list.forEach((c, i) => {
    const r: SearchRecord = { l: searchFold(c.label), a: c.aliases.map(searchFold), c, i };
    const long = LONG.has(c.kind);
    const keys = new Set<string>();
    for (const text of [r.l, ...r.a]) {
      for (const m of text.matchAll(WORD)) {
        keys.add('1:' + m[0][0]);
        if (long && m[0].length >= 2) keys.add('2:' + m[0].slice(0, 2));
        if (long && m[0].length >= 3) keys.add('3:' + m[0].slice(0, 3));
      }
    }
    for (const k of keys) {
      if (long && k.startsWith('1:')) continue;
      const b = buckets.get(k);
      if (b) b.push(r); else buckets.set(k, [r]);
    }
    // A long label is also found by one typed character (after the trigger character, say).
    if (long) for (const k of keys) if (k.startsWith('1:')) { const kk = 'L' + k; const b = buckets.get(kk); if (b) b.push(r); else buckets.set(kk, [r]); }
  });
  const out = { generation: index.generation, list, buckets, fuse: new Map<string, Fuse<SearchRecord>>() };
  cache.set(index, out);
  return out;
}

/** Inflected forms of an entity's last word found anywhere in its source ("Zielińskiego", "Zielińskim"). */
function inflectedForms(entry: IndexedSourceEntry, fact: Fact): string[] {
  const base = fact.lemma ?? fact.canonical ?? fact.value;
  const last = base.split(/\s+/).pop() ?? '';
  if (last.length < 4 || !/^\p{Lu}/u.test(last)) return [];
  const forms = new Set<string>();
  for (const si of entry.sentencesWithWord(last)) {
    const s = entry.document.sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = entry.document.tokens[i];
      if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && t.text !== last && sameWord(t.text, last)) forms.add(t.text);
    }
  }
  return [...forms];
}

/** The text inserted for a candidate in a draft of this language. */
export function insertText(c: FactCandidate, lang: Lang): string {
  if (c.kind !== 'quote') return c.label;
  const [open, close] = quoteMarks(lang);
  return `${open}${c.label.replace(/^["„“”«»]+|["„“”«»]+$/g, '')}${close}`;
}

const lineCache = new WeakMap<object, number[]>();
/** Markdown documentation: kind, value, the source sentence with the fact in bold, file and line. */
export function documentation(c: FactCandidate): vscode.MarkdownString {
  const { fact, entry } = c;
  let starts = lineCache.get(entry.document);
  if (!starts) { starts = lineStarts(entry.text); lineCache.set(entry.document, starts); }
  const value = factValue(fact);
  const m = new vscode.MarkdownString();
  m.appendMarkdown(`**${kindLabel(fact.kind)}** · ${md(c.detail || fact.text)}${value && value !== c.detail ? ` · \`${value.replace(/`/g, '')}\`` : ''}\n\n`);
  const role = attr(fact, 'role');
  if (role) m.appendMarkdown(`${vscode.l10n.t('Role')}: ${md(role)}\n\n`);
  const speaker = attr(fact, 'speaker');
  if (speaker) m.appendMarkdown(`${vscode.l10n.t('Speaker')}: ${md(speaker)}\n\n`);
  m.appendMarkdown(`> ${sentenceWithBold(entry.text, fact.sentence, fact.start, fact.end)}\n\n`);
  m.appendMarkdown(`${md(vscode.workspace.asRelativePath(uriOf(entry.file)))}:${positionAt(starts, fact.start).line + 1}`);
  return m;
}

function search(all: Candidates, key: string, pattern: string): Array<{ item: SearchRecord; score?: number }> {
  let f = all.fuse.get(key);
  if (!f) {
    const bucket = all.buckets.get(key);
    if (!bucket) return [];
    f = new Fuse(bucket, FUSE_OPTIONS);
    all.fuse.set(key, f);
  }
  return f.search(pattern, { limit: LIMIT });
}
/**
 * fuse.js results for a typed prefix over the buckets it can match in, merged in fuse.js's order (score, then
 * list position), at most LIMIT.
 */
function fuzzy(all: Candidates, prefix: string): Array<{ item: SearchRecord; score?: number }> {
  const folded = searchFold(prefix);
  const word = folded.match(/[\p{L}\p{N}]+/u)?.[0];
  if (!word) return [];
  const short = search(all, '1:' + word[0], folded);
  const long = search(all, word.length >= 3 ? '3:' + word.slice(0, 3) : word.length === 2 ? '2:' + word : 'L1:' + word[0], folded);
  if (!long.length) return short;
  return [...short, ...long].sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.i - b.item.i).slice(0, LIMIT);
}

/** Ranks candidates for a typed prefix: fuzzy score, then forms that start with the prefix, base forms first. */
export function rank(all: Candidates, prefix: string): FactCandidate[] {
  if (!prefix) return all.list;
  const p = prefix.toLocaleLowerCase();
  const startsWith = (c: FactCandidate) => c.label.toLocaleLowerCase().startsWith(p) || c.aliases.some(a => a.toLocaleLowerCase().startsWith(p));
  // Short prefixes must match almost exactly; longer ones may hold a typo or two ("Peskow", "Zelinsky").
  const maxScore = p.length <= 3 ? 0.05 : p.length <= 5 ? 0.2 : 0.3;
  return fuzzy(all, prefix)
    .map(r => ({ c: r.item.c, score: r.score ?? 1, starts: startsWith(r.item.c) }))
    .filter(r => r.starts || r.score <= maxScore)
    .sort((a, b) => Number(b.starts) - Number(a.starts)
      || (a.starts && b.starts ? Number(b.c.label.toLocaleLowerCase().startsWith(p)) - Number(a.c.label.toLocaleLowerCase().startsWith(p)) : 0)
      || (a.starts && b.starts ? Number(b.c.base) - Number(a.c.base) : 0)
      || a.score - b.score
      || a.c.label.length - b.c.label.length)
    .map(r => r.c);
}

/** Items whose documentation is built with the list; the others' on resolveCompletionItem. */
export const EAGER_DOCS = 5;

const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}'’\-.,:]*$/u;

export class GroundedCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly sources: SourceManager, private readonly diagnostics: DiagnosticsManager) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionList | undefined> {
    const settings = readSettings(doc.uri);
    if (!settings.completionEnabled || !this.diagnostics.isDraft(doc, settings)) return undefined;
    const before = doc.lineAt(pos.line).text.slice(0, pos.character);
    const prefix = (WORD_BEFORE.exec(before)?.[0] ?? '').replace(/[.,:]+$/, '');
    const start = pos.character - (WORD_BEFORE.exec(before)?.[0].length ?? 0);
    const trigger = settings.completionTrigger;
    const triggered = !!trigger && before.slice(0, start).endsWith(trigger);
    if (!triggered && prefix.length < 2) return undefined;
    await this.sources.ready;
    if (token.isCancellationRequested) return undefined;
    const index = this.sources.indexFor(this.sources.resolve(doc).files);
    if (!index.size) return undefined;
    const lang = this.diagnostics.state(doc.uri)?.result?.document.language ?? detectLanguage(doc.getText());
    const range = new vscode.Range(pos.line, triggered ? start - trigger.length : start, pos.line, pos.character);
    const typed = doc.getText(range);
    const ranked = rank(candidates(index), prefix).filter(c => lang === 'pl' || !c.generated).slice(0, 100);
    const items = ranked.map((c, i) => {
      const item = new vscode.CompletionItem({ label: c.label, description: kindLabel(c.kind), detail: c.detail && c.detail !== c.label ? ` ${c.detail}` : undefined }, ITEM_KIND[c.kind]);
      item.insertText = insertText(c, lang);
      item.range = range;
      item.filterText = typed; // our fuzzy ranking decides; VS Code's own filter must not drop typo matches
      item.sortText = String(i).padStart(4, '0');
      // The documentation (source sentence, file and line) of the first items comes with the list (VS Code shows
      // the first one's at once); the others' is built when VS Code shows them (resolveCompletionItem).
      if (i < EAGER_DOCS) item.documentation = documentation(c);
      else this.pending.set(item, c);
      return item;
    });
    return new vscode.CompletionList(items, true);
  }

  /** Items of the last requests waiting for their documentation (weak: VS Code drops the items it no longer shows). */
  private readonly pending = new WeakMap<vscode.CompletionItem, FactCandidate>();

  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    const c = this.pending.get(item);
    if (c && !item.documentation) item.documentation = documentation(c);
    return item;
  }
}

export function registerCompletion(selector: vscode.DocumentSelector, sources: SourceManager, diagnostics: DiagnosticsManager, trigger: string): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(selector, new GroundedCompletion(sources, diagnostics), ...(trigger ? [trigger] : []));
}
