// weekday-mismatch: another day of the week than the aligned source statement gives (also when the source
// gives a full date whose weekday can be computed).
import type { Lang } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { dateConflicts } from './dates';
import { conflictSeverity, makeFinding } from './util';
import { WEEKDAYS, WEEKDAYS_ACC_PL } from './values';

/** The source weekday in the case the draft uses ("w środę" → "w czwartek"). */
function weekdayLike(draftText: string, weekday: number, lang: Lang): string {
  if (lang === 'en') return WEEKDAYS.en[weekday - 1];
  const low = draftText.toLowerCase();
  const acc = WEEKDAYS_ACC_PL.some(w => low.includes(w));
  const form = acc ? WEEKDAYS_ACC_PL[weekday - 1] : WEEKDAYS.pl[weekday - 1];
  return /^\p{Lu}/u.test(draftText.replace(/^w\s+/i, '')) ? form[0].toUpperCase() + form.slice(1) : form;
}

export const weekdayMismatch: Rule = {
  code: 'weekday-mismatch',
  description: 'A day of the week differs from the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const c of dateConflicts(ctx)) {
      if (c.part !== 'weekday' || !c.s.weekday || !c.d.weekday) continue;
      const name = WEEKDAYS[ctx.language][c.s.weekday - 1];
      const draftName = weekdayLike(c.draft.text, c.d.weekday, ctx.language);
      const idx = c.draft.text.toLowerCase().lastIndexOf(draftName.toLowerCase());
      let extra: Partial<RawFinding> = {};
      if (idx >= 0 && c.d.day) {
        // A weekday next to its date ("w środę 14 marca 2023"): the weekday word is what is wrong.
        let start = c.draft.start + idx;
        const end = start + draftName.length;
        let replacement = weekdayLike(c.draft.text.slice(idx, idx + draftName.length), c.s.weekday, ctx.language);
        // Polish "w środę" → "we wtorek": the preposition follows the new word.
        if (ctx.language === 'pl') {
          const before = ctx.draft.text.slice(Math.max(0, start - 4), start);
          const m = /(we?)\s+$/i.exec(before);
          const at = m ? start - before.length + m.index : -1;
          if (m && !/\p{L}/u.test(ctx.draft.text[at - 1] ?? '')) {
            start = at;
            const w = /^wt/i.test(replacement) ? 'we' : 'w';
            replacement = (m[1][0] === 'W' ? 'W' + w.slice(1) : w) + ' ' + replacement;
          }
        }
        extra = { start, end, found: ctx.draft.text.slice(start, end), replacement };
      } else if (idx >= 0) {
        extra = { replacement: c.draft.text.slice(0, idx) + weekdayLike(c.draft.text.slice(idx), c.s.weekday, ctx.language) + c.draft.text.slice(idx + draftName.length) };
      }
      out.push(makeFinding('weekday-mismatch', c, {
        pl: `Źródło podaje inny dzień tygodnia: ${name}`,
        en: `The source gives another weekday: ${name}`,
      }, { severity: conflictSeverity(c), ...extra }));
    }
    return out;
  },
};
