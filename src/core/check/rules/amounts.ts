// The shared core of number-mismatch, money-mismatch and percent-mismatch: amounts compared by value (digits,
// words and inflected numerals alike, as the extractors normalise them), rounding and "about / more than /
// ponad" honoured, sums and differences of the source's own figures accepted.
import type { Fact, FactKind } from '../../types';
import type { RawFinding, RuleContext } from '../rule';
import { conflictSeverity, draftConflicts, makeFinding, sourceDisplay } from './util';
import { amountOf, amountsAgree, approxOf, formatNumber, precisionOf, replaceAmount } from './values';

export interface AmountRuleSpec {
  code: string;
  kind: FactKind;
  /** Extra test for two facts to stand in the same slot (same currency, same unit). */
  sameSort(d: Fact, s: Fact): boolean;
  /** Normalised rendering of a source amount for a draft in another language. */
  render(s: Fact, amount: number, lang: 'pl' | 'en'): string;
}

const unitOf = (f: Fact) => (typeof f.attributes.unit === 'string' && f.attributes.unit ? f.attributes.unit.toLowerCase() : '');
export const unitsCompatible = (d: Fact, s: Fact) => !unitOf(d) || !unitOf(s) || unitOf(d) === unitOf(s);

/** d equals a sum or a difference of two source figures of the same sort ("12 flights in all" for 6 + 6). */
function sumOrDifference(d: Fact, pool: Fact[], sameSort: (a: Fact, b: Fact) => boolean): boolean {
  const v = amountOf(d);
  if (v === null) return false;
  const xs = pool.filter(s => sameSort(d, s)).map(amountOf).filter((x): x is number => x !== null).slice(0, 30);
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (Math.abs(xs[i] + xs[j] - v) < 1e-9 || Math.abs(Math.abs(xs[i] - xs[j]) - v) < 1e-9) return true;
    }
  }
  return false;
}

export function checkAmounts(ctx: RuleContext, spec: AmountRuleSpec): RawFinding[] {
  const kinds: ReadonlySet<FactKind> = new Set([spec.kind]);
  const out: RawFinding[] = [];
  const conflicts = draftConflicts(ctx, {
    kinds,
    needContext: true,
    agree: (d, s, near) => {
      const a = amountOf(d);
      const b = amountOf(s);
      if (a === null || b === null) return true;
      if (!spec.sameSort(d, s)) return false;
      // Bounds ("more than 20") are only judged against the counterpart statement's figures; elsewhere a
      // figure agrees only when it is the same value (or its rounding).
      const dA = near ? approxOf(d) : approxOf(d) === 'about' ? 'about' : null;
      const sA = near ? approxOf(s) : approxOf(s) === 'about' ? 'about' : null;
      return amountsAgree(a, dA, b, sA, precisionOf(d.text, a));
    },
    comparable: (d, s) => amountOf(d) !== null && amountOf(s) !== null && spec.sameSort(d, s),
    agreeMany: (d, pool) => sumOrDifference(d, pool, spec.sameSort),
  });
  for (const c of conflicts) {
    const a = amountOf(c.draft) as number;
    const b = amountOf(c.source) as number;
    const shown = sourceDisplay(ctx, c, lang => spec.render(c.source, b, lang));
    out.push(makeFinding(spec.code, c, { pl: `Źródło podaje ${shown}`, en: `The source gives ${shown}` }, {
      severity: conflictSeverity(c),
      replacement: replaceAmount(c.draft.text, a, b, ctx.language) ?? shown,
    }));
  }
  return out;
}

export const renderPlain = (_s: Fact, amount: number, lang: 'pl' | 'en') => formatNumber(amount, lang);
