// Small helpers shared by the extractors.
import type { AnalyzedDocument, AttrValue, Fact, FactKind, Span } from '../types';
import { sentenceAt } from '../document';

export function makeFact(
  doc: AnalyzedDocument, kind: FactKind, start: number, end: number, value: string,
  attributes: Record<string, AttrValue> = {}, extra: Partial<Pick<Fact, 'lemma' | 'canonical'>> = {},
): Fact {
  const si = Math.max(0, sentenceAt(doc, start));
  const s = doc.sentences[si] ?? { start: 0, end: doc.text.length };
  return { kind, text: doc.text.slice(start, end), start, end, value, ...extra, attributes, sentence: { start: s.start, end: s.end }, sentenceIndex: si };
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
