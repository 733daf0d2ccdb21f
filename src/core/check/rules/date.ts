// date-mismatch: a day, month or year that differs from the aligned source statement ("24 marca" where the
// source says "24 lutego"; "od 1960 roku" where it says "od 1964 roku").
import type { RawFinding, Rule, RuleContext } from '../rule';
import { dateConflicts, PART_NAME } from './dates';
import { conflictSeverity, makeFinding, sourceDisplay } from './util';
import { formatDate } from './values';

export const dateMismatch: Rule = {
  code: 'date-mismatch',
  description: 'A date (day, month or year) differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    return dateConflicts(ctx).filter(c => c.part === 'year' || c.part === 'month' || c.part === 'day').map(c => {
      const shown = sourceDisplay(ctx, c, lang => formatDate(c.s, lang));
      return makeFinding('date-mismatch', c, {
        pl: `Źródło podaje ${shown} (inny ${PART_NAME[c.part].pl})`,
        en: `The source gives ${shown} (another ${PART_NAME[c.part].en})`,
      }, { severity: conflictSeverity(c), replacement: sourceDisplay(ctx, c, lang => formatDate(c.s, lang)) });
    });
  },
};
