// Demand, proposal and condition clauses: "X żąda …", "domaga się …", "Propozycje obejmują: A; B", "warunki … przewidują,
// że …", "calls for …", "conditions include: …". Each item is its own fact: value = the clause (no trailing ';'/'.'),
// attributes.head = the cue phrase, attributes.actor = who demands (canonical name) when the text names it,
// attributes.index = 1-based position in its list. A sentence right after a demand that adds to it with a conditional
// ("Ponadto NATO miałoby …", "It would also …") is one more item of the same list.
import type { AnalyzedDocument, Fact, Lang, Sentence, Token } from '../types';
import { makeFact } from './util';
import { EntityIndex, PhraseSet, entityName, expandBraces, isInflected, perLang, phraseWords, stem, tokenAtOrAfter } from './cues';
import plData from '../../../data/pl/demand-cues.json';
import enData from '../../../data/en/demand-cues.json';

type CueEntry = string | { cue: string; needs?: string; notBefore?: string[] };

interface Tables {
  verbs: PhraseSet;
  /** Per expanded verb phrase (joined by spaces): its requirements. */
  verbRules: Map<string, { needs?: string; notBefore: string[][] }>;
  nouns: PhraseSet;
  nounStems: Set<string>;
  linkers: PhraseSet;
  continuations: PhraseSet;
  conditional: PhraseSet;
  negation: Set<string>;
  infinitiveMarkers: Set<string>;
  skipStart: PhraseSet;
}

const tables = perLang<Tables>(lang => {
  const d = (lang === 'pl' ? plData : enData) as { verbs: CueEntry[]; nouns: string[]; linkers: string[]; continuations: string[]; conditional: string[]; negation: string[]; infinitiveMarkers: string[]; skipStart: string[] };
  const verbRules = new Map<string, { needs?: string; notBefore: string[][] }>();
  const patterns: string[] = [];
  for (const e of d.verbs) {
    const cue = typeof e === 'string' ? e : e.cue;
    patterns.push(cue);
    if (typeof e !== 'string') {
      for (const form of expandBraces(cue)) verbRules.set(phraseWords(form).join(' '), { needs: e.needs, notBefore: (e.notBefore ?? []).map(phraseWords) });
    }
  }
  return {
    verbs: new PhraseSet(patterns),
    verbRules,
    nouns: new PhraseSet(d.nouns),
    nounStems: new Set(d.nouns.flatMap(expandBraces).map(n => stem(phraseWords(n)[0] ?? ''))),
    linkers: new PhraseSet(d.linkers),
    continuations: new PhraseSet(d.continuations),
    conditional: new PhraseSet(d.conditional),
    negation: new Set(d.negation.flatMap(expandBraces)),
    infinitiveMarkers: new Set(d.infinitiveMarkers),
    skipStart: new PhraseSet(d.skipStart),
  };
});

const BREAK = new Set(['.', '!', '?', ';', 'że', 'iż', 'który', 'która', 'które', 'którzy', 'którego', 'której', 'których', 'którym', 'którymi', 'którą', 'gdy', 'kiedy', 'bo', 'ponieważ', 'jak',
  'that', 'which', 'who', 'whom', 'because', 'when', 'while', 'if', 'where']);
const FIRST_SECOND = new Set(['i', 'we', 'you']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', "'ll", 'not']);
const PREPOSITIONS = new Set(['z', 'ze', 'w', 'we', 'do', 'od', 'na', 'dla', 'przez', 'o', 'przy', 'po', 'u', 'nad', 'pod', 'przed', 'za', 'między', 'wobec', 'ku',
  'with', 'to', 'from', 'in', 'at', 'for', 'by', 'of', 'on', 'into', 'against', 'between', 'towards', 'about']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'such', 'this', 'that', 'of', "'s", '’s', 'new', 'key', 'main']);
const WEAK_LINKERS = new Set(['are', 'is', 'was', 'were', 'say', 'said']);
const LIST_LINE = /^[ \t]*(?:[-*+•–—]|\d{1,3}[.)]|[a-zA-Z][)])[ \t]+/;
const INFINITIVE_PL = /(?:ć|móc|biec|strzec|piec|wlec|ciec|rzec)$/;
const TO_PREP = new Set(['przez', 'by', 'from']);

interface Cue {
  /** Token range of the cue phrase (head). */
  headStart: number;
  headEnd: number;
  /** Offset where the demanded clause starts. */
  from: number;
  actor: string | null;
  noun: boolean;
}

interface Last { head: string; actor: string | null; index: number; sentence: number; paragraph: number }

export function extractDemands(doc: AnalyzedDocument, entities: Fact[]): Fact[] {
  const t = tables(doc.language);
  const idx = new EntityIndex(entities);
  const out: Fact[] = [];
  let last: Last | null = null;
  let skipUntil = -1; // list lines already taken as items
  for (const s of doc.sentences) {
    if (s.end <= skipUntil) continue;
    if (doc.paragraphs[s.paragraph]?.heading) continue;
    const cue = findCue(doc, t, idx, s);
    if (cue) {
      const head = doc.prose.slice(doc.tokens[cue.headStart].start, doc.tokens[cue.headEnd - 1].end).replace(/\s+/g, ' ');
      const items = itemsAfter(doc, t, s, cue.from);
      if (items.listEnd > skipUntil) skipUntil = items.listEnd;
      items.spans.forEach(([a, b], k) => {
        out.push(makeFact(doc, 'demand', a, b, clean(doc.prose.slice(a, b)), { head, actor: cue.actor, index: k + 1 }));
      });
      if (items.spans.length) {
        const lastSpan = items.spans[items.spans.length - 1];
        const lastSentence = doc.sentences[Math.max(s.index, doc.tokens[tokenAtOrAfter(doc, lastSpan[0])]?.sentence ?? s.index)];
        last = { head, actor: cue.actor, index: items.spans.length, sentence: lastSentence?.index ?? s.index, paragraph: lastSentence?.paragraph ?? s.paragraph };
        continue;
      }
    }
    if (last && s.index - last.sentence <= 3 && s.paragraph - last.paragraph <= 1) {
      const c = continuation(doc, t, s);
      if (c) {
        last.index++;
        last.sentence = s.index;
        last.paragraph = s.paragraph;
        out.push(makeFact(doc, 'demand', c[0], c[1], clean(doc.prose.slice(c[0], c[1])), { head: last.head, actor: last.actor, index: last.index }));
        continue;
      }
    }
    if (last && s.index - last.sentence > 3) last = null;
  }
  return out;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function findCue(doc: AnalyzedDocument, t: Tables, idx: EntityIndex, s: Sentence): Cue | null {
  const tok = doc.tokens;
  const a = s.tokenStart;
  const b = s.tokenEnd;
  const question = b > a && tok[b - 1].text === '?';
  for (let i = a; i < b; i++) {
    if (tok[i].type !== 'word') continue;
    const negated = (i > a && t.negation.has(tok[i - 1].norm)) || (i > a + 1 && t.negation.has(tok[i - 2].norm) && tok[i - 1].type === 'word' && tok[i - 1].norm.length <= 4);
    // English nouns double as verbs ("demands"): after a determiner they are nouns.
    const nounFirst = doc.language === 'en' && i > a && (DETERMINERS.has(tok[i - 1].norm) || /['’]s$/.test(tok[i - 1].norm));
    const v = nounFirst ? 0 : t.verbs.matchAt(tok, i, b);
    if (v && !negated && !question) {
      const key = tok.slice(i, i + v).map(x => x.norm).join(' ');
      const rule = t.verbRules.get(key);
      let from = i + v;
      if (rule?.notBefore.some(words => words.every((w, k) => tok[from + k]?.norm === w))) continue;
      if (rule?.needs === 'infinitive' && !hasInfinitive(doc.language, t, tok, from, b)) continue;
      if (rule?.needs === 'modal' && !(i > a && MODALS.has(tok[i - 1].norm))) continue;
      if (rule?.needs === 'object-to' && !tok.slice(from + 1, Math.min(b, from + 9)).some(x => x.norm === 'to')) continue;
      // "I want to …", "we urge …": someone's own words, not a reported demand.
      if (doc.language === 'en' && i > a && FIRST_SECOND.has(tok[i - 1].norm)) continue;
      // Passive participles ("accountability demanded of the press") are not demands.
      if (doc.language === 'en' && from < b && (tok[from].norm === 'of' || tok[from].norm === 'by') && /ed$/.test(tok[i].norm)) continue;
      const colonEnd = from < b && tok[from].text === ':' ? tok[from].end : -1;
      from = skipLead(t, tok, from, b);
      // "… domagają się:" closing its sentence: the items follow as list lines.
      if ((from >= b || !tok.slice(from, b).some(x => x.type !== 'punct')) && colonEnd < 0) continue;
      const fromOffset = from < b ? tok[from].start : colonEnd;
      const actor = actorBefore(doc, idx, s, i) ?? (rule?.needs === 'infinitive' && doc.language === 'pl' ? capitalisedBefore(doc, s, i) : null);
      if (rule?.needs === 'infinitive' && !actor) continue;
      return { headStart: i, headEnd: i + v, from: fromOffset, actor, noun: false };
    }
    const n = t.nouns.matchAt(tok, i, b);
    if (n) {
      const link = linkerAfter(doc, t, tok, i + n, b);
      if (!link) continue;
      const from = skipLead(t, tok, link.end, b);
      const actor = nounActor(doc, idx, s, i, i + n, link.start);
      const fromOffset = from < b ? tok[from].start : tok[b - 1].end;
      return { headStart: i, headEnd: link.headEnd, from: fromOffset, actor, noun: true };
    }
  }
  return null;
}

function hasInfinitive(lang: Lang, t: Tables, tok: readonly Token[], from: number, b: number): boolean {
  let j = from;
  if (lang === 'en') return j + 1 < b && t.infinitiveMarkers.has(tok[j].norm) && tok[j + 1].type === 'word';
  while (j < b && j < from + 3 && (t.infinitiveMarkers.has(tok[j].norm) || tok[j].norm === ',' || tok[j].norm === 'tylko' || tok[j].norm === 'jak')) {
    if (tok[j].norm === 'aby' || tok[j].norm === 'żeby' || tok[j].norm === 'by') return true;
    j++;
  }
  return j < b && tok[j].type === 'word' && INFINITIVE_PL.test(tok[j].norm);
}

/** Skips "że", "aby", ":", "," … at the start of a clause. */
function skipLead(t: Tables, tok: readonly Token[], from: number, b: number): number {
  let j = from;
  for (let guard = 0; guard < 4 && j < b; guard++) {
    const n = t.skipStart.matchAt(tok, j, b);
    if (!n) break;
    j += n;
  }
  return j;
}

/** A linker (or ':') within a few words after a cue noun: "Propozycje obejmują:", "warunki stawiane przez Rosję przewidują, że". */
function linkerAfter(doc: AnalyzedDocument, t: Tables, tok: readonly Token[], from: number, b: number): { start: number; end: number; headEnd: number; colon: boolean } | null {
  for (let j = from; j < b && j < from + 7; j++) {
    const x = tok[j];
    if (x.text === ':') return { start: j, end: j + 1, headEnd: j > from ? j : from, colon: true };
    if (BREAK.has(x.norm) || x.text === '(' || x.text === '-' || x.text === '–' || x.text === '—') return null;
    const n = t.linkers.matchAt(tok, j, b);
    if (!n) continue;
    const words = tok.slice(j, j + n).map(y => y.norm);
    if (words.length === 1 && words[0] === 'to' && j > from && PREPOSITIONS.has(tok[j - 1].norm)) return null;
    if (words.length === 1 && words[0] === 'to' && j - from > 3) return null;
    const after = tok[j + n];
    if (doc.language === 'en' && words.length === 1 && WEAK_LINKERS.has(words[0]) && !(after && (after.text === ':' || after.norm === 'that'))) return null;
    return { start: j, end: j + n, headEnd: j + n, colon: after?.text === ':' };
  }
  return null;
}

/** The entity right before a cue verb in its clause (the subject), skipping entities after a preposition. */
function actorBefore(doc: AnalyzedDocument, idx: EntityIndex, s: Sentence, i: number): string | null {
  const tok = doc.tokens;
  const ents = idx.within(s.start, tok[i].start);
  for (let k = ents.length - 1; k >= 0; k--) {
    const e = ents[k];
    const ei = tokenAtOrAfter(doc, e.start);
    if (hasBreak(tok.slice(tokenAtOrAfter(doc, e.end), i))) return null;
    if (ei > s.tokenStart && PREPOSITIONS.has(tok[ei - 1].norm)) continue;
    // In Polish the one who demands is the subject: an inflected mention ("Sprawa Asii Bibi …") is not.
    if (doc.language === 'pl' && isInflected(e)) continue;
    return entityName(e);
  }
  return null;
}

const RELATIVE = new Set(['który', 'która', 'które', 'którzy', 'którego', 'której', 'who', 'which', 'whose', 'whom']);

/** A clause break between subject and verb; a relative clause set off by commas (", który …,") does not count. */
function hasBreak(between: readonly Token[]): boolean {
  for (let k = 0; k < between.length; k++) {
    const x = between[k];
    if (x.text === ',' && k + 1 < between.length && RELATIVE.has(between[k + 1].norm)) {
      let j = k + 2;
      while (j < between.length && between[j].text !== ',') j++;
      if (j < between.length) { k = j; continue; }
    }
    if (BREAK.has(x.norm) || x.text === ':') return true;
  }
  return false;
}

/** A capitalised word run right before the cue ("Kreml żąda") when the entity extractor did not name it. */
function capitalisedBefore(doc: AnalyzedDocument, s: Sentence, i: number): string | null {
  const tok = doc.tokens;
  let k = i - 1;
  if (k >= s.tokenStart && (tok[k].norm === 'też' || tok[k].norm === 'także' || tok[k].norm === 'also' || tok[k].norm === 'zaś')) k--;
  const end = k;
  while (k >= s.tokenStart && tok[k].type === 'word' && /^\p{Lu}/u.test(tok[k].text)) k--;
  if (k === end) return null;
  const first = k + 1;
  // A single capitalised word opening the sentence is usually a common noun ("Kobieta chce …"); after a preposition it is not the subject.
  if (first === s.tokenStart && end === first) return null;
  if (first > s.tokenStart && PREPOSITIONS.has(tok[first - 1].norm)) return null;
  return doc.prose.slice(tok[first].start, tok[end].end).replace(/\s+/g, ' ');
}

/** Who a cue noun belongs to: "żądania Rosji", "stawiane przez Rosję", "Russia's demands", "Rosja przedstawiła warunki",
 *  or the subject of an earlier sentence that mentions the same noun ("Moskwa przekazała propozycje … Propozycje obejmują"). */
function nounActor(doc: AnalyzedDocument, idx: EntityIndex, s: Sentence, ni: number, ne: number, linker: number): string | null {
  const tok = doc.tokens;
  // Genitive right after the noun, or "przez X" / "by X" before the linker.
  if (ne < tok.length) {
    const after = idx.within(tok[ne].start, tok[Math.max(ne, linker - 1)].end);
    for (const e of after) {
      const ei = tokenAtOrAfter(doc, e.start);
      if (ei === ne || (ei > ne && TO_PREP.has(tok[ei - 1].norm))) return entityName(e);
    }
  }
  // Possessive or subject before the noun.
  const before = actorBefore(doc, idx, s, ni);
  if (before) return before;
  // An earlier sentence (same paragraph or the one before) with the same noun.
  const st = stem(tok[ni].norm);
  for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const p = doc.sentences[k];
    if (s.paragraph - p.paragraph > 1) break;
    for (let j = p.tokenEnd - 1; j >= p.tokenStart; j--) {
      if (tok[j].type === 'word' && stem(tok[j].norm) === st) {
        const a = actorBefore(doc, idx, p, j);
        if (a) return a;
      }
    }
  }
  return null;
}

/** Item spans of the clause starting at `from` in sentence s (';'-separated inline list, or list lines after a ':'). */
function itemsAfter(doc: AnalyzedDocument, t: Tables, s: Sentence, from: number): { spans: Array<[number, number]>; listEnd: number } {
  const text = doc.text;
  const prose = doc.prose;
  // List lines: the cue ends its line with ':' and the next lines are "- …", "• …", "1) …".
  let colon = from - 1;
  while (colon >= 0 && colon > from - 200 && /\s/.test(prose[colon])) colon--;
  const afterColonLine = colon >= 0 && prose[colon] === ':' && /[\r\n]/.test(prose.slice(colon, from));
  // Or the cue's clause ends its line with ':' ("obejmują:⏎- …").
  let k = from;
  while (k < text.length && k < from + 200 && (prose[k] === ' ' || prose[k] === '\t' || prose[k] === ':')) k++;
  const endsLine = (k >= text.length || text[k] === '\n' || text[k] === '\r') && (prose.slice(from, k).includes(':') || colon >= 0 && prose[colon] === ':');
  if (afterColonLine || endsLine) {
    const lineEnd = afterColonLine ? nextLineEnd(text, colon) : k;
    const spans: Array<[number, number]> = [];
    let pos = lineEnd;
    let blank = 0;
    let listEnd = -1;
    while (pos < text.length && spans.length < 100) {
      const ls = text[pos] === '\r' && text[pos + 1] === '\n' ? pos + 2 : pos + 1;
      const le = nextLineEnd(text, ls);
      const line = text.slice(ls, le);
      pos = le;
      if (!line.trim()) { if (++blank > 1) break; continue; }
      blank = 0;
      const m = LIST_LINE.exec(line);
      if (!m) break;
      const span = trimSpan(prose, ls + m[0].length, le);
      if (span) spans.push(span);
      listEnd = le;
    }
    if (spans.length) return { spans, listEnd };
  }
  // Inline: up to the end of the sentence (or a dialogue dash: "… ukarania. – To jest …"), split on ';' outside brackets.
  let end = s.end;
  void t;
  const dash = /[.!?…]\s+[–—-]\s+\p{Lu}/u.exec(prose.slice(from, end));
  if (dash) end = from + dash.index + 1;
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < end; i++) {
    const c = prose[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      const sp = trimSpan(prose, start, i);
      if (sp) spans.push(sp);
      start = i + 1;
    }
  }
  if (end > prose.length) end = prose.length;
  const sp = trimSpan(prose, start, end);
  if (sp) spans.push(sp);
  return { spans, listEnd: -1 };
}

function nextLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Trims whitespace, list markers and trailing ';' '.' ',' ':' from [a, b) of the prose; null when nothing is left. */
function trimSpan(prose: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(prose[a])) a++;
  const m = /^(?:[-•–—*]|\d{1,2}[.)]|[a-z]\))[ \t]+/.exec(prose.slice(a, Math.min(b, a + 6)));
  if (m) a += m[0].length;
  while (a < b && /\s/.test(prose[a])) a++;
  while (b > a && /[\s;.,:]/.test(prose[b - 1])) b--;
  // Keep a closing bracket or quote; drop an unbalanced trailing dash.
  while (b > a && /[-–—]/.test(prose[b - 1])) { b--; while (b > a && /\s/.test(prose[b - 1])) b--; }
  if (b <= a || !/\p{L}/u.test(prose.slice(a, b))) return null;
  return [a, b];
}

/** "Ponadto NATO miałoby …", "Obie strony miałyby też …", "It would also …": one more item of the last demand. */
function continuation(doc: AnalyzedDocument, t: Tables, s: Sentence): [number, number] | null {
  const tok = doc.tokens;
  const a = s.tokenStart;
  const b = s.tokenEnd;
  if (b <= a || tok[b - 1].text === '?') return null;
  let lead = 0;
  for (let j = a; j < Math.min(b, a + 2); j++) {
    const n = t.continuations.matchAt(tok, j, b);
    if (n) { lead = j + n; break; }
  }
  let conditional = -1;
  for (let j = a; j < b; j++) {
    const n = t.conditional.matchAt(tok, j, b);
    if (n) { conditional = j + n; break; }
  }
  if (conditional < 0) return null;
  const alsoAfter = [conditional, conditional + 1].some(j => j < b && t.continuations.matchAt(tok, j, b) > 0);
  if (!lead && !alsoAfter) return null;
  let from = lead ? lead : a;
  while (from < b && tok[from].text === ',') from++;
  if (from >= b) return null;
  return trimSpan(doc.prose, tok[from].start, s.end);
}
