// time-mismatch: a clock time that differs from the aligned source statement's, or the right time given in
// the wrong zone or city ("23:35 czasu waszyngtońskiego" where the source gives 23:35 Moscow time).
import type { Fact, FactKind } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { conflictSeverity, draftConflicts, makeFinding, sourceDisplay } from './util';
import { clockOf, formatClock, formatClockLike, timesAgree, zoneOf } from './values';

const KINDS: ReadonlySet<FactKind> = new Set(['time']);
const zonesCompatible = (d: Fact, s: Fact) => !zoneOf(d) || !zoneOf(s) || zoneOf(d) === zoneOf(s);
const sameClock = (d: Fact, s: Fact) => clockOf(d) !== null && clockOf(d) === clockOf(s);

export const timeMismatch: Rule = {
  code: 'time-mismatch',
  description: 'A clock time (or the zone it is given in) differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const conflicts = draftConflicts(ctx, {
      kinds: KINDS,
      agree: (d, s) => timesAgree(d, s) && zonesCompatible(d, s),
      // Times in two different zones may be one moment converted: only the same zone, or the same clock
      // reading in another zone, stands in the same slot.
      comparable: (d, s) => zonesCompatible(d, s) || sameClock(d, s),
      prefer: (d, s) => (sameClock(d, s) ? 2 : 0),
    });
    for (const c of conflicts) {
      const clock = clockOf(c.source);
      if (clock === null) continue;
      const shown = sourceDisplay(ctx, c, () => formatClock(clock));
      if (sameClock(c.draft, c.source)) {
        out.push(makeFinding('time-mismatch', c, {
          pl: `Źródło podaje tę godzinę w innej strefie: ${shown}`,
          en: `The source gives this time in another zone: ${shown}`,
        }, { severity: conflictSeverity(c) }));
      } else {
        out.push(makeFinding('time-mismatch', c, { pl: `Źródło podaje ${shown}`, en: `The source gives ${shown}` }, {
          severity: conflictSeverity(c),
          replacement: formatClockLike(c.draft.text, clock) === c.draft.text ? undefined : replaceClock(c.draft.text, formatClockLike(c.draft.text, clock)),
        }));
      }
    }
    return out;
  },
};

/** Puts the new clock reading in place of the draft's one, keeping the words around it ("o godz. 2.30"). */
function replaceClock(draftText: string, clock: string): string {
  const m = /\d{1,2}(?:[:.]\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?/i.exec(draftText);
  if (!m) return clock;
  return draftText.slice(0, m.index) + clock + draftText.slice(m.index + m[0].length);
}
