// The contradiction checker's driver: analyse a draft, align it with the sources, run every rule, and turn
// the rules' raw findings into positioned, localised, filtered `Finding`s (and fact matches for hover cards).
import type { AnalyzedDocument, Evidence, Fact, Finding, Lang, Severity } from '../types';
import { analyzeDocument, lineStarts, positionAt, sentenceAt } from '../document';
import { extractFacts } from '../extract';
import type { FactMatch, IndexedSource, RawFinding, Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { alignDraft } from './align';
import { matchFacts } from './match';
import { SourceIndex } from './sources';
import { PresenceIndex, presenceCandidates, type PresenceCandidate } from './presence';
import { buildSuppressions, ignoreMatcher, type IgnoreEntry } from './suppress';

export interface CheckOptions {
  /** Also report draft names, numbers and dates that no source contains, as warnings (`not-in-sources`). */
  strict?: boolean;
  /** The draft's language (analysis and messages); detected when absent. */
  language?: Lang;
  /** Per-rule severity; 'off' drops the rule's findings. */
  severities?: Record<string, Severity | 'off'>;
  /** Ignore-file entries (see suppress.ts); entries naming another file are skipped. */
  ignore?: readonly IgnoreEntry[];
  /** The rules to run (default: every rule of the registry). */
  rules?: readonly Rule[];
}

export interface CheckResult {
  document: AnalyzedDocument;
  facts: Fact[];
  findings: Finding[];
  matches: FactMatch[];
  /** Problems met on the way (malformed front matter, a rule that failed): for messages, never fatal. */
  warnings: string[];
}

/** Draft facts that no source contains. */
export const NOT_IN_SOURCES = 'not-in-sources';

export interface RuleInfo {
  code: string;
  description: string;
  defaultSeverity: Severity;
}

export const RULE_INFO: RuleInfo[] = [
  ...RULES.map(r => ({ code: r.code, description: r.description, defaultSeverity: r.defaultSeverity })),
  {
    code: NOT_IN_SOURCES,
    description: 'A name, number, date or time of the draft that no source contains (warning in strict mode, information otherwise).',
    defaultSeverity: 'warning',
  },
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const lineCache = new WeakMap<AnalyzedDocument, number[]>();
function linesOf(doc: AnalyzedDocument): number[] {
  let l = lineCache.get(doc);
  if (!l) { l = lineStarts(doc.text); lineCache.set(doc, l); }
  return l;
}

function toIndex(sources: SourceIndex | ReadonlyArray<{ file: string; text: string }>): SourceIndex {
  if (sources instanceof SourceIndex) return sources;
  const index = new SourceIndex();
  for (const s of sources) index.update(s.file, s.text);
  return index;
}

const filtered = new WeakMap<SourceIndex, { generation: number; file: string; list: IndexedSource[] }>();
/**
 * The sources a draft is checked against: all but the draft itself. The array is the same object from one check to
 * the next while the sources do not change, so rules and alignment may cache per-source-set data on it (WeakMap).
 */
function sourcesFor(index: SourceIndex, draftFile: string): IndexedSource[] {
  if (!index.has(draftFile)) return index.list();
  const c = filtered.get(index);
  if (c && c.generation === index.generation && c.file === draftFile) return c.list;
  const list = index.list().filter(s => s.file !== draftFile);
  filtered.set(index, { generation: index.generation, file: draftFile, list });
  return list;
}

function groupBySentence(doc: AnalyzedDocument, facts: Fact[]): Fact[][] {
  const out: Fact[][] = doc.sentences.map(() => []);
  for (const f of facts) if (f.sentenceIndex >= 0 && f.sentenceIndex < out.length) out[f.sentenceIndex].push(f);
  return out;
}

/** Check a draft against its sources. The draft itself is never used as its own source (same `file`). */
export function checkDraft(
  draft: { file: string; text: string },
  sources: SourceIndex | ReadonlyArray<{ file: string; text: string }>,
  options: CheckOptions = {},
): CheckResult {
  return checkPart(draft, sources, options);
}

/**
 * `checkDraft`, for the incremental checker: the whole text is analysed (facts take their context from all of it),
 * but only the sentences inside `range` are aligned and checked: findings and fact matches outside it are left
 * out (the caller keeps its earlier ones there). @internal
 */
export function checkPart(
  draft: { file: string; text: string },
  sources: SourceIndex | ReadonlyArray<{ file: string; text: string }>,
  options: CheckOptions = {},
  range?: { start: number; end: number },
): CheckResult {
  const index = toIndex(sources);
  const document = analyzeDocument(draft.file, draft.text, { language: options.language });
  const facts = extractFacts(document);
  const language: Lang = options.language ?? document.language;
  const draftFactsBySentence = groupBySentence(document, facts);
  const srcs = sourcesFor(index, draft.file);
  const warnings = [...document.warnings];
  const inRange = (x: { start: number; end: number }) => !range || (x.start >= range.start && x.end <= range.end);
  // Outside the range, sentences are aligned as empty ones (no features: no alignment).
  const alignDoc = range ? { ...document, sentences: document.sentences.map(x => inRange(x) ? x : { ...x, tokenEnd: x.tokenStart }) } : document;
  const alignFacts = range ? draftFactsBySentence.map((l, i) => inRange(document.sentences[i]) ? l : []) : draftFactsBySentence;
  const alignment = srcs.length ? alignDraft(alignDoc, alignFacts, srcs) : document.sentences.map(() => []);
  const strict = options.strict ?? false;
  const ctx: RuleContext = { draft: document, draftFacts: facts, draftFactsBySentence, sources: srcs, alignment, language, strict };

  const raw: Array<{ rule: Pick<Rule, 'code' | 'defaultSeverity'>; finding: RawFinding }> = [];
  for (const rule of options.rules ?? RULES) {
    if (options.severities?.[rule.code] === 'off') continue;
    let out: RawFinding[];
    try {
      out = rule.check(ctx);
    } catch (e) {
      warnings.push(`rule ${rule.code} failed: ${(e as Error)?.message ?? String(e)}`);
      continue;
    }
    for (const finding of out ?? []) if (!range || (finding && inRange(finding))) raw.push({ rule, finding });
  }

  const checked = range ? facts.filter(inRange) : facts;
  let matches: FactMatch[] = [];
  try {
    const mctx = range ? { ...ctx, draftFacts: checked, draftFactsBySentence: alignFacts } : ctx;
    matches = srcs.length ? matchFacts(mctx) : checked.map(draftFact => ({ draftFact, verdict: 'not-found' as const, otherMentions: 0 }));
  } catch (e) {
    warnings.push(`fact matching failed: ${(e as Error)?.message ?? String(e)}`);
  }

  if (srcs.length && options.severities?.[NOT_IN_SOURCES] !== 'off') {
    const presence = new PresenceIndex(index, index.get(draft.file));
    const rule = { code: NOT_IN_SOURCES, defaultSeverity: strict ? 'warning' as const : 'information' as const };
    for (const f of unsourcedFacts(document, checked, presence)) raw.push({ rule, finding: notInSourcesFinding(f) });
    // Strict: also the names and numbers the extractors did not take as facts.
    if (strict) for (const c of unsourcedCandidates(document, facts, presence)) if (inRange(c)) raw.push({ rule, finding: notInSourcesFinding(c) });
  }

  const findings = finalize(document, raw, srcs, language, strict, options);
  return { document, facts, findings, matches, warnings };
}

/** Draft facts of the covered kinds that no source holds in any form. */
export function unsourcedFacts(document: AnalyzedDocument, facts: Fact[], presence: PresenceIndex): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const s = document.sentences[f.sentenceIndex];
    const tokens: string[] = [];
    if (s) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = document.tokens[i];
        if (t.type !== 'punct' && t.start >= f.start && t.end <= f.end) tokens.push(t.norm);
      }
    }
    if (!presence.has(f, tokens, document.language)) out.push(f);
  }
  // One report per stretch of text: "April" inside "April 24" is not reported again.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return out.filter(f => {
    if (f.end <= reach) return false;
    reach = f.end;
    return true;
  });
}

/** Names and numbers no fact covers that no source holds (strict mode). */
export function unsourcedCandidates(document: AnalyzedDocument, facts: Fact[], presence: PresenceIndex): PresenceCandidate[] {
  return presenceCandidates(document, facts).filter(c => c.kind === 'name' ? !presence.hasName(c.text, document.language) : !presence.hasNumber(c.values));
}

const KIND_WORDS: Record<string, { en: string; pl: string }> = {
  person: { en: 'The name', pl: 'Nazwisko' },
  organization: { en: 'The organisation', pl: 'Organizacja' },
  place: { en: 'The place', pl: 'Miejsce' },
  number: { en: 'The number', pl: 'Liczba' },
  money: { en: 'The amount', pl: 'Kwota' },
  percent: { en: 'The percentage', pl: 'Wartość procentowa' },
  date: { en: 'The date', pl: 'Data' },
  time: { en: 'The time', pl: 'Godzina' },
  duration: { en: 'The duration', pl: 'Czas trwania' },
  name: { en: 'The name', pl: 'Nazwa' },
};

function notInSourcesFinding(f: Pick<Fact, 'kind' | 'text' | 'start' | 'end'> | PresenceCandidate): RawFinding {
  const shown = f.text.replace(/\s+/g, ' ');
  const k = KIND_WORDS[f.kind] ?? { en: 'This', pl: 'To' };
  const pl = `${k.pl} „${shown}” nie występuje w żadnym źródle.`;
  return {
    code: NOT_IN_SOURCES,
    start: f.start,
    end: f.end,
    found: f.text,
    expected: '',
    message: { en: `${k.en} "${shown}" does not appear in any source.`, pl },
    evidence: null,
  };
}

function severityFor(code: string, rawSeverity: Severity | undefined, dflt: Severity, strict: boolean, options: CheckOptions): Severity | null {
  const configured = options.severities?.[code];
  if (configured === 'off') return null;
  let sev: Severity = configured && SEVERITY_RANK[configured] !== undefined ? configured : rawSeverity && SEVERITY_RANK[rawSeverity] !== undefined ? rawSeverity : dflt;
  // Outside strict mode "not in the sources" is never more than information.
  if (code === NOT_IN_SOURCES && !strict && SEVERITY_RANK[sev] < SEVERITY_RANK.information) sev = 'information';
  return sev;
}

function finalize(
  document: AnalyzedDocument,
  raw: Array<{ rule: Pick<Rule, 'code' | 'defaultSeverity'>; finding: RawFinding }>,
  srcs: IndexedSource[],
  language: Lang,
  strict: boolean,
  options: CheckOptions,
): Finding[] {
  if (!raw.length) return [];
  const len = document.text.length;
  const starts = linesOf(document);
  const suppress = buildSuppressions(document.text, starts);
  const ignored = ignoreMatcher(options.ignore ?? [], document);
  const byKey = new Map<string, Finding>();
  for (const { rule, finding: r } of raw) {
    if (!r || typeof r.start !== 'number' || typeof r.end !== 'number' || !Number.isFinite(r.start) || !Number.isFinite(r.end)) continue;
    const code = typeof r.code === 'string' && r.code ? r.code : rule.code;
    const severity = severityFor(code, r.severity, rule.defaultSeverity, strict, options);
    if (!severity) continue;
    const start = Math.max(0, Math.min(len, Math.floor(r.start)));
    const end = Math.max(start, Math.min(len, Math.floor(r.end)));
    const range = { start: positionAt(starts, start), end: positionAt(starts, end) };
    if (!suppress.empty && suppress.isSuppressed(code, start, range.start.line)) continue;
    const found = String(r.found ?? '');
    if (ignored({ code, found, start })) continue;
    const message = (r.message && (r.message[language] || r.message.en || r.message.pl)) || code;
    const f: Finding = {
      file: document.file, code, severity, message, start, end, range, found, expected: String(r.expected ?? ''),
      evidence: toEvidence(r.evidence, srcs),
    };
    if (typeof r.replacement === 'string') f.replacement = r.replacement;
    const key = `${start}:${end}:${code}`;
    const prev = byKey.get(key);
    if (!prev || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev.severity]) byKey.set(key, f);
  }
  let out = [...byKey.values()];
  // "Not in the sources" says nothing new where a rule already reports a contradiction.
  const contradicted = out.filter(f => f.code !== NOT_IN_SOURCES);
  if (contradicted.length && contradicted.length < out.length) {
    out = out.filter(f => f.code !== NOT_IN_SOURCES || !contradicted.some(c => c.start < f.end && f.start < c.end));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

function toEvidence(ev: RawFinding['evidence'], srcs: IndexedSource[]): Evidence | null {
  if (!ev) return null;
  const src = srcs[ev.source];
  if (!src) return null;
  const doc = src.document;
  const len = doc.text.length;
  const factStart = Math.max(0, Math.min(len, Math.floor(Number(ev.start) || 0)));
  const factEnd = Math.max(factStart, Math.min(len, Math.floor(Number(ev.end) || 0)));
  let sent = doc.sentences[ev.sentence];
  if (!sent || factStart < sent.start || factStart > sent.end) {
    const si = sentenceAt(doc, factStart);
    sent = si >= 0 ? doc.sentences[si] : undefined as never;
  }
  const start = sent ? Math.min(sent.start, factStart) : factStart;
  const end = sent ? Math.max(sent.end, factEnd) : factEnd;
  return {
    file: src.file, start, end, line: positionAt(linesOf(doc), start).line, text: doc.text.slice(start, end),
    factStart, factEnd,
  };
}

export { SourceIndex } from './sources';
