// Finding a draft's quoted words in the sources: word stems in order (inflection-tolerant: „kontynuowaniu
// dyskusji” finds „kontynuowanie dyskusji”), small gaps allowed, through a per-document stem index.
import type { AnalyzedDocument, Fact, Span } from '../types';
import type { IndexedSource } from './rule';
import { stem, isContentWord } from './stem';
import { pushIndex } from '../memo';

interface WordIndex {
  /** Stem of each word token, in order. */
  stems: string[];
  /** Document token index of each word. */
  tok: number[];
  positions: Map<string, number[]>;
}

const WIDX = new WeakMap<AnalyzedDocument, WordIndex>();

function wordIndex(doc: AnalyzedDocument): WordIndex {
  let w = WIDX.get(doc);
  if (w) return w;
  w = { stems: [], tok: [], positions: new Map() };
  doc.tokens.forEach((t, i) => {
    if (t.type === 'punct') return;
    const s = stem(t.norm, doc.language);
    pushIndex(w!.positions, s, w!.stems.length);
    w!.stems.push(s);
    w!.tok.push(i);
  });
  WIDX.set(doc, w);
  return w;
}

export interface QuoteWords {
  stems: string[];
  content: string[];
}

/** The words of a quoted span (stems, and the stems of its content words). */
export function quoteWords(doc: AnalyzedDocument, span: Span): QuoteWords {
  const stems: string[] = [];
  const content: string[] = [];
  for (const t of doc.tokens) {
    if (t.end <= span.start) continue;
    if (t.start >= span.end) break;
    if (t.type === 'punct') continue;
    if (t.type === 'word' && t.norm.length < 2) continue;
    const s = stem(t.norm, doc.language);
    stems.push(s);
    if (t.type === 'num' || isContentWord(t, doc.language)) content.push(s);
  }
  return { stems, content };
}

export interface QuoteHit {
  source: number;
  sentence: number;
  start: number;
  end: number;
}

const MAX_GAP = 3;

/** Where the sources say these words (in this order, small gaps allowed), or null. */
export function findQuote(words: string[], sources: IndexedSource[], lang: string): QuoteHit | null {
  if (!words.length) return null;
  const allowedMisses = words.length <= 6 ? 0 : Math.floor(words.length / 8);
  for (let s = 0; s < sources.length; s++) {
    const doc = sources[s].document;
    if (doc.language !== lang) continue;
    const idx = wordIndex(doc);
    // Anchor on the rarest word of the quote.
    let k = -1;
    let best = Infinity;
    for (let i = 0; i < words.length; i++) {
      const n = idx.positions.get(words[i])?.length ?? 0;
      if (n > 0 && n < best) { best = n; k = i; }
    }
    if (k < 0) continue;
    for (const p of idx.positions.get(words[k]) as number[]) {
      let misses = 0;
      // Backwards from the anchor.
      let pos = p;
      let first = p;
      for (let i = k - 1; i >= 0 && misses <= allowedMisses; i--) {
        let found = -1;
        for (let q = pos - 1; q >= Math.max(0, pos - 1 - MAX_GAP); q--) if (idx.stems[q] === words[i]) { found = q; break; }
        if (found < 0) misses++; else { pos = found; first = found; }
      }
      pos = p;
      let last = p;
      for (let i = k + 1; i < words.length && misses <= allowedMisses; i++) {
        let found = -1;
        for (let q = pos + 1; q <= Math.min(idx.stems.length - 1, pos + 1 + MAX_GAP); q++) if (idx.stems[q] === words[i]) { found = q; break; }
        if (found < 0) misses++; else { pos = found; last = found; }
      }
      if (misses <= allowedMisses) {
        const a = doc.tokens[idx.tok[first]];
        const b = doc.tokens[idx.tok[last]];
        return { source: s, sentence: a.sentence, start: a.start, end: b.end };
      }
    }
  }
  return null;
}

/** Quoted spans of a draft sentence: the quote facts, or quotation marks when the extractor gave none. */
export function quotedSpans(doc: AnalyzedDocument, si: number, facts: Fact[]): Array<Span & { fact?: Fact }> {
  const qs = facts.filter(f => f.kind === 'quote');
  if (qs.length) return qs.map(f => ({ start: f.start, end: f.end, fact: f }));
  const s = doc.sentences[si];
  const out: Array<Span & { fact?: Fact }> = [];
  const text = doc.prose.slice(s.start, s.end);
  const re = /„([^”"]{1,400})[”"]|“([^”]{1,400})”|"([^"]{1,400})"|«([^»]{1,400})»|»([^«]{1,400})«/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}
