// relative-date-mismatch: another interval than the aligned source statement ("tydzień później" where the
// source says "dziesięć dni później").
import type { RawFinding, Rule, RuleContext } from '../rule';
import { dateConflicts } from './dates';
import { conflictSeverity, makeFinding, sourceDisplay } from './util';
import { formatDate } from './values';

export const relativeDateMismatch: Rule = {
  code: 'relative-date-mismatch',
  description: 'A relative date ("a week later") differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    return dateConflicts(ctx).filter(c => c.part === 'relDays').map(c => {
      const shown = sourceDisplay(ctx, c, lang => formatDate(c.s, lang));
      return makeFinding('relative-date-mismatch', c, { pl: `Źródło podaje ${shown}`, en: `The source gives ${shown}` },
        { severity: conflictSeverity(c), replacement: shown });
    });
  },
};
