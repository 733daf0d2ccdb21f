// role-mismatch: the right name with a wrong title ("dyrektor finansowy spółki Jan Nowak" where the
// source calls him "prezes spółki"; "Prosecutor Ann Lee" for a defence lawyer), or a title that the
// source gives to someone else ("rzeczniczka Kremla Emily Horne" when the Kremlin's spokesman is Pieskow).
// Only words of office (data/<lang>/titles.json) are compared; synonyms of one office count as one.
import type { AnalyzedDocument, Fact, Lang } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { fold, stem } from '../stem';
import plTitles from '../../../../data/pl/titles.json';
import enTitles from '../../../../data/en/titles.json';
import { samePerson } from './quote-speaker';

interface TitleData { key: Map<string, string>; ignore: Set<string>; base: Set<string> }
let titles: Record<Lang, TitleData> | undefined;
function titleData(lang: Lang): TitleData {
  if (!titles) {
    const build = (l: Lang, d: { titles: string[]; synonyms: string[][]; ignore: string[] }): TitleData => {
      const key = new Map<string, string>();
      for (const t of d.titles) key.set(stem(t.toLowerCase(), l), stem(t.toLowerCase(), l));
      d.synonyms.forEach((g, i) => { for (const t of g) key.set(stem(t.toLowerCase(), l), `syn:${i}`); });
      return { key, ignore: new Set(d.ignore.map(fold)), base: new Set(d.titles.map(t => t.toLowerCase())) };
    };
    titles = { pl: build('pl', plTitles), en: build('en', enTitles) };
  }
  return titles[lang];
}

/** Office keys of a title text ("Turkish Foreign Minister" → {foreign, minist}). */
function titleKeys(text: string, lang: Lang): Set<string> {
  const t = titleData(lang);
  const out = new Set<string>();
  for (const w of text.split(/[^\p{L}.]+/u)) {
    if (!w || t.ignore.has(fold(w))) continue;
    const k = t.key.get(stem(w.toLowerCase(), lang));
    if (k) out.add(k);
  }
  return out;
}

const STOP_BEFORE = new Set(['i', 'oraz', 'a', 'and', 'or', 'lub', 'with', 'z', 'ze']);

/** The title written around a person mention: the extractor's role, and the words right before the name. */
function titleAround(doc: AnalyzedDocument, f: Fact, lang: Lang, people: Fact[]): { keys: Set<string>; text: string } {
  const parts: string[] = [];
  // Polish: a title in the nominative before a name in another case governs it ("rzecznik Theresy May" is
  // May's spokesman, not May): such a title is not the person's.
  const oblique = lang === 'pl' && f.lemma !== undefined && fold(f.text) !== fold(f.lemma);
  const governs = (title: string) => {
    if (!oblique) return false;
    const first = title.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    return titleData(lang).base.has(first);
  };
  if (typeof f.attributes.role === 'string' && !governs(f.attributes.role)) parts.push(f.attributes.role);
  const s = doc.sentences[f.sentenceIndex];
  if (s) {
    let i = s.tokenStart;
    while (i < s.tokenEnd && doc.tokens[i].start < f.start) i++;
    const before: string[] = [];
    const t0 = doc.tokens[i - 1];
    // Only a title written right before the name ("europosła PSL Jana Nowaka", "Defense attorney Ann
    // Lee"), not the words of another clause ("… Lee argued that Smith's").
    const adjacent = t0 && i - 1 >= s.tokenStart && t0.type === 'word' && (/^\p{Lu}/u.test(t0.text) || titleKeys(t0.text, lang).size > 0);
    for (let j = i - 1, n = 0; adjacent && j >= s.tokenStart && n < 5; j--) {
      const t = doc.tokens[j];
      if (t.type === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '\'') break;
      if (t.type === 'word' && STOP_BEFORE.has(t.norm)) break;
      if (people.some(p => p !== f && p.start <= t.start && t.end <= p.end)) break;
      before.unshift(t.text);
      if (t.type !== 'punct') n++;
    }
    if (before.length && !governs(before.filter(w => /\p{L}/u.test(w)).slice(-1)[0] ?? '')) parts.push(before.join(' '));
  }
  const text = parts.join(' ');
  return { keys: titleKeys(text, lang), text: parts[0] ?? text };
}

const personName = (f: Fact) => f.canonical || f.lemma || f.value;

/** The bucket of `samePerson`: two names it holds for always share their last word's first five letters. */
function personKey(name: string): string {
  const w = fold(name).split(/\s+/);
  return w[w.length - 1].slice(0, 5);
}

/** A person mention of a source with the title around it (computed once per source document). */
interface SourcePerson { f: Fact; src: number; keys: Set<string>; text: string; name: string; order: number }
const PEOPLE = new WeakMap<AnalyzedDocument, { lang: Lang; list: Array<{ f: Fact; keys: Set<string>; text: string }> }>();
function peopleOf(doc: AnalyzedDocument, facts: Fact[], lang: Lang): Array<{ f: Fact; keys: Set<string>; text: string }> {
  const c = PEOPLE.get(doc);
  if (c && c.lang === lang) return c.list;
  const people = facts.filter(f => f.kind === 'person');
  const list = people.map(f => ({ f, ...titleAround(doc, f, lang, people) }));
  PEOPLE.set(doc, { lang, list });
  return list;
}

/**
 * The people of a set of sources (those in the draft's language), in source and text order, bucketed by
 * `personKey` (the candidates for "the same person") and by office key (the candidates for "someone else with
 * this title"). Built once per source set: `ctx.sources` is the same array while the sources do not change.
 */
interface SameName {
  mine: Set<string>;
  /** Office keys of appositions after the person's name in the sources ("Garland, the attorney general, …"). */
  loose: Set<string>;
  mineTexts: string[];
  example: { f: Fact; src: number; text: string } | null;
  orgs?: Set<string>;
}
interface PeopleIndex {
  byName: Map<string, SourcePerson[]>;
  byTitle: Map<string, SourcePerson[]>;
  /** What the sources call a person of this name (memo: a draft names the same people again and again). */
  sameName: Map<string, SameName>;
  /** holderOf() results. */
  holders: Map<string, SourcePerson | null>;
}
const SET_INDEX = new WeakMap<object, { lang: Lang; index: PeopleIndex }>();
function peopleIndex(ctx: RuleContext, lang: Lang): PeopleIndex {
  const c = SET_INDEX.get(ctx.sources);
  if (c && c.lang === lang) return c.index;
  const byName = new Map<string, SourcePerson[]>();
  const byTitle = new Map<string, SourcePerson[]>();
  let order = 0;
  ctx.sources.forEach((s, i) => {
    if (s.document.language !== lang) return;
    for (const p of peopleOf(s.document, s.facts, lang)) {
      const name = personName(p.f);
      const sp: SourcePerson = { f: p.f, src: i, keys: p.keys, text: p.text, name, order: order++ };
      const k = personKey(name);
      const l = byName.get(k);
      if (l) l.push(sp); else byName.set(k, [sp]);
      for (const t of p.keys) {
        const lt = byTitle.get(t);
        if (lt) lt.push(sp); else byTitle.set(t, [sp]);
      }
    }
  });
  const index = { byName, byTitle, sameName: new Map<string, SameName>(), holders: new Map<string, SourcePerson | null>() };
  SET_INDEX.set(ctx.sources, { lang, index });
  return index;
}

const ORG_CACHE = new Map<string, Set<string>>();
/** The institution words of a title text: its capitalised words that are not words of office, stemmed. */
function orgOf(text: string, lang: Lang): Set<string> {
  const k = lang + text;
  let o = ORG_CACHE.get(k);
  if (!o) {
    o = new Set(text.split(/[^\p{L}]+/u).filter(w => /^\p{Lu}/u.test(w) && !titleKeys(w, lang).size).map(w => stem(w.toLowerCase(), lang)));
    if (ORG_CACHE.size > 20000) ORG_CACHE.clear();
    ORG_CACHE.set(k, o);
  }
  return o;
}

/**
 * A source person other than `name` holding every office key of the draft's title (and its institution), the
 * first in source order: looked up among the holders of one of the keys (holding them all needs that one).
 */
function holderOf(index: PeopleIndex, name: string, keys: Set<string>, org: Set<string>, lang: Lang): SourcePerson | null {
  const memo = `${name}\u0000${[...keys].join('|')}\u0000${[...org].join('|')}`;
  const hit = index.holders.get(memo);
  if (hit !== undefined) return hit;
  const holds = (o: SourcePerson) => [...keys].every(k => o.keys.has(k)) && [...org].every(w => orgOf(o.text, lang).has(w));
  const first = keys.values().next().value as string;
  const holder = (index.byTitle.get(first) ?? []).find(o => !samePerson(o.name, name) && holds(o)) ?? null;
  if (index.holders.size > 10000) index.holders.clear();
  index.holders.set(memo, holder);
  return holder;
}

/** The apposition right after a name: ", the attorney general," / ", rzecznik Kremla," (up to six words). */
function appositionAfter(doc: AnalyzedDocument, f: Fact): string {
  const s = doc.sentences[f.sentenceIndex];
  if (!s) return '';
  let i = s.tokenStart;
  while (i < s.tokenEnd && doc.tokens[i].start < f.end) i++;
  if (doc.tokens[i]?.text !== ',' || i >= s.tokenEnd) return '';
  const start = doc.tokens[i].end;
  let j = i + 1;
  for (let n = 0; j < s.tokenEnd && n < 6; j++, n++) if (doc.tokens[j].type === 'punct') break;
  if (j >= s.tokenEnd || !/^[,;.–—)]$/.test(doc.tokens[j].text)) return '';
  return doc.text.slice(start, doc.tokens[j].start);
}

export const roleMismatch: Rule = {
  code: 'role-mismatch',
  description: 'A person is given another title than in the sources, or a title the sources give to someone else.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const lang = ctx.language;
    if (!ctx.sources.some(s => s.document.language === lang)) return out;
    const index = peopleIndex(ctx, lang);
    const draftPeople = ctx.draftFacts.filter(f => f.kind === 'person');
    for (const d of draftPeople) {
      const dt = titleAround(ctx.draft, d, lang, draftPeople);
      if (!dt.keys.size) continue;
      // What the sources call this person (only the people of its name bucket can be the same person).
      const dName = personName(d);
      let same = index.sameName.get(dName);
      if (!same) {
        same = { mine: new Set<string>(), loose: new Set<string>(), mineTexts: [], example: null };
        for (const p of index.byName.get(personKey(dName)) ?? []) {
          if (!samePerson(p.name, dName)) continue;
          for (const k of p.keys) same.mine.add(k);
          for (const k of titleKeys(appositionAfter(ctx.sources[p.src].document, p.f), lang)) same.loose.add(k);
          same.mineTexts.push(p.text);
          if (p.keys.size && !same.example) same.example = { f: p.f, src: p.src, text: p.text };
        }
        if (index.sameName.size > 10000) index.sameName.clear();
        index.sameName.set(dName, same);
      }
      const { mine, example } = same;
      if (!mine.size || !example) continue;
      const missing = [...dt.keys].filter(k => !mine.has(k));
      // The institution of the title ("rzecznik Kremla"): capitalised words of the draft's title.
      const dOrg = orgOf(typeof d.attributes.role === 'string' ? d.attributes.role : '', lang);
      const myOrgs = same.orgs ??= new Set(same.mineTexts.flatMap(t => [...orgOf(t, lang)]));
      const orgMissing = dOrg.size > 0 && [...dOrg].some(w => !myOrgs.has(w));
      if (!missing.length && !orgMissing) continue;
      const holder = holderOf(index, dName, dt.keys, dOrg, lang);
      // A title the source gives the person elsewhere in the sentence (after the name, in an apposition) is no
      // other title, unless someone else holds it.
      if (!missing.some(k => !same.loose.has(k)) && !holder) continue;
      const ev = holder ?? example;
      out.push({
        code: 'role-mismatch', severity: holder ? 'error' : 'warning', start: d.start, end: d.end,
        found: dt.text || d.text, expected: ev.text,
        message: holder
          ? { pl: `W źródle to ${personName(holder.f)} jest: ${holder.text}`, en: `In the source, ${personName(holder.f)} is the ${holder.text}` }
          : { pl: `Źródło podaje inną funkcję: ${example.text}`, en: `The source gives another title: ${example.text}` },
        evidence: { source: ev.src, sentence: ev.f.sentenceIndex, start: ev.f.start, end: ev.f.end },
      });
    }
    return out;
  },
};
