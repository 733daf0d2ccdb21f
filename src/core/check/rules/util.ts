// Shared machinery of the rules: which source sentences a draft sentence is compared with, the words around a
// fact (its "slot"), pairing draft facts with their source counterparts, and building findings.
import type { AnalyzedDocument, Fact, FactKind, Lang, Severity, Span, Token } from '../../types';
import type { AlignedSentence, IndexedSource, Message, RawFinding, RuleContext } from '../rule';
import { isContentWord, stem } from '../stem';

/** Alignments weaker than this are not used to claim a contradiction. */
export const MIN_RULE_SCORE = 0.4;
/** Only sentences this close to the best alignment are taken as the counterpart statement. */
const TOP_FRACTION = 0.85;

export interface Aligned extends AlignedSentence {
  src: IndexedSource;
}

/** The aligned source sentences of draft sentence `di` good enough to judge by, best first. */
export function alignedOf(ctx: RuleContext, di: number, minScore = MIN_RULE_SCORE): Aligned[] {
  const list = ctx.alignment[di] ?? [];
  const out: Aligned[] = [];
  for (const a of list) {
    const src = ctx.sources[a.source];
    if (src && a.score >= (ctx.strict ? minScore * 0.85 : minScore)) out.push({ ...a, src });
  }
  return out;
}

/** The counterpart statements: the best aligned sentences (within TOP_FRACTION of the best). */
export function topAligned(al: Aligned[]): Aligned[] {
  if (!al.length) return [];
  const best = al[0].score;
  return al.filter(a => a.score >= best * TOP_FRACTION);
}

export function factsIn(src: IndexedSource, si: number, kinds: ReadonlySet<FactKind>): Fact[] {
  return (src.factsBySentence[si] ?? []).filter(f => kinds.has(f.kind));
}

/** Index of the first token that ends after `offset`. */
export function tokenAt(doc: AnalyzedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Content stems (and numbers) of the `window` tokens either side of a span, inside its sentence. */
export function contextStems(doc: AnalyzedDocument, span: Span, window = 4, lang: Lang = doc.language): Set<string> {
  const out = new Set<string>();
  const first = tokenAt(doc, span.start);
  const si = doc.tokens[first]?.sentence;
  if (si === undefined) return out;
  const sent = doc.sentences[si];
  const take = (t: Token) => {
    if (t.type === 'num') out.add('#' + t.norm);
    else if (isContentWord(t, lang)) out.add(stem(t.norm, lang));
  };
  let n = 0;
  for (let i = first - 1; i >= sent.tokenStart && n < window; i--) {
    const t = doc.tokens[i];
    if (t.type !== 'punct') { take(t); n++; }
  }
  let last = first;
  while (last < sent.tokenEnd && doc.tokens[last].start < span.end) last++;
  n = 0;
  for (let i = last; i < sent.tokenEnd && n < window; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'punct') { take(t); n++; }
  }
  return out;
}

export function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface Conflict {
  draft: Fact;
  source: Fact;
  aligned: Aligned;
  /** How sure the pairing is: shared context words around both facts. */
  context: number;
}

export interface SlotSpec {
  kinds: ReadonlySet<FactKind>;
  /** The draft value agrees with this source fact (`near`: the fact is in the counterpart statement itself). */
  agree(d: Fact, s: Fact, near: boolean): boolean;
  /** The two facts give the same sort of value and can stand in the same slot. */
  comparable(d: Fact, s: Fact): boolean;
  /** Require shared context words even when the pairing is unambiguous (numbers: yes; dates, times: no). */
  needContext?: boolean;
  /** Extra agreement test over the values of the counterpart statement (sums, differences). */
  agreeMany?(d: Fact, near: Fact[]): boolean;
  /** Ranking bonus for a candidate counterpart (added to the shared-context count). */
  prefer?(d: Fact, s: Fact): number;
  /**
   * When the counterpart statements hold no value of the kind, the draft value may be compared with the values of
   * the sentences right around the best one ("Czwartkowa rozmowa…" before "Prezydent rozmawiał ze swojego domu"),
   * provided they all give the same value. Such a pairing has no shared context (a warning at most).
   */
  neighbours?(d: Fact): boolean;
}

/** `findConflicts` over every sentence of the draft, in order. */
export function draftConflicts(ctx: RuleContext, spec: SlotSpec, minScore = MIN_RULE_SCORE): Conflict[] {
  const out: Conflict[] = [];
  for (let di = 0; di < ctx.draft.sentences.length; di++) out.push(...findConflicts(ctx, di, spec, minScore));
  return out;
}

/**
 * Pairs the draft facts of sentence `di` with the source facts of its aligned statement and returns the pairs
 * whose values disagree. A draft value that agrees with any fact of the aligned sentences (or their neighbours)
 * is settled; the remaining draft values are paired with the remaining source values of the best aligned
 * sentence that stand in the same slot (same sort of value, shared words around them).
 */
export function findConflicts(ctx: RuleContext, di: number, spec: SlotSpec, minScore = MIN_RULE_SCORE): Conflict[] {
  const dFacts = (ctx.draftFactsBySentence[di] ?? []).filter(f => spec.kinds.has(f.kind));
  if (!dFacts.length) return [];
  const al = alignedOf(ctx, di, minScore);
  if (!al.length) return [];
  const top = topAligned(al);
  // Agreement pool: every aligned sentence and its neighbours.
  const pool: Fact[] = [];
  const seen = new Set<string>();
  for (const a of al) {
    for (let si = a.sentence - 1; si <= a.sentence + 1; si++) {
      const key = `${a.source}:${si}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pool.push(...factsIn(a.src, si, spec.kinds));
    }
  }
  const nearFacts: Fact[] = [];
  for (const a of top) nearFacts.push(...factsIn(a.src, a.sentence, spec.kinds));
  const near = new Set(nearFacts);
  const consumed = new Set<Fact>();
  const open: Fact[] = [];
  for (const d of dFacts) {
    const agreeing = pool.filter(s => spec.agree(d, s, near.has(s)));
    if (agreeing.length) { for (const s of agreeing) consumed.add(s); continue; }
    if (spec.agreeMany?.(d, nearFacts)) continue;
    open.push(d);
  }
  if (!open.length) return [];
  const out: Conflict[] = [];
  const used = new Set<Fact>();
  // Candidates: facts of the counterpart sentences that no draft value agrees with.
  const cands: Array<{ s: Fact; a: Aligned; ctx: Set<string> }> = [];
  for (const a of top) {
    for (const s of factsIn(a.src, a.sentence, spec.kinds)) {
      if (consumed.has(s)) continue;
      cands.push({ s, a, ctx: contextStems(a.src.document, s) });
    }
  }
  if (!cands.length) {
    const a = top[0];
    const near: Fact[] = [];
    if (spec.neighbours && !factsIn(a.src, a.sentence, spec.kinds).length) {
      for (const si of [a.sentence - 1, a.sentence + 1]) near.push(...factsIn(a.src, si, spec.kinds).filter(s => !consumed.has(s)));
    }
    for (const d of open) {
      if (!spec.neighbours?.(d)) continue;
      const comparable = near.filter(s => spec.comparable(d, s));
      if (!comparable.length || comparable.some(s => s.value !== comparable[0].value)) continue;
      const s = comparable[0];
      out.push({ draft: d, source: s, aligned: { ...a, sentence: s.sentenceIndex }, context: 0 });
    }
    return out;
  }
  for (const d of open) {
    const dctx = contextStems(ctx.draft, d);
    let best: { s: Fact; a: Aligned; n: number } | null = null;
    let tie = false;
    const comparable = cands.filter(c => !used.has(c.s) && spec.comparable(d, c.s));
    for (const c of comparable) {
      const n = overlapCount(dctx, c.ctx) + (spec.prefer?.(d, c.s) ?? 0);
      if (!best || n > best.n || (n === best.n && c.a.score > best.a.score)) { best = { s: c.s, a: c.a, n }; tie = false; }
      else if (n === best.n && c.a.score === best.a.score) tie = true;
    }
    if (!best) continue;
    if (tie) continue;
    // Several candidates and nothing around them in common: we cannot tell which one the draft restates.
    if (best.n === 0 && (spec.needContext || comparable.length > 1 || open.length > 1)) continue;
    used.add(best.s);
    out.push({ draft: d, source: best.s, aligned: best.a, context: best.n });
  }
  return out;
}

/** Severity of a value conflict: a well-aligned, well-anchored pair is a clear contradiction. */
export function conflictSeverity(c: Conflict): Severity {
  return c.aligned.score >= 0.5 && c.context >= 1 ? 'error' : 'warning';
}

/** The source fact's text, or a normalised rendering when the source is in another language. */
export function sourceDisplay(ctx: RuleContext, c: { source: Fact; aligned: Aligned }, format: (lang: Lang) => string): string {
  return c.aligned.src.document.language === ctx.language ? c.source.text.trim() : format(ctx.language);
}

export function makeFinding(code: string, c: Conflict, message: Message, extra: Partial<RawFinding> = {}): RawFinding {
  return {
    code,
    start: c.draft.start,
    end: c.draft.end,
    found: c.draft.text,
    expected: c.source.text,
    message,
    evidence: { source: c.aligned.source, sentence: c.aligned.sentence, start: c.source.start, end: c.source.end },
    ...extra,
  };
}

export const quoteText = (s: string, lang: Lang) => (lang === 'pl' ? `„${s}”` : `"${s}"`);
