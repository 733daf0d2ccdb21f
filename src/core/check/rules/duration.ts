// duration-mismatch: a length of time that differs from the aligned source statement ("90 minut" where the
// source says "ok. 50 minut"; words and digits alike). "About" and rounding are honoured.
import type { FactKind, Lang } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { conflictSeverity, draftConflicts, makeFinding, sourceDisplay } from './util';
import { approxOf, durationsAgree, minutesOf } from './values';

const KINDS: ReadonlySet<FactKind> = new Set(['duration']);

export function formatMinutes(min: number, approx: boolean, lang: Lang): string {
  const pre = approx ? (lang === 'pl' ? 'ok. ' : 'about ') : '';
  if (min >= 1440 && min % 1440 === 0) { const d = min / 1440; return pre + (lang === 'pl' ? `${d} ${d === 1 ? 'dzień' : 'dni'}` : `${d} day${d === 1 ? '' : 's'}`); }
  if (min >= 60 && min % 60 === 0) { const h = min / 60; return pre + (lang === 'pl' ? `${h} godz.` : `${h} hour${h === 1 ? '' : 's'}`); }
  return pre + (lang === 'pl' ? `${min} min` : `${min} minutes`);
}

export const durationMismatch: Rule = {
  code: 'duration-mismatch',
  description: 'A duration differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const conflicts = draftConflicts(ctx, {
      kinds: KINDS,
      agree: (d, s) => {
        const a = minutesOf(d);
        const b = minutesOf(s);
        return a === null || b === null || durationsAgree(a, approxOf(d), b, approxOf(s));
      },
      comparable: (d, s) => minutesOf(d) !== null && minutesOf(s) !== null,
    });
    for (const c of conflicts) {
      const m = minutesOf(c.source) as number;
      const shown = sourceDisplay(ctx, c, lang => formatMinutes(m, approxOf(c.source) !== null, lang));
      out.push(makeFinding('duration-mismatch', c, { pl: `Źródło podaje ${shown}`, en: `The source gives ${shown}` },
        { severity: conflictSeverity(c), replacement: shown }));
    }
    return out;
  },
};
