// money-mismatch: an amount of money that differs from the aligned source statement (same currency).
import type { RawFinding, Rule, RuleContext } from '../rule';
import { checkAmounts } from './amounts';
import { currencyOf, formatNumber } from './values';

export const moneyMismatch: Rule = {
  code: 'money-mismatch',
  description: 'An amount of money differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    return checkAmounts(ctx, {
      code: 'money-mismatch',
      kind: 'money',
      sameSort: (d, s) => !currencyOf(d) || !currencyOf(s) || currencyOf(d) === currencyOf(s),
      render: (s, amount, lang) => `${formatNumber(amount, lang)} ${currencyOf(s) ?? ''}`.trim(),
    });
  },
};
