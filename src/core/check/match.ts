// Draft fact ↔ source fact matching for hover cards and the report (placeholder).
import type { FactMatch, RuleContext } from './rule';

export function matchFacts(ctx: RuleContext): FactMatch[] {
  return ctx.draftFacts.map(draftFact => ({ draftFact, verdict: 'not-found' as const, otherMentions: 0 }));
}
