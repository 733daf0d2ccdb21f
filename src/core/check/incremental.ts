// Re-checking a draft while it is typed: only the paragraphs an edit touched are analysed and checked again; the
// results of the other paragraphs are kept (moved by the length the edit added or removed).
//
// A full check of a 5,000-word draft analyses every sentence again (the document model, every fact extractor,
// alignment, every rule): a keystroke changes one paragraph. `DraftChecker` remembers the last result per draft
// and, for a new text that differs from it inside body paragraphs, checks the edited paragraphs and the one after
// them (`AFTER`) and splices the result into the previous one.
//
// The spliced result is the full check's: findings, facts and fact matches (test/unit/incremental.test.ts checks
// it on random edits). Facts can depend on other paragraphs, and the quick check makes sure it saw what they
// depend on, or checks in full:
//   - the analysis also sees the paragraph before (`BEFORE`: a relative date's anchor, a quote's speaker named
//     earlier) and, after the text, the sentences that give the region's names their meaning elsewhere (the
//     fullest mention of a person whose surname the region may use, the definition of an acronym it uses);
//   - the sentences of the region the edit did not touch must come out with exactly their earlier facts: if not,
//     the region needed more context, or the edit reaches further (a speaker carried over): full check;
//   - the names of the edited sentences (people, organisations, places) and the capitalised words inside its
//     sentences must be the earlier ones: a name added, removed or changed can change full names, acronyms and
//     names resolved in other paragraphs: full check. Typing inside a name therefore checks in full; typing
//     anything else does not.
// Whenever splicing would be unsafe in other ways (no previous result, other sources or options, front matter
// touched, fenced code or HTML comments — suppression directives — in the text, an edit over half the text),
// `check()` runs a full check.
import type { AnalyzedDocument, Fact, Finding, Paragraph, Sentence, Token } from '../types';
import { frontMatterEnd, lineStarts } from '../document';
import type { FactMatch } from './rule';
import { checkDraft, checkPart, type CheckOptions, type CheckResult } from './index';
import { fold } from './stem';
import { SourceIndex } from './sources';

export interface DraftCheckResult extends CheckResult {
  /** 'incremental' when only the edited paragraphs were checked again, 'full' otherwise. */
  mode: 'full' | 'incremental';
}

interface State {
  text: string;
  result: CheckResult;
  sources: SourceIndex;
  generation: number;
  optionsKey: string;
}

/** Paragraph separators: a blank line and the whitespace around it (as the document model splits paragraphs). */
const SEPARATOR = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*/g;
const UNSAFE = /```|~~~|<!--/;
/** An edit covering more than this share of the text is checked in full. */
const MAX_INCREMENTAL_SHARE = 0.5;
const MAX_DRAFTS = 20;


function optionsKey(options: CheckOptions): string {
  return JSON.stringify(options, (k, v) => (k === 'rules' && Array.isArray(v) ? v.map((r: { code: string }) => r.code) : v));
}

/** Checks drafts, re-checking only the edited paragraphs of a draft it checked before. One per editor/session. */
export class DraftChecker {
  private readonly states = new Map<string, State>();

  /**
   * Check a draft. `full: true` forces a full check (the result then becomes the base of later quick checks).
   * Quick checks need a `SourceIndex` (its `generation` tells whether the sources changed).
   */
  check(draft: { file: string; text: string }, sources: SourceIndex | ReadonlyArray<{ file: string; text: string }>,
    options: CheckOptions = {}, full = false): DraftCheckResult {
    const key = optionsKey(options);
    const prev = this.states.get(draft.file);
    if (!full && prev && sources instanceof SourceIndex && prev.sources === sources && prev.generation === sources.generation
      && prev.optionsKey === key) {
      if (prev.text === draft.text) return { ...prev.result, mode: 'incremental' };
      const quick = spliceCheck(prev, draft, sources, options);
      if (quick) {
        this.remember(draft.file, { ...prev, text: draft.text, result: quick });
        return { ...quick, mode: 'incremental' };
      }
    }
    const result = checkDraft(draft, sources, options);
    if (sources instanceof SourceIndex) {
      this.remember(draft.file, { text: draft.text, result, sources, generation: sources.generation, optionsKey: key });
    }
    return { ...result, mode: 'full' };
  }

  /** Forget a draft (closed editor). */
  forget(file: string): void { this.states.delete(file); }

  clear(): void { this.states.clear(); }

  private remember(file: string, state: State): void {
    this.states.delete(file);
    this.states.set(file, state);
    if (this.states.size > MAX_DRAFTS) this.states.delete(this.states.keys().next().value as string);
  }
}

/**
 * Around an edit [from, to) of `text`, in whole paragraphs: the region checked again, [start, end) (the edited
 * paragraphs and AFTER more: what follows can depend on the edit, e.g. a quote's speaker named in the paragraph
 * before), and the text shown to the analysis with it, [visible, end) (BEFORE more paragraphs: what the region's
 * first paragraph takes from the text before it, e.g. the anchor of "two days later").
 */
function regionAround(text: string, from: number, to: number): { visible: number; start: number; end: number } {
  const seps: Array<[number, number]> = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) seps.push([m.index, m.index + m[0].length]);
  // Separators wholly before the edit (their end at or before `from`) and wholly after it (start at or after `to`).
  let before = -1;
  let after = seps.length;
  for (let i = 0; i < seps.length; i++) {
    if (seps[i][1] <= from) before = i;
    if (seps[i][0] >= to) { after = i; break; }
  }
  const v = before - BEFORE;
  const a = after + AFTER;
  return { visible: v >= 0 ? seps[v][1] : 0, start: before >= 0 ? seps[before][1] : 0, end: a < seps.length ? seps[a][0] : text.length };
}

/** Paragraphs of context before the edited ones (analysed, not checked) and after them (checked again). */
const BEFORE = 1;
const AFTER = 1;

const ENTITY = new Set(['person', 'organization', 'place']);
const factKey = (f: Fact, shift = 0) => `${f.kind}\u0000${f.start + shift}\u0000${f.end + shift}\u0000${f.value}\u0000${f.lemma ?? ''}\u0000${f.canonical ?? ''}\u0000${JSON.stringify(f.attributes)}`;
const capKeys = (s: string) => new Set((s.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map(w => fold(w).slice(0, 4)));

/**
 * Sentences outside the region that give the document's names their meaning (the entity extractor resolves
 * names over the whole document): the fullest mention of a person whose surname the region may name (its
 * canonical name), the definition of an acronym the region uses ("Rada Bezpieczeństwa Narodowego (NSC)").
 */
function contextSentences(D: AnalyzedDocument, facts: readonly Fact[], from: number, to: number, keys: Set<string>): string[] {
  const out = new Set<number>();
  const seen = new Set<string>();
  for (const f of facts) {
    if (f.start < to && f.end > from) continue;
    if (f.kind === 'person' && f.lemma && f.lemma === f.canonical && /\s/.test(f.lemma)) {
      const sur = fold(f.lemma.split(/\s+/).pop()!).slice(0, 4);
      if (keys.has(sur) && !seen.has(f.lemma)) { seen.add(f.lemma); out.add(f.sentenceIndex); }
    } else if (f.kind === 'organization' && typeof f.attributes.acronym === 'string' && f.text !== f.attributes.acronym) {
      if (keys.has(fold(f.attributes.acronym).slice(0, 4))) out.add(f.sentenceIndex);
    }
  }
  return [...out].sort((x, y) => x - y).map(i => D.text.slice(D.sentences[i].start, D.sentences[i].end).replace(/\s+/g, ' '));
}

/** The start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The capitalised words inside the sentences within [from, to) (not a sentence's first word), sorted. */
function capitalisedInside(doc: AnalyzedDocument, from: number, to: number): string {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    if (s.start < from || s.end > to) continue;
    let first = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.type !== 'word') continue;
      if (!first && /^\p{Lu}/u.test(t.text)) out.add(t.text);
      first = false;
    }
  }
  return [...out].sort().join(' ');
}

function spliceCheck(prev: State, draft: { file: string; text: string }, sources: SourceIndex, options: CheckOptions): CheckResult | null {
  const oldText = prev.text;
  const text = draft.text;
  if (UNSAFE.test(text) || UNSAFE.test(oldText)) return null;
  // The edit: common prefix and suffix.
  const min = Math.min(oldText.length, text.length);
  let p = 0;
  while (p < min && oldText.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q < min - p && oldText.charCodeAt(oldText.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  const fm = Math.max(frontMatterEnd(text), frontMatterEnd(oldText));
  const { visible, start, end } = regionAround(text, p, text.length - q);
  if (visible < fm || (end - start) > MAX_INCREMENTAL_SHARE * Math.max(text.length, 1)) return null;
  const delta = text.length - oldText.length;
  const oldEnd = end - delta;
  const old = prev.result;
  const D = old.document;

  // Analyse the region with the paragraphs before it and the sentences that define the names it uses (after the
  // text, so they are nobody's "previous paragraph"); the text before is left out (offsets and lines are moved
  // back afterwards). Align and check the region only.
  const keys = capKeys(text.slice(start, end));
  for (const k of capKeys(oldText.slice(start, oldEnd))) keys.add(k);
  const from = lineStart(text, visible);
  const context = contextSentences(D, old.facts, from, oldEnd, keys);
  const partText = text.slice(from, end) + (context.length ? '\n\n' + context.join('\n\n') + '\n' : '');
  const part0 = checkPart({ file: draft.file, text: partText }, sources, { ...options, language: D.language }, { start: start - from, end: end - from });
  const P0 = part0.document;
  const dLines = lineStarts(text.slice(0, from)).length - 1;
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + from, end: x.end + from });
  // The region's part of that result, at its place in the text.
  const inRegion = (x: { start: number; end: number }) => x.start >= start - from && x.end <= end - from;
  const pSents = P0.sentences.filter(inRegion);
  const pParas = P0.paragraphs.filter(inRegion);
  if (!pSents.length || !pParas.length) return null;
  const s0 = pSents[0].index;
  const p0 = pParas[0].index;
  const t0 = pSents[0].tokenStart;
  const t1 = pSents[pSents.length - 1].tokenEnd;
  const P: AnalyzedDocument = {
    ...P0,
    paragraphs: pParas.map(x => ({ ...move(x), index: x.index - p0 })),
    sentences: pSents.map(x => ({ ...move(x), index: x.index - s0, paragraph: x.paragraph - p0, tokenStart: x.tokenStart - t0, tokenEnd: x.tokenEnd - t0 })),
    tokens: P0.tokens.slice(t0, t1).map(t => ({ ...move(t), sentence: t.sentence - s0 })),
  };
  const regionFacts = part0.facts.filter(inRegion).map(f => ({ ...move(f), sentence: move(f.sentence) }));
  const partFacts = regionFacts.map(f => ({ ...f, sentenceIndex: f.sentenceIndex - s0 }));
  const toPart = new Map(part0.facts.filter(inRegion).map((f, i) => [f, partFacts[i]]));
  const part = {
    facts: partFacts,
    matches: part0.matches.filter(m => toPart.has(m.draftFact)).map(m => ({ ...m, draftFact: toPart.get(m.draftFact)! })),
    findings: part0.findings.filter(inRegion).map(f => ({
      ...move(f),
      range: { start: { ...f.range.start, line: f.range.start.line + dLines }, end: { ...f.range.end, line: f.range.end.line + dLines } },
    })),
    warnings: part0.warnings,
  };

  // The quick result is the full check's only if the region's facts did not need more of the document than it saw,
  // and the edit did not change what the rest of the document takes from the region. Checked on the facts:
  //  - the sentences of the region the edit did not touch must have exactly their earlier facts (else the
  //    region depends on text it did not see, or the edit reaches further than the region: check in full);
  //  - the names of the edited sentences must be the earlier ones (a name added, removed or changed can change
  //    the full names and acronyms resolved in other paragraphs, and which capitalised words are names).
  const editFrom = p;
  const editTo = text.length - q;
  const oldByKey = new Set<string>();
  const oldEdited: string[] = [];
  for (const f of old.facts) {
    if (f.end <= start || f.start >= oldEnd) continue;
    const sent = f.sentence;
    if (sent.end <= editFrom) oldByKey.add(factKey(f));
    else if (sent.start >= oldText.length - q) oldByKey.add(factKey(f, delta));
    else if (ENTITY.has(f.kind)) oldEdited.push(`${f.kind}\u0000${f.lemma ?? ''}\u0000${f.canonical ?? ''}`);
  }
  let unchanged = 0;
  const newEdited: string[] = [];
  for (const f of regionFacts) {
    if (f.sentence.end <= editFrom || f.sentence.start >= editTo) {
      if (!oldByKey.has(factKey(f))) return null;
      unchanged++;
    } else if (ENTITY.has(f.kind)) newEdited.push(`${f.kind}\u0000${f.lemma ?? ''}\u0000${f.canonical ?? ''}`);
  }
  if (unchanged !== oldByKey.size) return null;
  if (oldEdited.sort().join('\u0001') !== newEdited.sort().join('\u0001')) return null;
  // Capitalised words inside sentences tell the extractor which sentence-initial words are names.
  if (capitalisedInside(D, start, oldEnd) !== capitalisedInside(P, start, end)) return null;

  // Splice the document model: old paragraphs/sentences/tokens before the region, the region's, old ones after it
  // (moved by delta, indices renumbered).
  const parasBefore = D.paragraphs.filter(x => x.end <= start);
  const parasAfter = D.paragraphs.filter(x => x.start >= oldEnd);
  const sentsBefore = D.sentences.filter(x => x.end <= start);
  const sentsAfter = D.sentences.filter(x => x.start >= oldEnd);
  if (parasBefore.length + parasAfter.length > D.paragraphs.length || sentsBefore.length + sentsAfter.length > D.sentences.length) return null;
  const tokBefore = sentsBefore.length ? sentsBefore[sentsBefore.length - 1].tokenEnd : 0;
  const tokAfter = sentsAfter.length ? sentsAfter[0].tokenStart : D.tokens.length;
  const dPara = parasBefore.length + P.paragraphs.length - (D.paragraphs.length - parasAfter.length);
  const dSent = sentsBefore.length + P.sentences.length - (D.sentences.length - sentsAfter.length);
  const dTok = tokBefore + P.tokens.length - tokAfter;
  const paragraphs: Paragraph[] = [
    ...parasBefore,
    ...P.paragraphs.map(x => ({ ...x, index: x.index + parasBefore.length })),
    ...parasAfter.map(x => ({ ...x, start: x.start + delta, end: x.end + delta, index: x.index + dPara })),
  ];
  const sentences: Sentence[] = [
    ...sentsBefore,
    ...P.sentences.map(x => ({ ...x, index: x.index + sentsBefore.length, paragraph: x.paragraph + parasBefore.length, tokenStart: x.tokenStart + tokBefore, tokenEnd: x.tokenEnd + tokBefore })),
    ...sentsAfter.map(x => ({ ...x, start: x.start + delta, end: x.end + delta, index: x.index + dSent, paragraph: x.paragraph + dPara, tokenStart: x.tokenStart + dTok, tokenEnd: x.tokenEnd + dTok })),
  ];
  const tokens: Token[] = [
    ...D.tokens.slice(0, tokBefore),
    ...P.tokens.map(t => ({ ...t, sentence: t.sentence + sentsBefore.length })),
    // (an object literal rather than a spread: this copies thousands of tokens per keystroke)
    ...D.tokens.slice(tokAfter).map((t): Token => ({ start: t.start + delta, end: t.end + delta, text: t.text, norm: t.norm, type: t.type, sentence: t.sentence + dSent })),
  ];
  const document: AnalyzedDocument = {
    ...D, text, prose: D.prose.slice(0, start) + P0.prose.slice(start - from, end - from) + D.prose.slice(oldEnd),
    paragraphs, sentences, tokens, warnings: [...new Set([...D.warnings, ...P.warnings])],
  };

  // Facts and their matches.
  const moved = new Map<Fact, Fact>();
  const facts: Fact[] = [];
  for (const f of old.facts) if (f.end <= start) { facts.push(f); moved.set(f, f); }
  for (const f of part.facts) facts.push({ ...f, sentenceIndex: f.sentenceIndex + sentsBefore.length });
  const partFact = new Map<Fact, Fact>(part.facts.map((f, i) => [f, facts[facts.length - part.facts.length + i]]));
  for (const f of old.facts) {
    if (f.start < oldEnd) continue;
    const g: Fact = { ...f, start: f.start + delta, end: f.end + delta, sentence: { start: f.sentence.start + delta, end: f.sentence.end + delta }, sentenceIndex: f.sentenceIndex + dSent };
    facts.push(g);
    moved.set(f, g);
  }
  const matches: FactMatch[] = [];
  for (const m of old.matches) { const g = moved.get(m.draftFact); if (g && g.end <= start) matches.push(g === m.draftFact ? m : { ...m, draftFact: g }); }
  for (const m of part.matches) { const g = partFact.get(m.draftFact); if (g) matches.push({ ...m, draftFact: g }); }
  for (const m of old.matches) { const g = moved.get(m.draftFact); if (g && g.start >= start + (end - start)) matches.push({ ...m, draftFact: g }); }

  // Findings: lines after the region move by the number of lines the edit added.
  const lines = (s: string) => { let n = 0; for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++; return n; };
  const dLine = lines(text.slice(start, end)) - lines(oldText.slice(start, oldEnd));
  const findings: Finding[] = [
    ...old.findings.filter(f => f.end <= start),
    ...part.findings,
    ...old.findings.filter(f => f.start >= oldEnd).map(f => ({
      ...f, start: f.start + delta, end: f.end + delta,
      range: { start: { line: f.range.start.line + dLine, character: f.range.start.character }, end: { line: f.range.end.line + dLine, character: f.range.end.character } },
    })),
  ];
  return { document, facts, findings, matches, warnings: [...new Set([...old.warnings.filter(w => !part.warnings.includes(w)), ...part.warnings])] };
}
