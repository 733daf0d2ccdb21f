// The shared core of person-swap, organization-swap and place-swap: another actor, organisation or place in the
// same role of an aligned statement ("Kowalski wygrywa w Gdańsku" where the source says "w Sopocie";
// "poseł Jan Nowak (PO)" where it says "(PSL)"). Names that stand for the same actor (USA / Stany
// Zjednoczone / Waszyngton) are one; the pair must share words around the two names.
import type { AnalyzedDocument, Fact, FactKind, Lang } from '../../types';
import type { RawFinding, RuleContext } from '../rule';
import { fold, isContentWord, stem } from '../stem';
import aliasData from '../../../../data/aliases.json';
import { alignedOf, contextStems, overlapCount, tokenAt, topAligned } from './util';

let aliases: Map<string, string> | undefined;
/** A comparable key for a name: its alias group, or the folded name. */
export function nameKey(name: string): string {
  if (!aliases) {
    aliases = new Map();
    aliasData.groups.forEach((g, i) => { for (const n of g) aliases!.set(fold(n), `alias:${i}`); });
  }
  const f = fold(name).replace(/\s+/g, ' ').trim();
  return aliases.get(f) ?? aliases.get(f.replace(/\./g, '')) ?? f;
}

const names = (f: Fact) => [f.canonical, f.lemma, f.value, f.text].filter((x): x is string => !!x);
export const keysOf = (f: Fact) => new Set(names(f).map(nameKey));

/** Stems of the capitalised words of a name. */
function nameStems(f: Fact, lang: Lang): string[] {
  const n = f.lemma || f.value || f.text;
  return n.split(/[\s\-–]+/).filter(w => /^\p{Lu}/u.test(w) && w.length >= 3).map(w => stem(w.toLowerCase(), lang));
}

function sentenceStems(doc: AnalyzedDocument, si: number, lang: Lang): Set<string> {
  const s = doc.sentences[si];
  const out = new Set<string>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.type === 'word' && (isContentWord(t, lang) || /^\p{Lu}/u.test(t.text))) out.add(stem(t.norm, lang));
  }
  return out;
}

/** Is the entity named (by any of its names, an alias, or its words) in that sentence? */
/** Two names share a word beginning ("Bałtyk" / "Morze Bałtyckie", "Orlen" / "Orlen Paczka"). */
function similarNames(a: Fact, b: Fact): boolean {
  const wa = names(a).flatMap(n => fold(n).split(/[\s\-–]+/)).filter(w => w.length >= 5).map(w => w.slice(0, 5));
  const wb = new Set(names(b).flatMap(n => fold(n).split(/[\s\-–]+/)).filter(w => w.length >= 5).map(w => w.slice(0, 5)));
  return wa.some(w => wb.has(w));
}

function named(f: Fact, facts: Fact[], stems: Set<string>, lang: Lang): boolean {
  const keys = keysOf(f);
  for (const g of facts) {
    for (const k of keysOf(g)) if (keys.has(k)) return true;
    if (similarNames(f, g)) return true;
  }
  const ws = nameStems(f, lang);
  if (!ws.length) return false;
  // A person is named by the surname; other names by all their words.
  return f.kind === 'person' ? stems.has(ws[ws.length - 1]) : ws.every(w => stems.has(w));
}

const COORD = /^(?:i|oraz|lub|albo|a|and|or|,)$/;

/**
 * The word a name stands for in its sentence: the nearest content word before it, skipping function words,
 * other names and coordinations ("spotkali się w Paryżu i w Berlinie": both after "spotkali"). Null at a
 * punctuation mark or after six tokens.
 */
function governorOf(doc: AnalyzedDocument, facts: Fact[], f: Fact, lang: Lang): string | null {
  const s = doc.sentences[f.sentenceIndex];
  if (!s) return null;
  let i = tokenAt(doc, f.start) - 1;
  for (let k = 0; i >= s.tokenStart && k < 6; i--, k++) {
    const t = doc.tokens[i];
    if (t.type === 'punct' && !COORD.test(t.text)) return null;
    if (t.type !== 'word') continue;
    if (facts.some(g => g.start <= t.start && t.end <= g.end && ENTITY_KINDS.has(g.kind))) continue;
    if (COORD.test(t.norm) || !isContentWord(t, lang)) continue;
    return stem(t.norm, lang);
  }
  return null;
}

const ENTITY_KINDS = new Set(['person', 'organization', 'place']);

/**
 * A draft name the source names too, but in another role: the source gives another name of the kind after the
 * draft name's governing word, and never puts the draft's name there. Returns that source name.
 */
function roleSwap(ctx: RuleContext, di: number, d: Fact, a: { src: { document: AnalyzedDocument; factsBySentence: Fact[][] }; sentence: number }, kind: FactKind): Fact | null {
  const lang = ctx.language;
  const dFacts = ctx.draftFactsBySentence[di] ?? [];
  const gov = governorOf(ctx.draft, dFacts, d, lang);
  if (!gov) return null;
  const sFacts = a.src.factsBySentence[a.sentence] ?? [];
  const dKeys = keysOf(d);
  const same = (g: Fact) => [...keysOf(g)].some(k => dKeys.has(k)) || similarNames(d, g);
  let hit: Fact | null = null;
  for (const g of sFacts) {
    if (!ENTITY_KINDS.has(g.kind) || g.attributes.adjective === true) continue;
    const gg = governorOf(a.src.document, sFacts, g, lang);
    if (gg !== gov) continue;
    if (same(g)) return null; // the source puts the draft's name there too
    if (g.kind !== kind) continue;
    if (hit && !([...keysOf(hit)].some(k => keysOf(g).has(k)))) return null; // two different names there
    hit = g;
  }
  return hit;
}

const MIN_SCORE = 0.45;
const NAME: Record<string, { pl: string; en: string }> = {
  person: { pl: 'inną osobę', en: 'another person' },
  organization: { pl: 'inną organizację', en: 'another organisation' },
  place: { pl: 'inne miejsce', en: 'another place' },
};

export function checkSwaps(ctx: RuleContext, code: string, kind: FactKind): RawFinding[] {
  const out: RawFinding[] = [];
  const lang = ctx.language;
  const draft = ctx.draft;
  for (let di = 0; di < draft.sentences.length; di++) {
    const dEnts = (ctx.draftFactsBySentence[di] ?? []).filter(f => f.kind === kind);
    if (!dEnts.length) continue;
    const top = topAligned(alignedOf(ctx, di, MIN_SCORE));
    if (!top.length) continue;
    const a = top[0];
    const sdoc = a.src.document;
    if (sdoc.language !== lang) continue;
    const dAll = (ctx.draftFactsBySentence[di] ?? []).filter(f => f.kind === 'person' || f.kind === 'organization' || f.kind === 'place');
    const dStems = sentenceStems(draft, di, lang);
    // The source names near the statement: the aligned sentence and its neighbours.
    const near: Fact[] = [];
    const nearStems = new Set<string>();
    for (let si = a.sentence - 1; si <= a.sentence + 1; si++) {
      if (si < 0 || si >= sdoc.sentences.length) continue;
      near.push(...(a.src.factsBySentence[si] ?? []).filter(f => f.kind === 'person' || f.kind === 'organization' || f.kind === 'place'));
      for (const s of sentenceStems(sdoc, si, lang)) nearStems.add(s);
    }
    const sEnts = (a.src.factsBySentence[a.sentence] ?? []).filter(f => f.kind === kind);
    // Source names of this kind the draft sentence does not name: the candidates for a swap.
    const missing = sEnts.filter(s => !named(s, dAll, dStems, lang));
    if (!missing.length) continue;
    for (const d of dEnts) {
      if (named(d, near, nearStems, lang)) {
        // Named in the source, but maybe in another role: "siedzibę w Irlandii" where the source has "z siedzibą
        // w Polsce" and Irlandia only after "strajków w".
        const sw = kind === 'place' ? roleSwap(ctx, di, d, a, kind) : null;
        if (sw) {
          const shown = lang === sdoc.language ? sw.text : (sw.canonical || sw.value);
          out.push({
            code, severity: 'warning', start: d.start, end: d.end, found: d.text, expected: sw.canonical || sw.lemma || sw.value,
            message: { pl: `Źródło wskazuje tu ${NAME[kind].pl}: ${shown}`, en: `The source names ${NAME[kind].en} here: ${shown}` },
            evidence: { source: a.source, sentence: a.sentence, start: sw.start, end: sw.end },
            replacement: shown,
          });
          break;
        }
        continue;
      }
      const dctx = contextStems(draft, d, 3, lang);
      let best: Fact | null = null;
      let bestN = 0;
      let tie = false;
      for (const s of missing) {
        // A demonym ("szef polskiego rządu") gives a nationality, a place name after a preposition a location:
        // they do not stand in the same role.
        if (kind === 'place' && (s.attributes.adjective === true) !== (d.attributes.adjective === true)) continue;
        const n = overlapCount(dctx, contextStems(sdoc, s, 3, lang));
        if (n > bestN) { best = s; bestN = n; tie = false; } else if (n === bestN && n > 0) tie = true;
      }
      if (!best || tie) continue;
      const shown = lang === sdoc.language ? best.text : (best.canonical || best.value);
      out.push({
        code, severity: a.score >= 0.6 && bestN >= 2 ? 'error' : 'warning', start: d.start, end: d.end,
        found: d.text, expected: best.canonical || best.lemma || best.value,
        message: { pl: `Źródło wskazuje tu ${NAME[kind].pl}: ${shown}`, en: `The source names ${NAME[kind].en} here: ${shown}` },
        evidence: { source: a.source, sentence: a.sentence, start: best.start, end: best.end },
        replacement: shown,
      });
      break;
    }
  }
  return out;
}
