// Date conflicts shared by date-mismatch (day, month, year), weekday-mismatch and relative-date-mismatch:
// computed once per check run.
import type { Fact, FactKind, Lang } from '../../types';
import type { RuleContext } from '../rule';
import { type Conflict, findConflicts } from './util';
import { type DatePart, type DateParts, dateConflict, dateParts, datesComparable } from './values';

const KINDS: ReadonlySet<FactKind> = new Set(['date']);

export interface DateConflict extends Conflict {
  part: DatePart;
  d: DateParts;
  s: DateParts;
}

const CACHE = new WeakMap<RuleContext, DateConflict[]>();

export function dateConflicts(ctx: RuleContext): DateConflict[] {
  let out = CACHE.get(ctx);
  if (out) return out;
  out = [];
  for (let di = 0; di < ctx.draft.sentences.length; di++) {
    const cs = findConflicts(ctx, di, {
      kinds: KINDS,
      // In the counterpart statement, any date that does not conflict agrees; elsewhere the source date must
      // give the day and month the draft gives ("w marcu" in the next sentence does not confirm "24 marca").
      agree: (d, s, near) => {
        const a = dateParts(d);
        const b = dateParts(s);
        if (!datesComparable(a, b) || dateConflict(a, b) !== null) return false;
        return near || ((a.day === undefined || b.day !== undefined) && (a.month === undefined || b.month !== undefined));
      },
      // "od 1999 roku" and "przed majem 1997" bound different things: dates under different qualifiers
      // (since / before / after / until) do not stand in the same slot.
      comparable: (d, s) => datesComparable(dateParts(d), dateParts(s)) && qualifiersFit(d, s),
      // Same granularity (both give a day, or both only a year) is the likelier counterpart.
      prefer: (d, s) => granularity(dateParts(d)) === granularity(dateParts(s)) ? 1 : 0,
    });
    for (const c of cs) {
      const d = dateParts(c.draft);
      const s = dateParts(c.source);
      const part = dateConflict(d, s);
      if (part) out.push({ ...c, part, d, s });
    }
  }
  CACHE.set(ctx, out);
  return out;
}

function qualifiersFit(d: Fact, s: Fact): boolean {
  const a = d.attributes.qualifier;
  const b = s.attributes.qualifier;
  return !a || !b || a === b;
}

function granularity(p: DateParts): string {
  return [p.year ? 'y' : '', p.month ? 'm' : '', p.day ? 'd' : '', p.weekday ? 'w' : '', p.relDays !== undefined ? 'r' : ''].join('');
}

export const PART_NAME: Record<DatePart, Record<Lang, string>> = {
  year: { pl: 'rok', en: 'year' },
  month: { pl: 'miesiąc', en: 'month' },
  day: { pl: 'dzień', en: 'day' },
  weekday: { pl: 'dzień tygodnia', en: 'weekday' },
  relDays: { pl: 'odstęp czasu', en: 'interval' },
};
