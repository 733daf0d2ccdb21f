// negation-mismatch: a statement negated in the draft but affirmed in the aligned source sentence, or the other
// way round ("WUM sam prowadzi akcję szczepień" where the source says "WUM nie prowadzi akcji szczepień";
// "has already been set" where it says "has not yet been set").
import type { AnalyzedDocument, Lang } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { fold, isContentWord, stem } from '../stem';
import { isNegationCue, negationsIn, type NegationInfo } from '../words';
import { alignedOf, topAligned } from './util';
import plNeg from '../../../../data/pl/negation.json';
import enNeg from '../../../../data/en/negation.json';

const MIN_SCORE = 0.45;

/** Questions ("Czyż nie powiedział…?") do not assert what they negate. */
function isQuestion(doc: AnalyzedDocument, si: number): boolean {
  const s = doc.sentences[si];
  return /\?\s*["”»“’']?\s*$/.test(doc.prose.slice(s.start, s.end));
}

type Scope = NegationInfo['scopes'][number];

let implicitData: Record<Lang, { prefixes: string[]; stop: string[]; from: string[]; skip: Set<string> }> | undefined;
function implicitFor(lang: Lang) {
  implicitData ??= {
    pl: { prefixes: plNeg.implicit.map(fold), stop: [], from: [], skip: new Set(plNeg.skip) },
    en: { prefixes: enNeg.implicit, stop: enNeg.implicitStop, from: enNeg.implicitFrom, skip: new Set(enNeg.skip) },
  };
  return implicitData[lang];
}

/**
 * Negations of a sentence, with the verbs that negate what they govern ("failed to get the balance right" =
 * "did not get the balance right", "stopped opening", "prevented them from observing", „odmówił podpisania”,
 * „przestał działać”): the cue is the verb, the target the next content word.
 */
function negations(doc: AnalyzedDocument, si: number, lang: Lang): NegationInfo {
  const n = negationsIn(doc, si, lang);
  const s = doc.sentences[si];
  const d = implicitFor(lang);
  let scopes: Scope[] | null = null;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word') continue;
    const w = lang === 'pl' ? fold(t.norm) : t.norm;
    let j = -1;
    if (d.prefixes.some(p => w.startsWith(p))) {
      // English: "failed to", "unable to"; not "failed attempt", "declining sales".
      j = i + 1;
      if (lang === 'en') j = doc.tokens[j]?.norm === 'to' ? j + 1 : -1;
    } else if (d.stop.some(p => w.startsWith(p))) {
      // "stopped opening": a verb in -ing right after.
      j = /ing$/.test(doc.tokens[i + 1]?.norm ?? '') ? i + 1 : -1;
    } else if (d.from.some(p => w.startsWith(p))) {
      // "prevented them from observing": "from" within three words, then a verb in -ing ("banned from the
      // airspace" negates nothing).
      for (let k = i + 1; k < s.tokenEnd && k <= i + 3; k++) if (doc.tokens[k].norm === 'from') { j = k + 1; break; }
      if (j >= 0 && !/ing$/.test(doc.tokens[j]?.norm ?? '')) j = -1;
    }
    if (j < 0) continue;
    for (; j < s.tokenEnd && j <= i + 6; j++) {
      const u = doc.tokens[j];
      if (u.type !== 'word' || /^\p{Lu}/u.test(u.text)) break;
      if (d.skip.has(u.norm)) continue;
      if (isContentWord(u, lang)) {
        if (!n.negated.has(j)) { (scopes ??= [...n.scopes]).push({ cue: i, target: j, weak: false }); }
        break;
      }
    }
  }
  if (!scopes) return n;
  return { scopes, negated: new Set([...n.negated, ...scopes.map(x => x.target)]) };
}

const CLAUSE_BREAK = /^[,;:()–—]$/;
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'while', 'i', 'oraz', 'ale', 'lecz', 'a', 'że', 'który', 'która', 'które', 'którzy']);

/**
 * A negation in the clause of token i ("have found no evidence" says what "have not found any evidence" says; the
 * negation merely sits on another word): the statement's polarity cannot be told apart by word.
 */
function negatedClause(doc: AnalyzedDocument, i: number, info: NegationInfo, lang: Lang): boolean {
  const s = doc.sentences[doc.tokens[i].sentence];
  const cues = new Set(info.scopes.map(x => x.cue));
  for (const dir of [-1, 1]) {
    for (let j = i + dir, n = 0; j >= s.tokenStart && j < s.tokenEnd && n < 4; j += dir, n++) {
      const t = doc.tokens[j];
      if ((t.type === 'punct' && CLAUSE_BREAK.test(t.text)) || (t.type === 'word' && CONJUNCTIONS.has(t.norm))) break;
      if (cues.has(j) || isNegationCue(t, lang)) return true;
    }
  }
  return false;
}

/** The two sentences speak of a negated word of either side at all (so their polarity was compared). */
function polarityShared(dNeg: Map<string, unknown>, sNeg: Map<string, unknown>, dPos: Map<string, number>, sPos: Map<string, number>): boolean {
  for (const x of dNeg.keys()) if (sPos.has(x) || sNeg.has(x)) return true;
  for (const x of sNeg.keys()) if (dPos.has(x)) return true;
  return false;
}

export const negationMismatch: Rule = {
  code: 'negation-mismatch',
  description: 'A statement is negated in the draft but not in the aligned source sentence, or the other way round.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const draft = ctx.draft;
    const lang = ctx.language;
    for (let di = 0; di < draft.sentences.length; di++) {
      const top = topAligned(alignedOf(ctx, di, MIN_SCORE));
      if (!top.length || isQuestion(draft, di)) continue;
      const dn = negations(draft, di, lang);
      const ds = draft.sentences[di];
      // Stems the draft affirms (content words outside any negation) and the stems it negates.
      const dPos = new Map<string, number>();
      for (let i = ds.tokenStart; i < ds.tokenEnd; i++) {
        const t = draft.tokens[i];
        if (!dn.negated.has(i) && isContentWord(t, lang)) dPos.set(stem(t.norm, lang), i);
      }
      const dNeg = new Map<string, { cue: number; target: number; weak: boolean }>();
      for (const sc of dn.scopes) dNeg.set(stem(draft.tokens[sc.target].norm, lang), sc);
      for (const a of top) {
        const sdoc = a.src.document;
        if (sdoc.language !== lang || isQuestion(sdoc, a.sentence)) continue;
        const sn = negations(sdoc, a.sentence, lang);
        const ss = sdoc.sentences[a.sentence];
        const sPos = new Map<string, number>();
        for (let i = ss.tokenStart; i < ss.tokenEnd; i++) {
          const t = sdoc.tokens[i];
          if (!sn.negated.has(i) && isContentWord(t, lang)) sPos.set(stem(t.norm, lang), i);
        }
        const sNeg = new Map<string, { cue: number; target: number; weak: boolean }>();
        for (const sc of sn.scopes) sNeg.set(stem(sdoc.tokens[sc.target].norm, lang), sc);
        // The two sentences must say much the same besides the negation (three shared content words).
        let shared = 0;
        for (const x of dPos.keys()) if (sPos.has(x)) shared++;
        if (shared < 3) continue;
        // Both negate the same word: they agree on the statement's polarity (other negations are incidental).
        if ([...dNeg.keys()].some(x => sNeg.has(x))) break;
        const before = out.length;
        const severity = a.score >= 0.6 ? 'error' as const : 'warning' as const;
        // The draft negates what the source affirms.
        for (const [x, sc] of dNeg) {
          const si = sPos.get(x);
          if (si === undefined || sNeg.has(x) || dPos.has(x) || (sc.weak && sn.scopes.length)) continue;
          if (negatedClause(sdoc, si, sn, lang)) continue;
          const st = sdoc.tokens[si];
          const start = draft.tokens[sc.cue].start;
          const end = draft.tokens[sc.target].end;
          out.push({
            code: 'negation-mismatch', severity, start, end,
            found: draft.text.slice(start, end), expected: st.text,
            message: { pl: `Źródło nie zawiera tu przeczenia: „${st.text}”`, en: `The source states this without a negation: "${st.text}"` },
            evidence: { source: a.source, sentence: a.sentence, start: st.start, end: st.end },
            replacement: draft.tokens[sc.target].text,
          });
        }
        // The source negates what the draft affirms.
        for (const [x, sc] of sNeg) {
          const di2 = dPos.get(x);
          if (di2 === undefined || dNeg.has(x) || sPos.has(x) || (sc.weak && dn.scopes.length)) continue;
          if (negatedClause(draft, di2, dn, lang)) continue;
          const dt = draft.tokens[di2];
          const start = sdoc.tokens[sc.cue].start;
          const end = sdoc.tokens[sc.target].end;
          const negText = sdoc.text.slice(start, end);
          out.push({
            code: 'negation-mismatch', severity, start: dt.start, end: dt.end,
            found: dt.text, expected: negText,
            message: { pl: `Źródło zaprzecza: „${negText}”`, en: `The source says the opposite: "${negText}"` },
            evidence: { source: a.source, sentence: a.sentence, start, end },
          });
        }
        // A draft sentence often joins two source sentences ("Rektor … poinformował, że WUM sam prowadzi…" from
        // "Rektor … informował…" and "WUM nie prowadzi…"): a counterpart that neither negates nor affirms the
        // other's negated words leaves the next one to judge.
        if (out.length > before || polarityShared(dNeg, sNeg, dPos, sPos)) break;
      }
    }
    return out;
  },
};
