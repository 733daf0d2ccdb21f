// Re-checking a draft while it is typed: only the paragraphs an edit touched are analysed and checked again; the
// results of the other paragraphs are kept (moved by the length the edit added or removed).
//
// A full check of a 5,000-word draft analyses every sentence again (the document model, every fact extractor,
// alignment, every rule): tens of milliseconds, on every keystroke. A one-word edit changes one paragraph, so
// `DraftChecker` remembers the last result per draft and, for a new text that differs from it inside body
// paragraphs, checks only those paragraphs (with one paragraph of context on each side) and splices the result
// into the previous one.
//
// The spliced result is what a full check gives for every paragraph whose facts do not depend on other paragraphs.
// Facts can depend on other paragraphs (a lone surname takes the full name used elsewhere, "ten days later" takes
// its anchor date from earlier text, a quote's speaker may be named before): for those the quick result can
// differ from a full one until the next full check. Callers check fully when typing pauses (the extension:
// after its debounce, or on save) and use `check()` in between. Whenever splicing would be unsafe (no previous
// result, other sources or options, front matter touched, fenced code or HTML comments — suppression
// directives — in the text, the edit is too large), `check()` runs a full check.
import type { AnalyzedDocument, Fact, Finding, Paragraph, Sentence, Token } from '../types';
import { frontMatterEnd } from '../document';
import type { FactMatch } from './rule';
import { checkDraft, type CheckOptions, type CheckResult } from './index';
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

const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');

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

/** The region [start, end) of `text` to check again: whole paragraphs around [from, to), one more on each side. */
function regionAround(text: string, from: number, to: number): { start: number; end: number } {
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
  const b = before - 1; // one paragraph of context before
  const a = after + 1; // and after
  return { start: b >= 0 ? seps[b][1] : 0, end: a < seps.length ? seps[a][0] : text.length };
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
  const { start, end } = regionAround(text, p, text.length - q);
  if (start < fm || (end - start) > MAX_INCREMENTAL_SHARE * Math.max(text.length, 1)) return null;
  const delta = text.length - oldText.length;
  const oldEnd = end - delta;
  const old = prev.result;
  const D = old.document;

  // Check only the region: the rest of the text is blanked (same length, same lines), so offsets need no shifting.
  const masked = blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
  const part = checkDraft({ file: draft.file, text: masked }, sources, { ...options, language: D.language });
  const P = part.document;

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
    ...D, text, prose: D.prose.slice(0, start) + P.prose.slice(start, end) + D.prose.slice(oldEnd),
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
