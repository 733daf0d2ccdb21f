// organization-swap: Another organisation or party than in the aligned source statement.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkSwaps } from './entities';

export const organizationSwap: Rule = {
  code: 'organization-swap',
  description: 'Another organisation or party than in the aligned source statement.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): RawFinding[] {
    return checkSwaps(ctx, 'organization-swap', 'organization');
  },
};
