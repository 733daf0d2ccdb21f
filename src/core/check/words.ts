// Language data of the rules (data/<lang>/antonyms.json, negation.json, attribution.json, data/outlets.json),
// compiled once: antonym pairs as whole-word regexes, negation scopes, outlet names, attribution cues.
import type { AnalyzedDocument, Lang, Token } from '../types';
import { fold, isContentWord, stem } from './stem';
import plAnt from '../../../data/pl/antonyms.json';
import enAnt from '../../../data/en/antonyms.json';
import plNeg from '../../../data/pl/negation.json';
import enNeg from '../../../data/en/negation.json';
import plAttr from '../../../data/pl/attribution.json';
import enAttr from '../../../data/en/attribution.json';
import outletData from '../../../data/outlets.json';

// ---------- antonyms ----------

export interface AntonymPair {
  index: number;
  a: RegExp;
  b: RegExp;
  prep: boolean;
  /** From a set of mutually exclusive words (short / medium / long range): not flipped by a negation. */
  exclusive?: boolean;
  /** The word must stand next to one of these words ("dalekiego zasięgu"). */
  near?: RegExp;
}

interface RawPair { a: string[]; b: string[]; prep?: boolean }
interface RawSet { members: string[][]; near?: string[] }

const compileSide = (xs: string[]) => new RegExp(`^(?:${xs.join('|')})$`);
let antonyms: Record<Lang, AntonymPair[]> | undefined;

function compilePairs(data: { pairs: RawPair[]; sets?: RawSet[] }): AntonymPair[] {
  const out: AntonymPair[] = data.pairs.map((p, index) => ({ index, a: compileSide(p.a), b: compileSide(p.b), prep: !!p.prep }));
  // Any two members of a set of mutually exclusive words are a pair.
  for (const set of data.sets ?? []) {
    const near = set.near?.length ? compileSide(set.near) : undefined;
    for (let i = 0; i < set.members.length; i++) {
      for (let j = i + 1; j < set.members.length; j++) {
        out.push({ index: out.length, a: compileSide(set.members[i]), b: compileSide(set.members[j]), prep: false, exclusive: true, near });
      }
    }
  }
  return out;
}

export function antonymPairs(lang: Lang): AntonymPair[] {
  antonyms ??= { pl: compilePairs(plAnt as never), en: compilePairs(enAnt as never) };
  return antonyms[lang];
}

/** Which side of a pair a word is on: 'a', 'b' or null. */
export function antonymSide(pair: AntonymPair, norm: string, lang: Lang): 'a' | 'b' | null {
  const w = lang === 'pl' ? fold(norm) : norm.toLowerCase();
  if (pair.a.test(w)) return 'a';
  if (pair.b.test(w)) return 'b';
  return null;
}

// ---------- negation ----------

interface NegData { cues: Set<string>; skip: Set<string>; not: Set<string> }
let neg: Record<Lang, NegData> | undefined;
function negData(lang: Lang): NegData {
  neg ??= {
    pl: { cues: new Set(plNeg.cues), skip: new Set(plNeg.skip), not: new Set(plNeg.notNegation) },
    en: { cues: new Set(enNeg.cues), skip: new Set(enNeg.skip), not: new Set(enNeg.notNegation) },
  };
  return neg[lang];
}

export function isNegationCue(t: Token, lang: Lang): boolean {
  if (t.type !== 'word') return false;
  const n = t.norm.replace(/’/g, '\'');
  return negData(lang).cues.has(n) || (lang === 'en' && /n't$/.test(n));
}

const CONDITIONAL = new Set(['jeśli', 'jeżeli', 'gdyby', 'gdy', 'chyba', 'o ile', 'if', 'unless', 'whether', 'czy']);
const WEAK_CUES = new Set(['no', 'none', 'nobody', 'nothing', 'nikt', 'nic', 'niczego', 'nikogo', 'żaden', 'żadna', 'żadne', 'żadnego', 'żadnej', 'żadnych', 'żadnym', 'żadnymi']);

export interface NegationInfo {
  /**
   * Token index of the cue → token index of the content word it negates. `weak`: a determiner negation ("no
   * start date", "żadnych zmian") that negates a noun phrase rather than the statement's verb.
   */
  scopes: Array<{ cue: number; target: number; weak: boolean }>;
  /** Token indices inside a negation (the negated words). */
  negated: Set<number>;
}

/** Negation cues of a sentence and the content word each negates ("nie prowadzi", "has not yet been set"). */
export function negationsIn(doc: AnalyzedDocument, si: number, lang: Lang = doc.language): NegationInfo {
  const s = doc.sentences[si];
  const d = negData(lang);
  const scopes: NegationInfo['scopes'] = [];
  const negated = new Set<number>();
  if (!s) return { scopes, negated };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!isNegationCue(t, lang)) continue;
    const next = doc.tokens[i + 1];
    if (next && i + 1 < s.tokenEnd && d.not.has(next.norm)) continue;
    // "jeśli nie została oskarżona", "unless", "if not": a condition, not a statement.
    let conditional = false;
    for (let j = i - 1; j >= s.tokenStart && j >= i - 3; j--) if (CONDITIONAL.has(doc.tokens[j].norm)) conditional = true;
    if (conditional) continue;
    for (let j = i + 1; j < s.tokenEnd && j <= i + 5; j++) {
      const u = doc.tokens[j];
      if (u.type === 'punct') { if (/[,;:()–—-]/.test(u.text)) break; continue; }
      if (d.skip.has(u.norm) || isNegationCue(u, lang)) continue;
      if (d.not.has(u.norm)) break;
      // "nie sam David Davis": a negated name is no negated statement.
      if (u.type === 'word' && /^\p{Lu}/u.test(u.text)) break;
      if (u.type === 'word' && isContentWord(u, lang)) {
        scopes.push({ cue: i, target: j, weak: WEAK_CUES.has(t.norm) });
        negated.add(j);
        break;
      }
      if (u.type === 'num') break;
    }
  }
  return { scopes, negated };
}

// ---------- outlets and attribution ----------

interface Outlet { name: string; forms: string[][] }
let outlets: { byFirst: Map<string, Array<{ outlet: Outlet; words: string[] }>> } | undefined;

function outletIndex() {
  if (!outlets) {
    const byFirst = new Map<string, Array<{ outlet: Outlet; words: string[] }>>();
    for (const o of outletData.outlets as Array<{ name: string; forms: string[] }>) {
      const outlet: Outlet = { name: o.name, forms: o.forms.map(f => f.split(' ')) };
      for (const words of outlet.forms) {
        const l = byFirst.get(words[0]) ?? [];
        l.push({ outlet, words });
        byFirst.set(words[0], l);
      }
    }
    for (const l of byFirst.values()) l.sort((x, y) => y.words.length - x.words.length);
    outlets = { byFirst };
  }
  return outlets;
}

export interface OutletMention {
  name: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Outlets, agencies and platforms named in a sentence (capitalised; short acronyms only in capitals). */
export function outletsIn(doc: AnalyzedDocument, si: number): OutletMention[] {
  const s = doc.sentences[si];
  const out: OutletMention[] = [];
  if (!s) return out;
  const idx = outletIndex().byFirst;
  const toks = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = toks[i];
    if (t.type === 'punct' || !/^\p{Lu}|^\d/u.test(t.text)) continue;
    const cands = idx.get(fold(t.norm));
    if (!cands) continue;
    for (const { outlet, words } of cands) {
      let ok = true;
      let j = i;
      for (let k = 0; k < words.length; k++, j++) {
        // Joined forms: "gazeta.pl", "onet.pl" come as several tokens.
        const w = words[k];
        if (j >= s.tokenEnd) { ok = false; break; }
        if (w.includes('.') && !w.startsWith('.')) {
          const joined = doc.text.slice(toks[j].start, toks[j].start + w.length).toLowerCase();
          if (fold(joined) !== w) { ok = false; break; }
          while (j + 1 < s.tokenEnd && toks[j + 1].end <= toks[j].start + w.length) j++;
          continue;
        }
        if (fold(toks[j].norm) !== w) { ok = false; break; }
      }
      if (!ok) continue;
      // Short acronyms ("AP", "RT", "DW") count only in capitals.
      if (words.length === 1 && words[0].length <= 4 && !/\d/.test(words[0]) && t.text !== t.text.toUpperCase()) continue;
      out.push({ name: outlet.name, start: t.start, end: toks[j - 1].end, tokenStart: i, tokenEnd: j });
      i = j - 1;
      break;
    }
  }
  return out;
}

let attrCues: Record<Lang, string[]> | undefined;
/** Does the sentence attribute its content to someone (reporting verb, "według", "according to", outlet noun)? */
export function hasAttributionCue(doc: AnalyzedDocument, si: number, lang: Lang = doc.language): boolean {
  attrCues ??= { pl: plAttr.cues, en: enAttr.cues };
  const s = doc.sentences[si];
  if (!s) return false;
  const cues = attrCues[lang];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word') continue;
    const w = lang === 'pl' ? fold(t.norm) : t.norm;
    if (cues.some(c => w.startsWith(c))) return true;
  }
  return false;
}

/** Content stems of the tokens around token i (±window), for anchoring a word in its statement. */
export function stemsAround(doc: AnalyzedDocument, i: number, window: number, lang: Lang = doc.language): Set<string> {
  const out = new Set<string>();
  const t0 = doc.tokens[i];
  if (!t0) return out;
  const s = doc.sentences[t0.sentence];
  for (let j = Math.max(s.tokenStart, i - window); j < Math.min(s.tokenEnd, i + window + 1); j++) {
    if (j === i) continue;
    const t = doc.tokens[j];
    if (t.type === 'num') out.add('#' + t.norm.replace(/,/g, '.'));
    else if (isContentWord(t, lang)) out.add(stem(t.norm, lang));
  }
  return out;
}
