// antonym-mismatch: the draft uses the opposite word of the aligned source statement (east/west, rose/fell,
// banned/allowed, wzrósł/spadł, sojusznik/przeciwnik, przed/po), anchored on a word both share next to it.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { fold, stem, isContentWord } from '../stem';
import { antonymPairs, antonymSide, isNegationCue, negationsIn, stemsAround } from '../words';
import { alignedOf, topAligned } from './util';
import type { AnalyzedDocument, Lang } from '../../types';

const MIN_SCORE = 0.4;

/** The first content word after token i (for prepositions: what they govern). */
function governed(doc: AnalyzedDocument, i: number, lang: Lang): string | null {
  const s = doc.sentences[doc.tokens[i].sentence];
  for (let j = i + 1; j < s.tokenEnd && j <= i + 3; j++) {
    const t = doc.tokens[j];
    if (t.type === 'num') return '#' + t.norm;
    if (isContentWord(t, lang)) return stem(t.norm, lang);
  }
  return null;
}

/** A negation shortly before token i in its clause flips its polarity ("nie należały przed" = "wstąpiły po"). */
function negatedNear(doc: AnalyzedDocument, i: number, lang: Lang): boolean {
  const s = doc.sentences[doc.tokens[i].sentence];
  for (let j = i - 1; j >= s.tokenStart && j >= i - 6; j--) {
    const t = doc.tokens[j];
    if (t.type === 'punct' && /[,;:()–—]/.test(t.text)) return false;
    if (isNegationCue(t, lang)) return true;
  }
  return false;
}

const COORD = /^(?:i|oraz|ani|lub|albo|czy|and|or|nor|to|do|-|–)$/;

/** Token i stands next to a word matching `near`, across a coordination ("krótkiego i średniego zasięgu"). */
function nextTo(doc: AnalyzedDocument, i: number, near: RegExp, lang: Lang): boolean {
  const s = doc.sentences[doc.tokens[i].sentence];
  const norm = (j: number) => (lang === 'pl' ? fold(doc.tokens[j].norm) : doc.tokens[j].norm.toLowerCase());
  if (i - 1 >= s.tokenStart && near.test(norm(i - 1))) return true;
  for (let j = i + 1; j < s.tokenEnd && j <= i + 5; j++) {
    const t = doc.tokens[j];
    if (near.test(norm(j))) return true;
    if (t.type === 'punct' && t.text !== ',' && !COORD.test(t.text)) return false;
    if (t.type === 'word' && COORD.test(t.norm)) continue;
    // Another word only after a coordination: a coordinated member of the set ("krótkiego i średniego").
    if (!COORD.test(doc.tokens[j - 1].norm) && doc.tokens[j - 1].text !== ',') return false;
  }
  return false;
}

export const antonymMismatch: Rule = {
  code: 'antonym-mismatch',
  description: 'The draft uses the opposite word (east/west, rose/fell, banned/allowed…) of the aligned source statement.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const draft = ctx.draft;
    const lang = ctx.language;
    const pairs = antonymPairs(lang);
    for (let di = 0; di < draft.sentences.length; di++) {
      const top = topAligned(alignedOf(ctx, di, MIN_SCORE));
      if (!top.length) continue;
      const ds = draft.sentences[di];
      const dneg = negationsIn(draft, di, lang).negated;
      for (const a of top) {
        const sdoc = a.src.document;
        if (sdoc.language !== lang) continue;
        const ss = sdoc.sentences[a.sentence];
        const sneg = negationsIn(sdoc, a.sentence, lang).negated;
        let found = false;
        for (const p of pairs) {
          const dSide: Record<'a' | 'b', number[]> = { a: [], b: [] };
          const sSide: Record<'a' | 'b', number[]> = { a: [], b: [] };
          for (let i = ds.tokenStart; i < ds.tokenEnd; i++) {
            if (draft.tokens[i].type !== 'word') continue;
            const side = antonymSide(p, draft.tokens[i].norm, lang);
            if (side) dSide[side].push(i);
          }
          if (!dSide.a.length && !dSide.b.length) continue;
          if (dSide.a.length && dSide.b.length) continue;
          for (let i = ss.tokenStart; i < ss.tokenEnd; i++) {
            if (sdoc.tokens[i].type !== 'word') continue;
            const side = antonymSide(p, sdoc.tokens[i].norm, lang);
            if (side) sSide[side].push(i);
          }
          const mine = dSide.a.length ? 'a' : 'b';
          const theirs = mine === 'a' ? 'b' : 'a';
          if (sSide[mine].length || !sSide[theirs].length) continue;
          for (const i of dSide[mine]) {
            if (p.near && !nextTo(draft, i, p.near, lang)) continue;
            // A negation flips an opposite ("nie wzrosła" ≈ "spadła"), not one of several exclusive values:
            // "nie rozmieszczać rakiet dalekiego zasięgu" still contradicts "… krótkiego zasięgu".
            const dNegated = dneg.has(i) || negatedNear(draft, i, lang);
            if (dNegated && !p.exclusive) continue;
            const dAround = p.prep ? null : stemsAround(draft, i, 3, lang);
            const j = sSide[theirs].find(k => {
              if (p.near && !nextTo(sdoc, k, p.near, lang)) return false;
              const sNegated = sneg.has(k) || negatedNear(sdoc, k, lang);
              if (p.exclusive ? sNegated !== dNegated : sNegated) return false;
              if (p.prep) { const g = governed(draft, i, lang); return g !== null && g === governed(sdoc, k, lang); }
              const sAround = stemsAround(sdoc, k, 3, lang);
              for (const x of dAround as Set<string>) if (sAround.has(x)) return true;
              return false;
            });
            if (j === undefined) continue;
            const dt = draft.tokens[i];
            const st = sdoc.tokens[j];
            out.push({
              code: 'antonym-mismatch', severity: a.score >= 0.55 ? 'error' : 'warning', start: dt.start, end: dt.end,
              found: dt.text, expected: st.text,
              message: { pl: `Źródło mówi odwrotnie: „${st.text}”`, en: `The source says the opposite: "${st.text}"` },
              evidence: { source: a.source, sentence: a.sentence, start: st.start, end: st.end },
              replacement: /^\p{Lu}/u.test(dt.text) ? st.text[0].toUpperCase() + st.text.slice(1) : st.text.toLowerCase(),
            });
            found = true;
            break;
          }
        }
        if (found) break;
      }
    }
    return out;
  },
};
