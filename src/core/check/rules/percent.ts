// percent-mismatch: a percentage that differs from the aligned source statement.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkAmounts } from './amounts';
import { formatNumber } from './values';

export const percentMismatch: Rule = {
  code: 'percent-mismatch',
  description: 'A percentage differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    return checkAmounts(ctx, {
      code: 'percent-mismatch',
      kind: 'percent',
      sameSort: () => true,
      render: (_s, amount, lang) => `${formatNumber(amount, lang)}${lang === 'pl' ? ' proc.' : '%'}`,
    });
  },
};
