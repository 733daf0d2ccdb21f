// antonym-mismatch: the draft uses the opposite word of the aligned source statement (east/west, rose/fell,
// banned/allowed, wzrósł/spadł, sojusznik/przeciwnik, przed/po), anchored on a word both share next to it.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { fold, stem, isContentWord } from '../stem';
import { antonymPairs, antonymSide, isNegationCue, negationsIn, stemsAround, type AntonymPair } from '../words';
import { alignedOf, topAligned, type Aligned } from './util';
import type { AnalyzedDocument, Lang, Token } from '../../types';
import plContrasts from '../../../../data/pl/contrasts.json';
import enContrasts from '../../../../data/en/contrasts.json';

interface Contrasts {
  pairs: AntonymPair[];
  /** Closed word classes: each member a whole-word regex. */
  classes: RegExp[][];
  prefixes: string[];
  minBase: number;
  notPrefixed: RegExp | null;
}
let contrasts: Record<Lang, Contrasts> | undefined;
function contrastsFor(lang: Lang): Contrasts {
  if (!contrasts) {
    const whole = (xs: string[]) => new RegExp(`^(?:${xs.join('|')})$`);
    const build = (d: { pairs: Array<{ a: string[]; b: string[] }>; classes: string[][]; prefixes: string[]; minBase: number; notPrefixed?: string[] }, l: Lang): Contrasts => ({
      pairs: [...antonymPairs(l), ...d.pairs.map((p, i) => ({ index: 1000 + i, a: whole(p.a), b: whole(p.b), prep: false }))],
      classes: d.classes.map(c => c.map(x => new RegExp(`^(?:${x})$`))),
      prefixes: d.prefixes,
      minBase: d.minBase,
      notPrefixed: d.notPrefixed?.length ? whole(d.notPrefixed) : null,
    });
    contrasts = { pl: build(plContrasts, 'pl'), en: build(enContrasts, 'en') };
  }
  return contrasts[lang];
}

const wordOf = (norm: string, lang: Lang) => (lang === 'pl' ? fold(norm) : norm.toLowerCase());

/** The member of a closed class a word is (its index), or -1. Capitalised words are names ("Brown", "Zielona Góra"). */
function memberOf(cls: RegExp[], text: string, norm: string, lang: Lang): number {
  if (/^\p{Lu}/u.test(text)) return -1;
  const w = wordOf(norm, lang);
  return cls.findIndex(r => r.test(w));
}

/** Do the words around two tokens share a content word (the same statement about the same thing)? */
function anchored(draft: AnalyzedDocument, i: number, sdoc: AnalyzedDocument, k: number, lang: Lang): boolean {
  const a = stemsAround(draft, i, 3, lang);
  const b = stemsAround(sdoc, k, 3, lang);
  for (const x of a) if (b.has(x)) return true;
  return false;
}

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

function finding(ctx: RuleContext, a: Aligned, i: number, j: number): RawFinding {
  const dt = ctx.draft.tokens[i];
  const st = a.src.document.tokens[j];
  return {
    code: 'antonym-mismatch', severity: a.score >= 0.55 ? 'error' : 'warning', start: dt.start, end: dt.end,
    found: dt.text, expected: st.text,
    message: { pl: `Źródło mówi inaczej: „${st.text}”`, en: `The source says otherwise: "${st.text}"` },
    evidence: { source: a.source, sentence: a.sentence, start: st.start, end: st.end },
    replacement: /^\p{Lu}/u.test(dt.text) ? st.text[0].toUpperCase() + st.text.slice(1) : st.text.toLowerCase(),
  };
}

/** The class members a sentence names: member index → token indices. */
function classMembers(tokens: readonly Token[], sent: { tokenStart: number; tokenEnd: number }, cls: RegExp[], lang: Lang): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const m = memberOf(cls, t.text, t.norm, lang);
    if (m < 0) continue;
    const list = out.get(m);
    if (list) list.push(i); else out.set(m, [i]);
  }
  return out;
}

/**
 * Another member of a closed class in the same slot: "yellow and white paint" for "yellow and blue paint", "his
 * sister" for "his brother", "Tuesday evening" for "Tuesday morning".
 */
function classSwap(ctx: RuleContext, di: number, a: Aligned, c: Contrasts, sneg: Set<number>, dneg: Set<number>): RawFinding | null {
  const draft = ctx.draft;
  const sdoc = a.src.document;
  const lang = ctx.language;
  const ds = draft.sentences[di];
  const ss = sdoc.sentences[a.sentence];
  for (const cls of c.classes) {
    const dm = classMembers(draft.tokens, ds, cls, lang);
    if (!dm.size) continue;
    const sm = classMembers(sdoc.tokens, ss, cls, lang);
    for (const [m, is] of dm) {
      if (sm.has(m)) continue;
      for (const [m2, ks] of sm) {
        if (dm.has(m2)) continue;
        for (const i of is) {
          if (dneg.has(i) || negatedNear(draft, i, lang)) continue;
          const k = ks.find(k => !sneg.has(k) && !negatedNear(sdoc, k, lang) && anchored(draft, i, sdoc, k, lang));
          if (k !== undefined) return finding(ctx, a, i, k);
        }
      }
    }
  }
  return null;
}

/** A word and its negative-prefixed form: "crewed" for "uncrewed", "niebezpieczny" for "bezpieczny". */
function prefixSwap(ctx: RuleContext, di: number, a: Aligned, c: Contrasts, sneg: Set<number>, dneg: Set<number>): RawFinding | null {
  if (!c.prefixes.length) return null;
  const draft = ctx.draft;
  const sdoc = a.src.document;
  const lang = ctx.language;
  const ds = draft.sentences[di];
  const ss = sdoc.sentences[a.sentence];
  const forms = (doc: AnalyzedDocument, from: number, to: number) => {
    const m = new Map<string, number>();
    for (let i = from; i < to; i++) {
      const t = doc.tokens[i];
      if (t.type === 'word' && isContentWord(t, lang) && !/^\p{Lu}/u.test(t.text)) m.set(wordOf(t.norm, lang), i);
    }
    return m;
  };
  const dForms = forms(draft, ds.tokenStart, ds.tokenEnd);
  const sForms = forms(sdoc, ss.tokenStart, ss.tokenEnd);
  const base = (w: string): string | null => {
    if (c.notPrefixed?.test(w)) return null;
    for (const p of c.prefixes) if (w.startsWith(p) && w.length - p.length >= c.minBase) return w.slice(p.length);
    return null;
  };
  for (const [w, i] of dForms) {
    if (dneg.has(i) || negatedNear(draft, i, lang)) continue;
    // The source has the prefixed form of the draft's word, or the draft's word is the prefixed form of the source's.
    const others: string[] = [];
    if (w.length >= c.minBase) for (const p of c.prefixes) others.push(p + w);
    const b = base(w);
    if (b) others.push(b);
    for (const o of others) {
      const k = sForms.get(o);
      if (k === undefined || dForms.has(o) || sForms.has(w)) continue;
      if (o !== b && base(o) === null) continue;
      if (sneg.has(k) || negatedNear(sdoc, k, lang) || !anchored(draft, i, sdoc, k, lang)) continue;
      return finding(ctx, a, i, k);
    }
  }
  return null;
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
    const c = contrastsFor(lang);
    const pairs = c.pairs;
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
          // Both words of the pair in one sentence: only strict mode tells them apart by what they stand next to
          // ("the troubled start-up … the struggling company" / "the triumphant start-up … the struggling company").
          if (!ctx.strict && dSide.a.length && dSide.b.length) continue;
          for (let i = ss.tokenStart; i < ss.tokenEnd; i++) {
            if (sdoc.tokens[i].type !== 'word') continue;
            const side = antonymSide(p, sdoc.tokens[i].norm, lang);
            if (side) sSide[side].push(i);
          }
          // A draft word and a source word about the same thing: the same governed word (prepositions) or a
          // content word shared around them.
          const linked = (i: number, k: number): boolean => {
            if (p.prep) { const g = governed(draft, i, lang); return g !== null && g === governed(sdoc, k, lang); }
            return anchored(draft, i, sdoc, k, lang);
          };
          let j: number | undefined;
          let i = -1;
          for (const mine of ['a', 'b'] as const) {
            const theirs = mine === 'a' ? 'b' : 'a';
            if (!dSide[mine].length || !sSide[theirs].length) continue;
            if (!ctx.strict && sSide[mine].length) continue;
            for (const di2 of dSide[mine]) {
              if (p.near && !nextTo(draft, di2, p.near, lang)) continue;
              // A negation flips an opposite ("nie wzrosła" ≈ "spadła"), not one of several exclusive values:
              // "nie rozmieszczać rakiet dalekiego zasięgu" still contradicts "… krótkiego zasięgu".
              const dNegated = dneg.has(di2) || negatedNear(draft, di2, lang);
              if (dNegated && !p.exclusive) continue;
              // The source says the draft's word too, about the same thing ("troubled … struggling company").
              if (sSide[mine].some(k => linked(di2, k))) continue;
              j = sSide[theirs].find(k => {
                if (p.near && !nextTo(sdoc, k, p.near, lang)) return false;
                const sNegated = sneg.has(k) || negatedNear(sdoc, k, lang);
                if (p.exclusive ? sNegated !== dNegated : sNegated) return false;
                return linked(di2, k);
              });
              // The draft says the source's word too, about the same thing ("exports rose while imports fell").
              if (j !== undefined && dSide[theirs].some(x => linked(x, j as number))) j = undefined;
              if (j !== undefined) { i = di2; break; }
            }
            if (j !== undefined) break;
          }
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
        if (!found) {
          const hit = classSwap(ctx, di, a, c, sneg, dneg) ?? prefixSwap(ctx, di, a, c, sneg, dneg);
          if (hit) { out.push(hit); found = true; }
        }
        if (found) break;
      }
    }
    return out;
  },
};
