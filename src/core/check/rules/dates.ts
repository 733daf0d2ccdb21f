// Date conflicts shared by date-mismatch (day, month, year), weekday-mismatch and relative-date-mismatch:
// computed once per check run.
import type { Fact, FactKind, Lang } from '../../types';
import type { RuleContext } from '../rule';
import { type Conflict, findConflicts, tokenAt } from './util';
import { isContentWord, stem } from '../stem';
import plTemporal from '../../../../data/pl/temporal.json';
import { type DatePart, type DateParts, dateConflict, dateParts, datesComparable } from './values';

const KINDS: ReadonlySet<FactKind> = new Set(['date']);
const PL_WEEKDAY_ADJ = new Set(Object.values((plTemporal as { weekdayAdjectives: Record<string, string[]> }).weekdayAdjectives).flat());

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
  const mctx: RuleContext = { ...ctx, draftFactsBySentence: ctx.draftFactsBySentence.map(fs => withWeekdays(ctx.draft.text, fs)) };
  for (let di = 0; di < ctx.draft.sentences.length; di++) {
    const cs = findConflicts(mctx, di, {
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
      // So is a date that agrees on more of its parts ("w środę 14 marca" → "we wtorek 14 marca 2023", not "wtorek").
      prefer: preferDate,
      // A bare weekday ("w środę") may be the day of the event the next sentence dates.
      neighbours: d => /^weekday:\d$/.test(d.value),
    });
    for (const c of cs) {
      // "środowa kolacja" dates the dinner: it is compared only with a source weekday said of the same thing.
      if (PL_WEEKDAY_ADJ.has(c.draft.text.toLowerCase()) && !sameEventNoun(ctx, c)) continue;
      const d = dateParts(c.draft);
      const s = dateParts(c.source);
      const part = dateConflict(d, s);
      if (part) out.push({ ...c, part, d, s });
    }
  }
  CACHE.set(ctx, out);
  return out;
}

/**
 * A weekday written next to a date ("w środę 14 marca 2023", "Wednesday, March 14") is part of that date: the two
 * facts become one date with its weekday, so the date's own weekday (known from the year) is compared with it.
 */
export function withWeekdays(text: string, facts: Fact[]): Fact[] {
  if (facts.length < 2) return facts;
  let out: Fact[] | null = null;
  for (let i = 0; i < facts.length; i++) {
    const w = facts[i];
    if (w.kind !== 'date' || !/^weekday:\d$/.test(w.value)) continue;
    const d = facts.find(f => f !== w && f.kind === 'date' && !/^weekday:/.test(f.value) && !/^rel:/.test(f.value)
      && (f.start >= w.end ? /^[\s,]{0,3}$/.test(text.slice(w.end, f.start)) : f.end <= w.start && /^[\s,]{0,3}$/.test(text.slice(f.end, w.start))));
    if (!d) continue;
    const p = dateParts(d);
    if (!p.month || !p.day || (d.attributes.weekday !== null && d.attributes.weekday !== undefined)) continue;
    const start = Math.min(w.start, d.start);
    const end = Math.max(w.end, d.end);
    const merged: Fact = { ...d, start, end, text: text.slice(start, end), attributes: { ...d.attributes, weekday: dateParts(w).weekday ?? null } };
    out ??= facts.slice();
    out = out.filter(f => f !== w && f !== d);
    out.push(merged);
  }
  return out ? out.sort((a, b) => a.start - b.start) : facts;
}

/** The noun a weekday adjective qualifies ("środowej kolacji") is said in the source sentence too. */
function sameEventNoun(ctx: RuleContext, c: Conflict): boolean {
  const doc = ctx.draft;
  const i = tokenAt(doc, c.draft.end);
  const t = doc.tokens[i];
  if (!t || t.sentence !== doc.tokens[tokenAt(doc, c.draft.start)]?.sentence || !isContentWord(t, ctx.language)) return false;
  const noun = stem(t.norm, ctx.language);
  const sdoc = c.aligned.src.document;
  const s = sdoc.sentences[c.source.sentenceIndex];
  if (!s) return false;
  for (let j = s.tokenStart; j < s.tokenEnd; j++) if (stem(sdoc.tokens[j].norm, ctx.language) === noun) return true;
  return false;
}

function qualifiersFit(d: Fact, s: Fact): boolean {
  const a = d.attributes.qualifier;
  const b = s.attributes.qualifier;
  return !a || !b || a === b;
}

/** Ranking bonus of a source date as the counterpart of a draft date. */
export function preferDate(d: Fact, s: Fact): number {
  const a = dateParts(d);
  const b = dateParts(s);
  return (granularity(a) === granularity(b) ? 1 : 0) + sameParts(a, b);
}

/** Parts both dates give beyond the first, with equal values (year, month, day). */
function sameParts(a: DateParts, b: DateParts): number {
  let n = 0;
  for (const k of ['year', 'month', 'day'] as const) if (a[k] !== undefined && a[k] === b[k]) n++;
  return n >= 2 ? n - 1 : 0;
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
