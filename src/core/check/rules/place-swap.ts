// place-swap: Another place (country, city, region) than in the aligned source statement.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkSwaps } from './entities';

export const placeSwap: Rule = {
  code: 'place-swap',
  description: 'Another place (country, city, region) than in the aligned source statement.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): RawFinding[] {
    return checkSwaps(ctx, 'place-swap', 'place');
  },
};
