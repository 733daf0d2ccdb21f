// Sentence alignment: which source sentences speak of the same thing as each draft sentence.
// Each sentence becomes a set of features (content-word stems, numbers, fact values, entity names); features are
// weighted by rarity over all source sentences (IDF). A draft sentence is scored against the source sentences
// that share at least one feature (found through an inverted index, never all pairs): the score mixes how much
// of the draft sentence the source sentence explains and how much of the source sentence the draft uses.
// Only confident alignments are kept: a wrong alignment would turn into a false alarm.
import type { AnalyzedDocument, Fact, Lang } from '../types';
import type { AlignedSentence, IndexedSource } from './rule';
import { fold, isContentWord, stem } from './stem';
import { pushIndex } from '../memo';

/** Features of the sentences of one document, and an inverted index feature → sentences. */
export interface DocIndex {
  feats: string[][];
  postings: Map<string, number[]>;
}

const NUMERIC_KINDS = new Set(['date', 'time', 'duration', 'number', 'money', 'percent']);
const ENTITY_KINDS = new Set(['person', 'organization', 'place']);
/** Fact kinds whose words are replaced by the fact's feature (amounts: only their digits). */
const WHOLE_KINDS = new Set(['time', 'duration', 'date', 'person', 'place']);
const AMOUNT_KINDS = new Set(['number', 'money', 'percent']);
/** Kinds of value whose presence is a feature of its own (`~time`). */
const SLOT_KINDS = new Set(['time', 'date', 'duration', 'money', 'percent']);

/** Normalised key of an entity fact (canonical name, diacritics-insensitive). */
export function entityKey(f: Fact): string {
  return fold(f.canonical || f.lemma || f.value).replace(/\s+/g, ' ').trim();
}

/** A person is met under the surname ("Biden" and "Joe Biden" are one feature). */
function surnameKey(f: Fact): string {
  const k = entityKey(f);
  const sp = k.lastIndexOf(' ');
  return sp < 0 ? k : k.slice(sp + 1);
}

/** The unique features of one sentence. */
export function sentenceFeatures(doc: AnalyzedDocument, si: number, facts: Fact[] | undefined, lang: Lang = doc.language): string[] {
  const s = doc.sentences[si];
  const out = new Set<string>();
  if (!s) return [];
  // The words of a value ("około godziny i kwadransa", "15½ hours") are one feature, the value itself: a changed
  // value counts against the alignment once, not once per word.
  // The same holds for a person's or a place's name; an amount keeps its counted noun ("3 głosy": "głos").
  const spans: Array<[number, number, boolean]> = [];
  for (const f of facts ?? []) if (WHOLE_KINDS.has(f.kind) || AMOUNT_KINDS.has(f.kind)) spans.push([f.start, f.end, WHOLE_KINDS.has(f.kind)]);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (spans.length && spans.some(([a, b, whole]) => t.start >= a && t.end <= b && (whole || t.type === 'num'))) continue;
    if (t.type === 'num') out.add('#' + t.norm.replace(/,/g, '.'));
    else if (isContentWord(t, lang)) out.add(stem(t.norm, lang));
  }
  for (const f of facts ?? []) {
    if (NUMERIC_KINDS.has(f.kind)) {
      out.add(`=${f.kind}:${f.value}`);
      // The sort of value, whatever it is: a sentence giving another time than the draft still speaks of a time.
      if (SLOT_KINDS.has(f.kind)) out.add(`~${f.kind}`);
    }
    else if (f.kind === 'person') out.add('@' + surnameKey(f));
    else if (ENTITY_KINDS.has(f.kind)) out.add('@' + entityKey(f));
  }
  return [...out];
}

const INDEX = new WeakMap<AnalyzedDocument, DocIndex>();

/** Builds (once per source document object) the sentence features and the inverted index. */
export function indexSource(src: IndexedSource): DocIndex {
  let idx = INDEX.get(src.document);
  if (idx) return idx;
  const feats: string[][] = [];
  const postings = new Map<string, number[]>();
  for (let si = 0; si < src.document.sentences.length; si++) {
    const fs = sentenceFeatures(src.document, si, src.factsBySentence[si]);
    feats.push(fs);
    for (const f of fs) {
      pushIndex(postings, f, si); // (most features occur in one sentence: shared one-element lists)
    }
  }
  idx = { feats, postings };
  INDEX.set(src.document, idx);
  return idx;
}

const SRC_CAP = 2;
const EXP_D = 0.7;
const ABSENT_FACTOR = 0.5;
/** Weight of the sort of a value (`~time`) against a word of the same rarity. */
const SLOT_FACTOR = 0.5;
/** Minimum score for an alignment to be kept. */
export const MIN_ALIGN_SCORE = 0.3;
/** Alignments weaker than this fraction of the best one for the sentence are dropped. */
const RELATIVE_CUT = 0.7;
const MAX_ALIGNED = 3;

export interface AlignOptions {
  minScore?: number;
  maxAligned?: number;
  relativeCut?: number;
}

/**
 * What alignment needs about a set of sources, built once per set (sources change rarely, drafts on every
 * keystroke): for each feature, the sources holding it with their postings (in source order) and its document
 * frequency; each source sentence's feature mass; the feature weights met so far.
 */
interface SetIndex {
  docs: AnalyzedDocument[];
  idx: DocIndex[];
  /** Total number of source sentences. */
  N: number;
  /** Global number of the first sentence of each source. */
  offset: number[];
  postings: Map<string, Array<{ s: number; p: number[] }>>;
  df: Map<string, number>;
  weights: Map<string, number>;
  /** Feature mass of each source sentence (by global number); NaN until computed. */
  mass: Float64Array;
  /** Scratch accumulators by global sentence number. */
  accW: Float64Array;
  accN: Int32Array;
  /** Feature sets of source sentences (by global number), built when first needed. */
  featSet: Array<Set<string> | undefined>;
}

let lastSet: SetIndex | null = null;

function setIndexFor(sources: IndexedSource[]): SetIndex {
  const c = lastSet;
  if (c && c.docs.length === sources.length && sources.every((x, i) => x.document === c.docs[i])) return c;
  const idx = sources.map(indexSource);
  const offset: number[] = [];
  let N = 0;
  for (const x of idx) { offset.push(N); N += x.feats.length; }
  const postings = new Map<string, Array<{ s: number; p: number[] }>>();
  const df = new Map<string, number>();
  idx.forEach((x, s) => {
    for (const [f, p] of x.postings) {
      const l = postings.get(f);
      if (l) l.push({ s, p }); else postings.set(f, [{ s, p }]);
      df.set(f, (df.get(f) ?? 0) + p.length);
    }
  });
  const set: SetIndex = {
    docs: sources.map(x => x.document), idx, N, offset, postings, df, weights: new Map(),
    mass: new Float64Array(N).fill(NaN), accW: new Float64Array(N), accN: new Int32Array(N), featSet: new Array(N),
  };
  lastSet = set;
  return set;
}

export function alignDraft(draft: AnalyzedDocument, draftFactsBySentence: Fact[][], sources: IndexedSource[], options: AlignOptions = {}): AlignedSentence[][] {
  const minScore = options.minScore ?? MIN_ALIGN_SCORE;
  const maxAligned = options.maxAligned ?? MAX_ALIGNED;
  // The source-set index (postings across sources, document frequencies, weights, sentence masses) is built
  // once per set of source documents and reused by every check of every draft against that set.
  const set = setIndexFor(sources);
  const { idx, N, offset, postings, weights, mass: massOf, accW, accN } = set;
  if (!N) return draft.sentences.map(() => []);
  const weight = (f: string): number => {
    let w = weights.get(f);
    if (w === undefined) {
      const d = set.df.get(f) ?? 0;
      // A feature no source sentence has is new information (or the changed value of a contradiction): it
      // counts against the alignment, but not as much as the rarest shared word counts for it.
      w = d ? Math.log(1 + N / d) : ABSENT_FACTOR * Math.log(1 + N);
      // Fact values and names say more about "the same statement" than a common word does.
      if (f[0] === '=' || f[0] === '@') w *= 1.5;
      else if (f[0] === '~') w *= SLOT_FACTOR;
      if (weights.size > 200000) weights.clear();
      weights.set(f, w);
    }
    return w;
  };
  const commonCut = Math.max(5, N * 0.25);
  const sourceMass = (s: number, si: number) => {
    const g = offset[s] + si;
    let m = massOf[g];
    if (Number.isNaN(m)) {
      m = 0;
      for (const f of idx[s].feats[si]) m += weight(f);
      massOf[g] = m;
    }
    return m;
  };
  const sourceOf = (g: number) => {
    let lo = 0;
    let hi = offset.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offset[mid] <= g) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const touched: number[] = [];
  const common: string[] = [];
  const commonW: number[] = [];
  return draft.sentences.map((_, di) => {
    const feats = sentenceFeatures(draft, di, draftFactsBySentence[di]);
    if (!feats.length) return [];
    let mass = 0;
    touched.length = 0;
    common.length = 0;
    commonW.length = 0;
    // Shared weight and count per source sentence, in typed arrays indexed by global sentence number; only the
    // sources that hold a feature are visited.
    for (const f of feats) {
      const w = weight(f);
      mass += w;
      const list = postings.get(f);
      if (!list) continue;
      let deferred = false;
      for (const { s, p } of list) {
        if (p.length > commonCut) {
          // A word many sentences share finds no candidates, but it still counts for the candidates the rarer
          // features found ("rozmowa" in a short source about one conversation).
          if (!deferred) { common.push(f); commonW.push(w); deferred = true; }
          continue;
        }
        const base = offset[s];
        for (const si of p) {
          const g = base + si;
          if (accN[g] === 0) touched.push(g);
          accW[g] += w;
          accN[g]++;
        }
      }
    }
    if (common.length) {
      for (const g of touched) {
        let fs = set.featSet[g];
        if (!fs) {
          const s = sourceOf(g);
          fs = set.featSet[g] = new Set(idx[s].feats[g - offset[s]]);
        }
        for (let k = 0; k < common.length; k++) {
          if (fs.has(common[k])) { accW[g] += commonW[k]; accN[g]++; }
        }
      }
    }
    const minShared = feats.length <= 2 ? 1 : 2;
    const out: AlignedSentence[] = [];
    for (const g of touched) {
      const n = accN[g];
      const sw = accW[g];
      accN[g] = 0;
      accW[g] = 0;
      if (n < minShared) continue;
      const s = sourceOf(g);
      const si = g - offset[s];
      const covD = sw / mass;
      // How much of the source sentence the draft uses; a long source sentence is not penalised beyond
      // twice the draft sentence's size (a draft sentence often renders one clause of a long one).
      const covS = sw / Math.max(sw, Math.min(sourceMass(s, si), SRC_CAP * mass));
      const score = Math.pow(covD, EXP_D) * Math.pow(covS, 1 - EXP_D);
      if (score >= minScore) out.push({ source: s, sentence: si, score: Math.min(1, score) });
    }
    out.sort((a, b) => b.score - a.score || a.source - b.source || a.sentence - b.sentence);
    const best = out[0]?.score ?? 0;
    const cut = options.relativeCut ?? RELATIVE_CUT;
    return out.filter(a => a.score >= best * cut).slice(0, maxAligned);
  });
}
