// Draft fact ↔ source fact matching for hover cards and the report: for each draft fact, the source fact it
// agrees with (in an aligned sentence first, else anywhere), or the one it contradicts (the rules' pairing),
// and how many other times the sources mention the same value or entity.
import type { AnalyzedDocument, Fact } from '../types';
import type { FactMatch, IndexedSource, RuleContext } from './rule';
import { lineStarts, positionAt } from '../document';
import { findConflicts, type SlotSpec } from './rules/util';
import { amountOf, amountsAgree, approxOf, clockOf, dateConflict, dateParts, datesComparable, durationsAgree, minutesOf, precisionOf, timesAgree, zoneOf } from './rules/values';
import { keysOf } from './rules/entities';
import { preferDate, withWeekdays } from './rules/dates';
import { findQuote, quoteWords } from './quotefind';
import { fold } from './stem';

const ENTITY = new Set(['person', 'organization', 'place']);

/** Does source fact s say the same as draft fact d? */
export function factsAgree(d: Fact, s: Fact): boolean {
  if (d.kind !== s.kind) return false;
  switch (d.kind) {
    case 'time': return clockOf(d) !== null && timesAgree(d, s) && (!zoneOf(d) || !zoneOf(s) || zoneOf(d) === zoneOf(s));
    case 'date': { const a = dateParts(d); const b = dateParts(s); return datesComparable(a, b) && dateConflict(a, b) === null; }
    case 'duration': { const a = minutesOf(d); const b = minutesOf(s); return a !== null && b !== null && durationsAgree(a, approxOf(d), b, approxOf(s)); }
    case 'number': case 'money': case 'percent': {
      const a = amountOf(d); const b = amountOf(s);
      return a !== null && b !== null && amountsAgree(a, approxOf(d), b, approxOf(s), precisionOf(d.text, a));
    }
    case 'person': case 'organization': case 'place': {
      const k = keysOf(s);
      for (const x of keysOf(d)) if (k.has(x)) return true;
      return false;
    }
    default: return fold(d.value) === fold(s.value);
  }
}

/** A key under which equal values / the same entity meet ("number:50", "person:emily horne"). */
function valueKey(f: Fact): string {
  if (ENTITY.has(f.kind)) return `${f.kind}:${[...keysOf(f)][0] ?? fold(f.value)}`;
  if (f.kind === 'quote' || f.kind === 'demand') return `${f.kind}:${fold(f.value).replace(/\s+/g, ' ')}`;
  return `${f.kind}:${f.value}`;
}

interface SourceFacts { byKey: Map<string, Fact[]>; lines: number[] }
const SRC = new WeakMap<AnalyzedDocument, SourceFacts>();
function sourceFacts(src: IndexedSource): SourceFacts {
  let x = SRC.get(src.document);
  if (!x) {
    const byKey = new Map<string, Fact[]>();
    for (const f of src.facts) {
      const k = valueKey(f);
      const l = byKey.get(k);
      if (l) l.push(f); else byKey.set(k, [f]);
      // An entity is also found under each of its names.
      if (ENTITY.has(f.kind)) for (const n of keysOf(f)) { const kk = `${f.kind}:${n}`; if (kk !== k) { const l2 = byKey.get(kk); if (l2) l2.push(f); else byKey.set(kk, [f]); } }
    }
    x = { byKey, lines: lineStarts(src.document.text) };
    SRC.set(src.document, x);
  }
  return x;
}

/**
 * The facts of a whole source set by `valueKey`: for each key, the sources holding it (in source order) with their
 * facts under that key. Built once per source set (`ctx.sources` is the same array while the sources do not
 * change), so a draft fact costs one lookup instead of one per source file.
 */
const SET_FACTS = new WeakMap<object, Map<string, Array<{ src: number; facts: Fact[] }>>>();
function setFacts(sources: IndexedSource[]): Map<string, Array<{ src: number; facts: Fact[] }>> {
  let m = SET_FACTS.get(sources);
  if (!m) {
    m = new Map();
    for (let i = 0; i < sources.length; i++) {
      for (const [k, facts] of sourceFacts(sources[i]).byKey) {
        const l = m.get(k);
        if (l) l.push({ src: i, facts }); else m.set(k, [{ src: i, facts }]);
      }
    }
    SET_FACTS.set(sources, m);
  }
  return m;
}

const VALUE_SPECS: Array<{ kinds: Set<string>; spec: SlotSpec }> = [];
function specs(): Array<{ kinds: Set<string>; spec: SlotSpec }> {
  if (!VALUE_SPECS.length) {
    for (const kind of ['time', 'date', 'duration', 'number', 'money', 'percent'] as const) {
      VALUE_SPECS.push({
        kinds: new Set([kind]),
        spec: {
          kinds: new Set([kind]),
          agree: (d, s) => factsAgree(d, s),
          comparable: (d, s) => kind !== 'date' || datesComparable(dateParts(d), dateParts(s)),
          prefer: kind === 'date' ? preferDate : undefined,
          neighbours: kind === 'date' ? (d => /^weekday:\d$/.test(d.value)) : undefined,
          needContext: kind === 'number' || kind === 'money' || kind === 'percent',
        },
      });
    }
  }
  return VALUE_SPECS;
}

export function matchFacts(ctx: RuleContext): FactMatch[] {
  // Contradictions found by pairing draft values with their counterparts (as the value rules do).
  const contradicted = new Map<Fact, { s: Fact; source: number }>();
  // Dates are paired as the date rules pair them: a weekday next to a date is part of it.
  const dctx: RuleContext = { ...ctx, draftFactsBySentence: ctx.draftFactsBySentence.map(fs => withWeekdays(ctx.draft.text, fs)) };
  const own = new Set(ctx.draftFacts);
  for (let di = 0; di < ctx.draft.sentences.length; di++) {
    if (!(ctx.draftFactsBySentence[di] ?? []).length) continue;
    for (const { kinds, spec } of specs()) {
      const dates = kinds.has('date');
      for (const c of findConflicts(dates ? dctx : ctx, di, spec)) {
        let d: Fact | undefined = c.draft;
        // A merged weekday + date: the contradiction is the weekday's (the date itself was checked as a whole).
        if (!own.has(d)) d = (ctx.draftFactsBySentence[di] ?? []).find(f => f.kind === 'date' && /^weekday:/.test(f.value) && f.start >= c.draft.start && f.end <= c.draft.end);
        if (d) contradicted.set(d, { s: c.source, source: c.aligned.source });
      }
    }
  }
  const info = (src: IndexedSource, f: Fact) => {
    const sf = sourceFacts(src);
    const sent = src.document.sentences[f.sentenceIndex];
    return { file: src.file, fact: f, sentenceText: sent ? src.document.text.slice(sent.start, sent.end) : f.text, line: positionAt(sf.lines, f.start).line };
  };
  const byKey = setFacts(ctx.sources);
  return ctx.draftFacts.map((d): FactMatch => {
    const key = valueKey(d);
    const holders = byKey.get(key) ?? [];
    let mentions = 0;
    for (const h of holders) mentions += h.facts.length;
    const bad = contradicted.get(d);
    if (bad) {
      return { draftFact: d, verdict: 'contradicts', source: info(ctx.sources[bad.source], bad.s), otherMentions: mentions };
    }
    // Agreement in an aligned sentence first.
    for (const a of ctx.alignment[d.sentenceIndex] ?? []) {
      const src = ctx.sources[a.source];
      if (!src) continue;
      const hit = (src.factsBySentence[a.sentence] ?? []).find(s => factsAgree(d, s));
      if (hit) return { draftFact: d, verdict: 'agrees', source: info(src, hit), otherMentions: Math.max(0, mentions - 1) };
    }
    // Quotes: the quoted words said anywhere in the sources.
    if (d.kind === 'quote') {
      const w = quoteWords(ctx.draft, { start: d.start + 1, end: d.end - 1 });
      const q = w.stems.length ? findQuote(w.stems, ctx.sources, ctx.language) : null;
      if (q) {
        const src = ctx.sources[q.source];
        const f = src.facts.find(x => x.kind === 'quote' && x.start <= q.start && q.end <= x.end)
          ?? { ...d, text: src.document.text.slice(q.start, q.end), start: q.start, end: q.end, sentenceIndex: q.sentence, sentence: src.document.sentences[q.sentence] };
        return { draftFact: d, verdict: 'agrees', source: info(src, f), otherMentions: 0 };
      }
    }
    // The same value or entity anywhere in the sources.
    for (const h of holders) {
      const src = ctx.sources[h.src];
      const same = h.facts.find(s => factsAgree(d, s) || s.kind === d.kind);
      if (same) return { draftFact: d, verdict: 'agrees', source: info(src, same), otherMentions: Math.max(0, mentions - 1) };
    }
    return { draftFact: d, verdict: 'not-found', otherMentions: 0 };
  });
}
