// Test fixture for the rules: documents with hand-made facts (so rule tests do not depend on the extractors),
// aligned with the real alignment.
import type { AttrValue, Fact, FactKind, Lang } from '../../src/core/types';
import type { IndexedSource, RawFinding, Rule, RuleContext } from '../../src/core/check/rule';
import { analyzeDocument } from '../../src/core/document';
import { makeFact } from '../../src/core/extract/util';
import { alignDraft } from '../../src/core/check/align';

/** [kind, surface text in the document, value, attributes?, extra?] — the nth occurrence with `#n` after the surface. */
export type FactSpec = [FactKind, string, string, Record<string, AttrValue>?, Partial<Pick<Fact, 'lemma' | 'canonical'>>?];

export function doc(file: string, text: string, lang: Lang, specs: FactSpec[] = []): IndexedSource {
  const document = analyzeDocument(file, text, { language: lang });
  const facts: Fact[] = [];
  const from = new Map<string, number>();
  for (const [kind, surface0, value, attrs, extra] of specs) {
    const m = /^(.*)#(\d+)$/s.exec(surface0);
    const surface = m ? m[1] : surface0;
    let at = -1;
    if (m) { for (let k = 0, p = -1; k < Number(m[2]); k++) { p = text.indexOf(surface, p + 1); at = p; } }
    else { at = text.indexOf(surface, from.get(surface) ?? 0); }
    if (at < 0) throw new Error(`fixture: "${surface}" not in text`);
    from.set(surface, at + 1);
    facts.push(makeFact(document, kind, at, at + surface.length, value, attrs ?? {}, extra ?? {}));
  }
  facts.sort((a, b) => a.start - b.start);
  const factsBySentence: Fact[][] = document.sentences.map(() => []);
  for (const f of facts) factsBySentence[f.sentenceIndex]?.push(f);
  return { file, document, facts, factsBySentence };
}

export function context(draft: IndexedSource, sources: IndexedSource[], strict = false): RuleContext {
  return {
    draft: draft.document,
    draftFacts: draft.facts,
    draftFactsBySentence: draft.factsBySentence,
    sources,
    alignment: alignDraft(draft.document, draft.factsBySentence, sources),
    language: draft.document.language,
    strict,
  };
}

/** Runs one rule on a draft against sources; returns its findings. */
export function run(rule: Rule, draft: IndexedSource, sources: IndexedSource[], strict = false): RawFinding[] {
  return rule.check(context(draft, sources, strict));
}
