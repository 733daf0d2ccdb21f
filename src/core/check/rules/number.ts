// number-mismatch: a count or other figure that differs from the same figure in the aligned source statement.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkAmounts, renderPlain, unitsCompatible } from './amounts';

export const numberMismatch: Rule = {
  code: 'number-mismatch',
  description: 'A number or count differs from the same figure in the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    // A rank ("sixth year", "5. miejsce") and a count ("six years") are different sorts of figure.
    return checkAmounts(ctx, { code: 'number-mismatch', kind: 'number', sameSort: (d, s) => unitsCompatible(d, s) && !d.attributes.ordinal === !s.attributes.ordinal, render: renderPlain });
  },
};
