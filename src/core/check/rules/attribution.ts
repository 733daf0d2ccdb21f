// attribution-mismatch: the draft cites another outlet, agency or platform than the aligned source sentence
// ("podało BBC" where the source says CNN; "told Reuters" where it says AFP).
import type { RawFinding, Rule, RuleContext } from '../rule';
import { hasAttributionCue, outletsIn } from '../words';
import { alignedOf, topAligned } from './util';

const MIN_SCORE = 0.4;

export const attributionMismatch: Rule = {
  code: 'attribution-mismatch',
  description: 'The draft cites another outlet, agency or platform than the aligned source sentence.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (let di = 0; di < ctx.draft.sentences.length; di++) {
      const dOut = outletsIn(ctx.draft, di);
      if (!dOut.length || !hasAttributionCue(ctx.draft, di, ctx.language)) continue;
      const top = topAligned(alignedOf(ctx, di, MIN_SCORE));
      for (const a of top) {
        const sdoc = a.src.document;
        const sOut = outletsIn(sdoc, a.sentence);
        if (!sOut.length || !hasAttributionCue(sdoc, a.sentence)) continue;
        const sNames = new Set(sOut.map(o => o.name));
        const dNames = new Set(dOut.map(o => o.name));
        const wrong = dOut.filter(o => !sNames.has(o.name));
        const missing = sOut.filter(o => !dNames.has(o.name));
        if (!wrong.length || !missing.length) break;
        const d = wrong[0];
        const s = missing[0];
        out.push({
          code: 'attribution-mismatch', severity: a.score >= 0.5 ? 'error' : 'warning', start: d.start, end: d.end,
          found: ctx.draft.text.slice(d.start, d.end), expected: s.name,
          message: { pl: `Źródło przypisuje to: ${s.name}`, en: `The source attributes this to ${s.name}` },
          evidence: { source: a.source, sentence: a.sentence, start: s.start, end: s.end },
          replacement: s.name,
        });
        break;
      }
    }
    return out;
  },
};
