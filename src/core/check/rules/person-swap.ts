// person-swap: Another person than in the aligned source statement (same role, other name).
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkSwaps } from './entities';

export const personSwap: Rule = {
  code: 'person-swap',
  description: 'Another person than in the aligned source statement (same role, other name).',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): RawFinding[] {
    return checkSwaps(ctx, 'person-swap', 'person');
  },
};
