// Quotations („…”, “…”, "…", «…», »…«, ‘…’) with their speakers.
// A quote fact spans the marks; `value` is the quoted words. The speaker is found in the clause before or after
// the quote through a reporting verb ("– powiedział X", "X said:", "według X", "according to X"), a role noun that
// stands for a person of the document ("– oświadczył rzecznik Kremla") or a pronoun / dropped subject ("– dodała",
// "he said") that refers back to the last speaker or person.
import type { AnalyzedDocument, Fact, Lang, Span, Token } from '../types';
import { sentenceAt } from '../document';
import { makeFact } from './util';
import { EntityIndex, PhraseSet, entityName, isInflected, perLang, sameStems, tokenAtOrAfter } from './cues';
import plData from '../../../data/pl/reporting-verbs.json';
import enData from '../../../data/en/reporting-verbs.json';

const MAX_QUOTE = 3000;
const WINDOW_CHARS = 400;
/** How far back a pronoun or a dropped subject looks for its person. */
const LOOKBACK_CHARS = 3000;
const SIDE_TOKENS = 14;

interface VerbTables {
  verbs: PhraseSet;
  speakerAfter: PhraseSet;
  roles: PhraseSet;
  pronouns: Map<string, string>;
  prepositions: Set<string>;
  addressees: Set<string>;
  titleNouns: PhraseSet;
}

const tables = perLang<VerbTables>(lang => {
  const d = lang === 'pl' ? plData : enData;
  return {
    verbs: new PhraseSet(d.verbs),
    speakerAfter: new PhraseSet(d.speakerAfter),
    roles: new PhraseSet(d.roles),
    pronouns: new Map(Object.entries(d.pronouns)),
    prepositions: new Set(d.prepositions),
    addressees: new Set(d.addressees),
    titleNouns: new PhraseSet(d.titleNouns),
  };
});

// ---------------------------------------------------------------------------------------------------------------
// Quotation spans

const OPENERS_CLOSE: Record<string, string> = {
  '„': '”“"', '“': '”"', '"': '"”', '«': '»', '»': '«', '‘': '’', '‚': '’‘', '”': '”', '‹': '›', '›': '‹', '「': '」', '『': '』',
};
const QUOTE_CHARS = /["„“”«»‘’‚‹›「」『』]/g;
const SPACE_BEFORE = /[\s([{\-–—−/\u00a0]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}\-–—−…/'’"”»«*_]/;

interface Open { ch: string; pos: number }

const spanCache = new WeakMap<AnalyzedDocument, Span[]>();

/** Outermost quotation spans of the document (marks included), in text order. Never crosses a paragraph. */
export function quoteSpans(doc: AnalyzedDocument): Span[] {
  const cached = spanCache.get(doc);
  if (cached) return cached;
  const out: Span[] = [];
  const p = doc.prose;
  for (const para of doc.paragraphs) {
    const stack: Open[] = [];
    const pairs: Span[] = [];
    const seg = p.slice(para.start, para.end);
    QUOTE_CHARS.lastIndex = 0;
    for (let m = QUOTE_CHARS.exec(seg); m; m = QUOTE_CHARS.exec(seg)) {
      const pos = para.start + m.index;
      const ch = m[0];
      const prev = pos > para.start ? p[pos - 1] : ' ';
      const next = pos + 1 < para.end ? p[pos + 1] : ' ';
      const openCtx = (SPACE_BEFORE.test(prev) || '„“«»‘‚"'.includes(prev)) && !/\s/.test(next);
      const closeCtx = !/\s/.test(prev) && (AFTER_CLOSE.test(next) || pos + 1 >= para.end);
      const closeTo = (): boolean => {
        for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) {
          if (OPENERS_CLOSE[stack[k].ch]?.includes(ch)) {
            const o = stack[k];
            stack.length = k;
            if (pos + 1 - o.pos <= MAX_QUOTE) pairs.push({ start: o.pos, end: pos + 1 });
            return true;
          }
        }
        return false;
      };
      const top = stack.length ? stack[stack.length - 1].ch : '';
      switch (ch) {
        case '„': case '‚':
          stack.push({ ch, pos });
          break;
        case '“':
          if (top === '„' && !openCtx) closeTo(); else stack.push({ ch, pos });
          break;
        case '”':
          if (!closeTo() && openCtx) stack.push({ ch, pos });
          break;
        case '"':
          if (OPENERS_CLOSE[top]?.includes('"') && (closeCtx || !openCtx)) closeTo();
          else if (openCtx) stack.push({ ch, pos });
          else if (closeCtx) closeTo();
          break;
        case '«': case '‹':
          if ((top === '»' || top === '›') && !openCtx) closeTo(); else stack.push({ ch, pos });
          break;
        case '»': case '›':
          if (!closeTo() && openCtx) stack.push({ ch, pos });
          break;
        case '‘':
          if (top === '‚' && !openCtx) closeTo(); else if (openCtx) stack.push({ ch, pos });
          break;
        case '’':
          // An apostrophe between letters ("don’t") is not a closing mark.
          if (!/[\p{L}\p{N}]/u.test(next)) closeTo();
          break;
        case '「': case '『':
          stack.push({ ch, pos });
          break;
        default:
          closeTo();
      }
      // An opener that has waited too long is a stray mark: forget it.
      while (stack.length && pos - stack[0].pos > MAX_QUOTE) stack.shift();
    }
    // Keep the outermost pairs (pairs are recorded inner-first; sort by start, drop contained ones).
    pairs.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const s of pairs) {
      if (s.start < lastEnd) continue;
      out.push(s);
      lastEnd = s.end;
    }
  }
  spanCache.set(doc, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Speakers

export interface SpeakerInfo {
  /** Canonical name of the person or organisation, or null when only a role was found. */
  speaker: string | null;
  speakerRole: string | null;
  /** The reporting verb or cue as written ("powiedział", "according to"), or null. */
  verb: string | null;
  /** The mention the speaker was read from (entity fact), when there is one. */
  mention: Fact | null;
  gender: string | null;
}

interface Ctx {
  doc: AnalyzedDocument;
  lang: Lang;
  t: VerbTables;
  idx: EntityIndex;
  quotes: Span[];
  /** Quotation marks around a title or a name ("Guardian", „Rzeczpospolita”): not quotes, but possible speakers. */
  titles: Map<number, string>;
  roleOf: Map<Fact, string>;
  /** People by role text (few distinct roles): role → mentions in text order. */
  byRole: Map<string, Fact[]>;
}

const CLAUSE_BREAK = new Set([':', ';', '.', '!', '?', '…', 'że', 'iż', 'aby', 'żeby', 'ponieważ', 'bo', 'gdy', 'kiedy', 'który', 'która', 'które', 'którzy',
  'that', 'because', 'while', 'when', 'who', 'which', 'whom', 'whose', 'if', 'but', 'ale', 'lecz', 'jednak']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const LETTER = /\p{L}/u;
const LEAD_PUNCT = /^[,\-–—−:‒―]$/;
const KIND_RANK: Record<string, number> = { person: 0, organization: 1, place: 2 };

const ctxCache = new WeakMap<AnalyzedDocument, { key: string; ctx: Ctx }>();

/** The per-document tables (entity index, roles of people), cached: the checker calls speakerOf once per sentence. */
function contexts(doc: AnalyzedDocument, entities: readonly Fact[]): Ctx {
  let sum = 0;
  for (const f of entities) sum = (sum * 31 + f.start * 7 + f.end) % 1000000007;
  const key = `${entities.length}:${sum}`;
  const hit = ctxCache.get(doc);
  if (hit && hit.key === key) return hit.ctx;
  const ctx = buildContexts(doc, entities);
  ctxCache.set(doc, { key, ctx });
  return ctx;
}

function buildContexts(doc: AnalyzedDocument, entities: readonly Fact[]): Ctx {
  const lang = doc.language;
  const t = tables(lang);
  const idx = new EntityIndex(entities);
  const quotes = quoteSpans(doc);
  // Roles of person mentions: the extractor's attributes.role, or a role noun written right before the name.
  const roleOf = new Map<Fact, string>();
  for (const f of idx.list) {
    if (f.kind !== 'person') continue;
    const r = f.attributes.role;
    if (typeof r === 'string' && r) { roleOf.set(f, r); continue; }
    const found = roleBefore(doc, t, idx, f.start) ?? roleAfter(doc, t, f.end);
    if (found) roleOf.set(f, found);
  }
  const byRole = new Map<string, Fact[]>();
  for (const [f, r] of roleOf) {
    const list = byRole.get(r);
    if (list) list.push(f); else byRole.set(r, [f]);
  }
  const ctx: Ctx = { doc, lang, t, idx, quotes, roleOf, byRole, titles: new Map() };
  for (const q of quotes) {
    const value = quoteValue(doc, q);
    if (LETTER.test(value) && isTitle(ctx, q, value)) ctx.titles.set(q.start, value);
  }
  return ctx;
}

/** A role noun phrase ending right before `offset` ("Rzecznik Kremla| Dmitrij Pieskow"), or null. */
function roleBefore(doc: AnalyzedDocument, t: VerbTables, idx: EntityIndex, offset: number): string | null {
  const i = tokenAtOrAfter(doc, offset);
  const tok = doc.tokens;
  if (i === 0) return null;
  const sentence = tok[i - 1].sentence;
  let best = -1;
  for (let k = i - 1; k >= 0 && k >= i - 9 && tok[k].sentence === sentence; k--) {
    const x = tok[k];
    if (x.type === 'punct' && x.text !== '(' && x.text !== ')') break;
    // English puts only the title right before a name ("Prime Minister Boris Johnson", "Health Secretary Matt Hancock").
    if (doc.language === 'en' && x.type === 'word' && /^\p{Ll}/u.test(x.text) && !t.roles.matchAt(tok, k, i)) break;
    if (idx.within(x.start, x.end).some(f => f.kind === 'person')) break;
    if (t.roles.matchAt(tok, k, i)) best = k;
  }
  return best >= 0 ? cleanRole(doc.text.slice(tok[best].start, tok[i - 1].end)) : null;
}

/** An apposition after a name: "John Smith, a spokesman for the ministry," / "Jan Nowak, rzecznik MSZ,". */
function roleAfter(doc: AnalyzedDocument, t: VerbTables, offset: number): string | null {
  const tok = doc.tokens;
  let i = tokenAtOrAfter(doc, offset);
  if (i >= tok.length || tok[i].text !== ',') return null;
  const sentence = tok[i].sentence;
  i++;
  if (i < tok.length && /^(a|an|the)$/.test(tok[i].norm)) i++;
  if (i >= tok.length || tok[i].sentence !== sentence) return null;
  const n = t.roles.matchAt(tok, i);
  if (!n) return null;
  let e = i + n;
  while (e < tok.length && e < i + 10 && tok[e].sentence === sentence && !(tok[e].type === 'punct' && /^[,.;:!?()–—−]$/.test(tok[e].text)) && !CLAUSE_BREAK.has(tok[e].norm)) e++;
  return cleanRole(doc.text.slice(tok[i].start, tok[e - 1].end));
}

const cleanRole = (s: string) => {
  const r = s.replace(/\s+/g, ' ').replace(/[\s,(–—−-]+$/, '').trim();
  return /^\p{Lu}\p{Ll}/u.test(r) ? r[0].toLowerCase() + r.slice(1) : r;
};

function genderOfVerb(lang: Lang, verb: string): string | null {
  if (lang !== 'pl') return null;
  const w = verb.toLowerCase().split(/\s+/)[0];
  if (/ła$/.test(w)) return 'f';
  if (/ł$/.test(w)) return 'm';
  if (/(li|ły)$/.test(w)) return 'p';
  if (/ło$/.test(w)) return 'n';
  return null;
}

function genderOfPerson(lang: Lang, f: Fact): string | null {
  const g = f.attributes.gender;
  if (g === 'm' || g === 'f') return g;
  if (lang !== 'pl' || f.kind !== 'person') return null;
  const words = entityName(f).split(/\s+/);
  if (words.length < 2) return null;
  return /a$/i.test(words[0]) && !/^(kuba|barnaba|bonawentura|jarema|kosma|boryna)$/i.test(words[0]) ? 'f' : 'm';
}

/** Grammatical agreement of a pronoun / verb form with an antecedent: organisations are neuter, and plural fits them too. */
const compatible = (a: string | null, b: string | null) => !a || !b || a === b || (a === 'p' && b === 'n') || (a === 'n' && b === 'p');

function fromEntity(ctx: Ctx, f: Fact, verb: string | null, roleText: string | null): SpeakerInfo {
  return {
    speaker: entityName(f), speakerRole: roleText ?? ctx.roleOf.get(f) ?? null, verb, mention: f,
    gender: f.kind === 'person' ? genderOfPerson(ctx.lang, f) : 'n',
  };
}

/** Best entity among candidates: persons first, then organisations, then places; `nearestLast` picks the last one. */
function pick(cands: Fact[], nearestLast: boolean): Fact | null {
  let best: Fact | null = null;
  for (const f of nearestLast ? [...cands].reverse() : cands) {
    if (!best || KIND_RANK[f.kind] < KIND_RANK[best.kind]) best = f;
  }
  return best;
}

interface Side { entity: Fact | null; role: string | null; pronoun: string | null; name: string | null }

const NO_SIDE: Side = { entity: null, role: null, pronoun: null, name: null };

/**
 * Entities that can be the subject of a reporting verb: not after a preposition ("w wiadomości dla agencji AFP"),
 * not an addressee ("powiedział agencji Reutera"), in Polish not an inflected mention ("prawnik Asi Bibi") and not
 * of the other gender than the verb ("… Jezus oddał życie i zapytała").
 */
function subjects(ctx: Ctx, ents: Fact[], verbGender: string | null): Fact[] {
  const tok = ctx.doc.tokens;
  const ok: Fact[] = [];
  const inflected: Fact[] = [];
  for (const f of ents) {
    const i = tokenAtOrAfter(ctx.doc, f.start);
    const prev = i > 0 ? tok[i - 1].norm : '';
    if (ctx.t.prepositions.has(prev) || ctx.t.addressees.has(prev)) continue;
    if (f.kind === 'person' && verbGender && (verbGender === 'm' || verbGender === 'f')) {
      const g = genderOfPerson(ctx.lang, f);
      if (g && g !== verbGender) continue;
    }
    if (ctx.lang === 'pl' && f.kind === 'person' && isInflected(f)) {
      // An inflected name is rarely the subject; after a role noun it is its complement ("prawnik Asi Bibi").
      if (!(i > 0 && ctx.t.roles.matchAt(tok, i - 1))) inflected.push(f);
      continue;
    }
    ok.push(f);
  }
  return ok.some(f => f.kind === 'person') || !inflected.length ? ok : [...ok, ...inflected];
}

/** Looks for a speaker after token `from` (exclusive end `limit`); `cue` = after "według"/"according to" (any case). */
function lookAfter(ctx: Ctx, from: number, limit: number, verbGender: string | null, cue = false): Side {
  const tok = ctx.doc.tokens;
  let end = from;
  let role: string | null = null;
  let pronoun: string | null = null;
  for (let j = from; j < limit && j < from + SIDE_TOKENS; j++) {
    const n = tok[j].norm;
    if (CLAUSE_BREAK.has(n) || (n === ',' && j > from)) break;
    end = j + 1;
    if (role === null) {
      const r = ctx.t.roles.matchAt(tok, j, limit);
      if (r) role = rolePhrase(ctx, j, r, limit);
    }
    // After an English verb a pronoun starts the reported clause ("says it could …"), it is not the speaker.
    if (pronoun === null && ctx.lang === 'pl' && ctx.t.pronouns.has(n) && j - from <= 2) pronoun = n;
  }
  if (end === from) return NO_SIDE;
  const all = ctx.idx.within(tok[from].start, tok[end - 1].end, ctx.quotes);
  const ents = cue ? all : subjects(ctx, all, verbGender);
  // A capitalised name right after the verb that the entity extractor missed ("– powiedział Barnier"),
  // or a title in quotation marks ("– pisze wtorkowa „Rzeczpospolita”", "napisał "Daily Express"").
  let name: string | null = null;
  if (!cue && !ents.length) {
    let k = from;
    while (k < end && tok[k].type === 'word' && /^\p{Lu}\p{Ll}/u.test(tok[k].text)) k++;
    if (ctx.lang === 'pl' && k > from && k - from <= 3 && !ctx.idx.within(tok[from].start, tok[k - 1].end).length) {
      name = ctx.doc.text.slice(tok[from].start, tok[k - 1].end);
    }
    for (let j = from; !name && j < Math.min(tok.length, from + 4); j++) {
      const title = ctx.titles.get(tok[j].start);
      if (title) name = title;
      else if (tok[j].type !== 'word' || ctx.t.prepositions.has(tok[j].norm) && j > from + 1) break;
    }
  }
  return { entity: pick(ents, false), role, pronoun, name };
}

/** Looks for a speaker before token `to` (exclusive), not before token `limit`. */
function lookBefore(ctx: Ctx, to: number, limit: number, verbGender: string | null): Side {
  const tok = ctx.doc.tokens;
  let start = to;
  let role: string | null = null;
  let pronoun: string | null = null;
  for (let j = to - 1; j >= limit && j >= to - SIDE_TOKENS; j--) {
    const n = tok[j].norm;
    if (CLAUSE_BREAK.has(n)) break;
    start = j;
    if (ctx.t.pronouns.has(n) && to - j <= 2 && pronoun === null) pronoun = n;
  }
  if (start === to) return NO_SIDE;
  for (let j = start; j < to; j++) {
    const r = ctx.t.roles.matchAt(tok, j, to);
    if (r) { role = rolePhrase(ctx, j, r, to); break; }
  }
  const ents = subjects(ctx, ctx.idx.within(tok[start].start, tok[to - 1].end, ctx.quotes), verbGender);
  return { entity: pick(ents, true), role, pronoun, name: null };
}

const personAt = (ctx: Ctx, offset: number) => ctx.idx.within(offset, offset + 400).some(f => f.kind === 'person' && f.start === offset);

/** The role noun at token j (n tokens) with its complement ("rzecznik Kremla", "szef unijnego zespołu negocjacyjnego"). */
function rolePhrase(ctx: Ctx, j: number, n: number, limit: number): string {
  const tok = ctx.doc.tokens;
  let e = j + n;
  let lastCap = e;
  while (e < limit && e < j + n + 5 && tok[e].type === 'word') {
    const x = tok[e];
    // Stop at a person's name (the speaker), a preposition, a verb or, in English, a lower-case word.
    if (personAt(ctx, x.start) || ctx.t.prepositions.has(x.norm) || CLAUSE_BREAK.has(x.norm) || ctx.t.verbs.matchAt(tok, e, limit)) break;
    if ((ctx.lang === 'en' || e >= j + n + 3) && !/^\p{Lu}/u.test(x.text)) break;
    e++;
    if (/^\p{Lu}/u.test(x.text) && lastCap === e - 1) lastCap = e;
  }
  // Lower-case words belong to the role only when the phrase runs to the end of the clause or up to a name
  // ("szef rządu.", "minister spraw zagranicznych Anna Nowak"), not into the rest of a sentence.
  const closes = e >= tok.length || tok[e].sentence !== tok[j].sentence
    || (e < limit && (tok[e].type === 'punct' || personAt(ctx, tok[e].start) || CLAUSE_BREAK.has(tok[e].norm)))
    || (e >= limit && tok[e].type === 'punct' && !/["„“”«»‘’‚]/.test(tok[e].text));
  if (!closes) e = lastCap;
  return cleanRole(ctx.doc.text.slice(tok[j].start, tok[e - 1].end));
}

/** A person of the document whose role matches `role`, nearest before `offset` (else the first after). */
function personByRole(ctx: Ctx, role: string, offset: number, gender: string | null): Fact | null {
  let after: Fact | null = null;
  let before: Fact | null = null;
  for (const [r, list] of ctx.byRole) {
    if (!sameStems(role, r)) continue;
    for (const f of list) {
      const g = genderOfPerson(ctx.lang, f);
      if ((gender === 'm' || gender === 'f') && g && g !== gender) continue;
      if (f.start < offset) { if (!before || f.start > before.start) before = f; } else if (!after || f.start < after.start) after = f;
    }
  }
  return before ?? after;
}

/** True when the span lies inside a quotation (binary search over the sorted, non-overlapping quote spans). */
function insideQuote(ctx: Ctx, x: Span): boolean {
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].end <= x.start) lo = mid + 1;
    else if (qs[mid].start > x.start) hi = mid - 1;
    else return x.end <= qs[mid].end;
  }
  return false;
}

/** The nearest person before `offset` (within the same or the previous paragraph) compatible with `gender`. */
function lastPerson(ctx: Ctx, offset: number, gender: string | null): Fact | null {
  const si = sentenceAt(ctx.doc, offset);
  const para = si >= 0 ? ctx.doc.sentences[si].paragraph : 0;
  const minStart = Math.max(ctx.doc.paragraphs[Math.max(0, para - 1)]?.start ?? 0, offset - LOOKBACK_CHARS);
  let fallback: Fact | null = null;
  for (const f of ctx.idx.before(offset)) {
    if (f.start < minStart) break;
    if (f.kind !== 'person') continue;
    if (insideQuote(ctx, f)) continue;
    const g = genderOfPerson(ctx.lang, f);
    // A pronoun's gender is strong evidence: the nearest person of that gender beats a nearer one of unknown gender.
    if (gender && g === gender) return f;
    if (compatible(gender, g) && !fallback) fallback = f;
  }
  return fallback;
}

interface Prior { info: SpeakerInfo; paragraph: number }

/** Resolves a side found around a verb into a speaker (entity, role → person, pronoun / dropped subject → antecedent). */
function resolve(ctx: Ctx, side: Side, verb: string, anchor: number, prior: Prior | null, allowDropped: boolean): SpeakerInfo | null {
  if (side.entity && (side.entity.kind === 'person' || !side.role)) return fromEntity(ctx, side.entity, verb, null);
  if (side.role) {
    const p = personByRole(ctx, side.role, anchor, genderOfVerb(ctx.lang, verb));
    if (p) return fromEntity(ctx, p, verb, side.role);
    return { speaker: null, speakerRole: side.role, verb, mention: null, gender: null };
  }
  if (side.name) return { speaker: side.name, speakerRole: null, verb, mention: null, gender: null };
  if (side.pronoun || (allowDropped && !(ctx.lang === 'pl' && /[nt]o$/.test(verb.split(' ')[0].toLowerCase()) && !/ło$/.test(verb.split(' ')[0])))) {
    const g = side.pronoun ? ctx.t.pronouns.get(side.pronoun) ?? null : genderOfVerb(ctx.lang, verb);
    // "I"/"we" speak inside the quote; "it" is an organisation or a thing, not a person.
    if (g === 'x' || (g === 'p' && side.pronoun === 'we') || (g === 'n' && side.pronoun)) return null;
    const para = ctx.doc.sentences[Math.max(0, sentenceAt(ctx.doc, anchor))]?.paragraph ?? 0;
    if (prior && para - prior.paragraph <= 2 && compatible(g, prior.info.gender) && prior.info.speaker) return { ...prior.info, verb };
    const p = lastPerson(ctx, anchor, g);
    if (p) return fromEntity(ctx, p, verb, null);
  }
  return null;
}

interface VerbHit { i: number; n: number; after: boolean }

/** Reporting verbs and "according to"-cues in tokens [a, b). */
function verbsIn(ctx: Ctx, a: number, b: number): VerbHit[] {
  const out: VerbHit[] = [];
  const tok = ctx.doc.tokens;
  for (let i = a; i < b; i++) {
    if (tok[i].type !== 'word') continue;
    const s = ctx.t.speakerAfter.matchAt(tok, i, b);
    if (s) { out.push({ i, n: s, after: true }); i += s - 1; continue; }
    const v = ctx.t.verbs.matchAt(tok, i, b);
    if (v) { out.push({ i, n: v, after: false }); i += v - 1; }
  }
  return out;
}

const verbText = (ctx: Ctx, h: VerbHit) => ctx.doc.text.slice(ctx.doc.tokens[h.i].start, ctx.doc.tokens[h.i + h.n - 1].end).replace(/\s+/g, ' ');

/** Speaker for a verb hit: `subjectFirst` looks before the verb first (pre-quote "X said:"), else after. */
function speakerForVerb(ctx: Ctx, h: VerbHit, a: number, b: number, subjectFirst: boolean, anchor: number, prior: Prior | null, allowDropped: boolean): SpeakerInfo | null {
  const verb = verbText(ctx, h);
  if (h.after) {
    const side = lookAfter(ctx, h.i + h.n, b, null, true);
    return side.entity || side.role ? resolve(ctx, side, verb, anchor, prior, false) : null;
  }
  const g = genderOfVerb(ctx.lang, verb);
  const after = lookAfter(ctx, h.i + h.n, b, g);
  const before = lookBefore(ctx, h.i, a, g);
  for (const s of subjectFirst ? [before, after] : [after, before]) {
    if (s.entity || s.role || s.pronoun || s.name) {
      const r = resolve(ctx, s, verb, anchor, prior, false);
      if (r) return r;
    }
  }
  return allowDropped ? resolve(ctx, NO_SIDE, verb, anchor, prior, true) : null;
}

/** Token range [a, b) of the clause before a quote and after it. */
function windows(ctx: Ctx, q: Span, prevEnd: number, nextStart: number): { pre: [number, number]; post: [number, number] } {
  const doc = ctx.doc;
  const si = Math.max(0, sentenceAt(doc, q.start));
  const sent = doc.sentences[si];
  const para = doc.paragraphs[sent?.paragraph ?? 0];
  const preStart = Math.max(sent?.start ?? 0, prevEnd, para?.start ?? 0, q.start - WINDOW_CHARS);
  const pre: [number, number] = [tokenAtOrAfter(doc, preStart), tokenAtOrAfter(doc, q.start)];
  const tok = doc.tokens;
  let a = tokenAtOrAfter(doc, q.end);
  const paraEnd = para?.end ?? doc.text.length;
  const stop = Math.min(nextStart, paraEnd, q.end + WINDOW_CHARS);
  let i = a;
  while (i < tok.length && tok[i].start < stop && tok[i].type === 'punct' && LEAD_PUNCT.test(tok[i].text)) i++;
  if (i >= tok.length || tok[i].start >= stop || TERMINAL.has(tok[i].text)) return { pre, post: [a, a] };
  const s = doc.sentences[tok[i].sentence];
  let b = Math.min(s.tokenEnd, tokenAtOrAfter(doc, stop));
  if (b < i) b = i;
  a = Math.min(a, i);
  return { pre, post: [a, b] };
}

function quoteSpeaker(ctx: Ctx, q: Span, prevEnd: number, nextStart: number, prior: Prior | null): SpeakerInfo | null {
  const tok = ctx.doc.tokens;
  const { pre, post } = windows(ctx, q, prevEnd, nextStart);
  // 1. Right after the quote: "„…” – powiedział X", "“…,” she said", "…," said Smith.
  if (post[1] > post[0]) {
    let i = post[0];
    while (i < post[1] && tok[i].type === 'punct' && LEAD_PUNCT.test(tok[i].text)) i++;
    const lead = i > post[0];
    const hits = verbsIn(ctx, i, Math.min(post[1], i + 5));
    const first = hits[0];
    if (first && lead) {
      const r = speakerForVerb(ctx, first, post[0], post[1], ctx.lang === 'en', q.start, prior, true);
      if (r) return r;
    }
    // A dash followed by a name and a verb ("„…” – Kowalski dodał", "„…” – Farage wywodził, że …").
    if (lead && i + 1 < post[1] && /[-–—−]/.test(ctx.doc.prose.slice(q.end, tok[i].start))) {
      const p = ctx.idx.within(tok[i].start, tok[post[1] - 1].end).find(f => f.start === tok[i].start && f.kind === 'person');
      const after = p ? tokenAtOrAfter(ctx.doc, p.end) : -1;
      if (p && after < post[1] && tok[after].type === 'word' && /^\p{Ll}/u.test(tok[after].text)) return fromEntity(ctx, p, tok[after].text, null);
    }
    // A dash followed by an unknown verb and a name ("„…” – alarmuje Choudary").
    if (!first && lead && i < post[1] && tok[i].type === 'word' && /^\p{Ll}/u.test(tok[i].text) && /[-–—−]/.test(ctx.doc.prose.slice(q.end, tok[i].start))) {
      const side = lookAfter(ctx, i + 1, post[1], genderOfVerb(ctx.lang, tok[i].text));
      if (side.entity?.kind === 'person') return fromEntity(ctx, side.entity, tok[i].text, ctx.roleOf.get(side.entity) ?? side.role);
    }
  }
  // 2. Right before the quote: "X powiedział: „…”", "X: „…”", "Według X „…”".
  if (pre[1] > pre[0]) {
    const last = tok[pre[1] - 1];
    const hits = verbsIn(ctx, pre[0], pre[1]);
    for (let k = hits.length - 1; k >= 0; k--) {
      const colonAfter = last.text === ':' && k === hits.length - 1;
      const r = speakerForVerb(ctx, hits[k], pre[0], pre[1] - (last.text === ':' ? 1 : 0), true, q.start, prior, colonAfter);
      if (r) return r;
    }
    if (last.text === ':' && pre[1] - 1 > pre[0]) {
      const ents = ctx.idx.within(tok[pre[0]].start, last.start, ctx.quotes);
      const e = ents.length ? ents[ents.length - 1] : null;
      if (e && e.kind !== 'place' && !/\p{L}/u.test(ctx.doc.prose.slice(e.end, last.start))) return fromEntity(ctx, e, null, null);
    }
  }
  // 3. Anywhere in the rest of the sentence after the quote.
  if (post[1] > post[0]) {
    for (const h of verbsIn(ctx, post[0], post[1])) {
      const r = speakerForVerb(ctx, h, post[0], post[1], true, q.start, prior, false);
      if (r) return r;
    }
  }
  return null;
}

/**
 * The speaker a sentence attributes its words to (reported speech with or without quotation marks):
 * "Pieskow mówił, że …", "– powiedziała rzeczniczka", "according to the ministry, …". Null when none is named.
 */
export function speakerOf(doc: AnalyzedDocument, sentenceIndex: number, entities: readonly Fact[]): SpeakerInfo | null {
  const s = doc.sentences[sentenceIndex];
  if (!s) return null;
  const ctx = contexts(doc, entities);
  return sentenceSpeaker(ctx, s.tokenStart, s.tokenEnd, s.start);
}

function sentenceSpeaker(ctx: Ctx, a: number, b: number, anchor: number): SpeakerInfo | null {
  const tok = ctx.doc.tokens;
  const inQuote = (i: number) => insideQuote(ctx, tok[i]);
  const hits = verbsIn(ctx, a, b).filter(h => !inQuote(h.i));
  for (const h of hits) {
    // Polish inverts after a dash or a comma ("– podaje agencja AP", ", powiedział X"): the subject follows.
    const inverted = ctx.lang === 'pl' && h.i > a && /^[-–—−,]$/.test(tok[h.i - 1].text);
    const r = speakerForVerb(ctx, h, a, b, !inverted, anchor, null, false);
    if (r) return r;
  }
  // A verb with a dropped subject ("Dodał, że …", "– podkreśliła"): the last person of a matching gender.
  for (const h of hits) {
    if (h.after || ctx.lang !== 'pl') continue;
    const r = speakerForVerb(ctx, h, a, b, true, anchor, null, true);
    if (r) return r;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------

const TITLE_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.\-]*|\p{N}+|of|the|and|for|in|on|a|i|w|z|na|po|do|o|de|la|le|les|der|die|das|von|van|del|di|da|\+|&|-|–)$/u;

/**
 * A short capitalised quotation used as a name ("Guardian" podaje…, pisze „Rzeczpospolita”, w programie "Fakty po Faktach",
 * the "Times" reported): a title, not someone's words.
 */
function isTitle(ctx: Ctx, q: Span, value: string): boolean {
  const words = value.split(' ');
  if (words.length > 5 || !/^\p{Lu}/u.test(value) || /[.!?,;:…]$/.test(value) || !words.every(w => TITLE_WORD.test(w))) return false;
  const tok = ctx.doc.tokens;
  const a = tokenAtOrAfter(ctx.doc, q.start);
  const b = tokenAtOrAfter(ctx.doc, q.end);
  // Next to a reporting verb: "– pisze „Rzeczpospolita”", "„Guardian” podaje, że", "the "Times" reported".
  if (b < tok.length && ctx.t.verbs.matchAt(tok, b) && /^\s*$/.test(ctx.doc.prose.slice(q.end, tok[b].start))) return true;
  for (let k = a - 1; k >= 0 && k >= a - 3; k--) {
    if (ctx.t.titleNouns.matchAt(tok, k) || (k === a - 1 && ctx.t.prepositions.has(tok[k].norm))) return true;
    if (ctx.t.verbs.matchAt(tok, k)) return k >= a - 2 && words.length <= 3;
    if (tok[k].type === 'punct') break;
  }
  return false;
}

// The comma before a closing mark (English style: “…,” she said) belongs to the sentence, not to the words.
const quoteValue = (doc: AnalyzedDocument, q: Span) => doc.prose.slice(q.start + 1, q.end - 1).replace(/\s+/g, ' ').trim().replace(/\s*,$/, '');

/** A quote is partial when it is a fragment inside a sentence rather than the speaker's whole sentence(s). */
function isPartial(doc: AnalyzedDocument, q: Span, value: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(value)?.[0] ?? '';
  if (!first || (/\p{Ll}/u.test(first))) return true;
  const para = doc.paragraphs[doc.sentences[Math.max(0, sentenceAt(doc, q.start))]?.paragraph ?? 0];
  // Words running on after the closing mark ("„Buntownikom” chodziło o …") make it a fragment of the sentence.
  const paraEnd = para?.end ?? doc.prose.length;
  let j = q.end;
  while (j < paraEnd && j < q.end + 50 && /[ \t]/.test(doc.prose[j])) j++;
  if (j < paraEnd && /\p{Ll}/u.test(doc.prose[j]) && !/[.!?…,]\s*$/.test(doc.prose.slice(Math.max(q.start + 1, q.end - 4), q.end - 1))) return true;
  let i = q.start - 1;
  while (i >= (para?.start ?? 0) && /\s/.test(doc.prose[i])) i--;
  if (i < (para?.start ?? 0)) return false;
  return !/[.!?…:\-–—−”"»]/.test(doc.prose[i]);
}

export function extractQuotes(doc: AnalyzedDocument, entities: Fact[]): Fact[] {
  const ctx = contexts(doc, entities);
  const out: Fact[] = [];
  let prior = null as Prior | null;
  const spans = ctx.quotes;
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k];
    const value = quoteValue(doc, q);
    if (!LETTER.test(value)) continue;
    // A title or name in quotation marks that the entity extractor recognised ("Rzeczpospolita") is not a quote.
    if (ctx.idx.within(q.start, q.end).some(f => f.kind === 'organization' && f.start <= q.start + 1 && f.end >= q.end - 1)) continue;
    if (ctx.titles.has(q.start)) continue;
    const prevEnd = k > 0 ? spans[k - 1].end : 0;
    const nextStart = k + 1 < spans.length ? spans[k + 1].start : doc.text.length;
    const partial = isPartial(doc, q, value);
    let info = quoteSpeaker(ctx, q, prevEnd, nextStart, prior);
    const si = Math.max(0, sentenceAt(doc, q.start));
    const para = doc.sentences[si]?.paragraph ?? 0;
    // A whole-sentence quote with no attribution, right after an attributed one in the same paragraph, continues it.
    const pr: Prior | null = prior;
    const dashClause = /^\s*,?\s*[-–—−]\s*\p{Ll}/u.test(doc.prose.slice(q.end, q.end + 20));
    if (!info && !partial && !dashClause && pr && pr.paragraph === para && pr.info.speaker) info = { ...pr.info, verb: null };
    if (info?.speaker) prior = { info, paragraph: para };
    out.push(makeFact(doc, 'quote', q.start, q.end, value, {
      speaker: info?.speaker ?? null,
      speakerRole: info?.speakerRole ?? null,
      verb: info?.verb ?? null,
      partial,
    }));
  }
  return out;
}

/** Tokens of a span (for tests and other extractors). */
export function tokensOf(doc: AnalyzedDocument, span: Span): Token[] {
  return doc.tokens.slice(tokenAtOrAfter(doc, span.start), tokenAtOrAfter(doc, span.end));
}
