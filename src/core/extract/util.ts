// Small helpers shared by the extractors.
import type { AnalyzedDocument, AttrValue, Fact, FactKind, Span } from '../types';
import { sentenceAt } from '../document';

/** One {start, end} span per sentence, shared by the sentence's facts (read-only). */
const SPANS = new WeakMap<AnalyzedDocument, Span[]>();
function sentenceSpan(doc: AnalyzedDocument, si: number): Span {
  let spans = SPANS.get(doc);
  if (!spans) SPANS.set(doc, spans = []);
  let span = spans[si];
  if (!span) {
    const s = doc.sentences[si];
    span = spans[si] = s ? { start: s.start, end: s.end } : { start: 0, end: doc.text.length };
  }
  return span;
}

export function makeFact(
  doc: AnalyzedDocument, kind: FactKind, start: number, end: number, value: string,
  attributes: Record<string, AttrValue> = {}, extra: Partial<Pick<Fact, 'lemma' | 'canonical'>> = {},
): Fact {
  const si = Math.max(0, sentenceAt(doc, start));
  const sentence = sentenceSpan(doc, si);
  const text = doc.text.slice(start, end);
  // Two fixed shapes (same property order as before): objects with all their properties in-object.
  if ('lemma' in extra || 'canonical' in extra) {
    if ('lemma' in extra && 'canonical' in extra && Object.keys(extra).length === 2) {
      return { kind, text, start, end, value, lemma: extra.lemma, canonical: extra.canonical, attributes, sentence, sentenceIndex: si };
    }
    return { kind, text, start, end, value, ...extra, attributes, sentence, sentenceIndex: si };
  }
  return { kind, text, start, end, value, attributes, sentence, sentenceIndex: si };
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Keeps facts that do not overlap an earlier-kept fact (input order = priority). */
export function dropOverlapping<T extends Span>(facts: T[], taken: Span[] = []): T[] {
  const kept: T[] = [];
  const all: Span[] = [...taken];
  for (const f of facts) {
    if (all.some(t => overlaps(t, f))) continue;
    kept.push(f);
    all.push(f);
  }
  return kept;
}
