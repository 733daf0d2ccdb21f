// number-mismatch: a count or other figure that differs from the same figure in the aligned source statement.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkAmounts, renderPlain, unitsCompatible } from './amounts';

export const numberMismatch: Rule = {
  code: 'number-mismatch',
  description: 'A number or count differs from the same figure in the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    return checkAmounts(ctx, { code: 'number-mismatch', kind: 'number', sameSort: unitsCompatible, render: renderPlain });
  },
};
