// role-mismatch: the right name with a wrong title ("dyrektor finansowy Ryanaira Michael O'Leary" where the
// source calls him "szef Ryanaira"; "Prosecutor Bruce Peters" for a defence lawyer), or a title that the
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
    // Only a title written right before the name ("europosła SLD Leszka Millera", "Defense attorney Judy
    // Clarke"), not the words of another clause ("… Clarke argued that Tsarnaev's").
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

export const roleMismatch: Rule = {
  code: 'role-mismatch',
  description: 'A person is given another title than in the sources, or a title the sources give to someone else.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const lang = ctx.language;
    const sources = ctx.sources.map((s, i) => ({ s, i })).filter(x => x.s.document.language === lang);
    if (!sources.length) return out;
    for (const d of ctx.draftFacts) {
      if (d.kind !== 'person') continue;
      const dt = titleAround(ctx.draft, d, lang, ctx.draftFacts.filter(f => f.kind === 'person'));
      if (!dt.keys.size) continue;
      // What the sources call this person.
      const mine = new Set<string>();
      const mineTexts: string[] = [];
      let example: { f: Fact; src: number; text: string } | null = null;
      const others: Array<{ f: Fact; src: number; keys: Set<string>; text: string }> = [];
      for (const { s, i } of sources) {
        const people = s.facts.filter(f => f.kind === 'person');
        for (const f of people) {
          const t = titleAround(s.document, f, lang, people);
          if (samePerson(personName(f), personName(d))) {
            for (const k of t.keys) mine.add(k);
            mineTexts.push(t.text);
            if (t.keys.size && !example) example = { f, src: i, text: t.text };
          } else if (t.keys.size) others.push({ f, src: i, keys: t.keys, text: t.text });
        }
      }
      if (!mine.size || !example) continue;
      const missing = [...dt.keys].filter(k => !mine.has(k));
      // The institution of the title ("rzecznik Kremla"): capitalised words of the draft's title.
      const orgOf = (text: string) => new Set(text.split(/[^\p{L}]+/u).filter(w => /^\p{Lu}/u.test(w) && !titleKeys(w, lang).size).map(w => stem(w.toLowerCase(), lang)));
      const dOrg = orgOf(typeof d.attributes.role === 'string' ? d.attributes.role : '');
      const holds = (o: { keys: Set<string>; text: string }) => [...dt.keys].every(k => o.keys.has(k)) && [...dOrg].every(w => orgOf(o.text).has(w));
      // A title the sources give to someone else.
      const holder = others.find(o => holds(o) && !samePerson(personName(o.f), personName(d)));
      const myOrgs = new Set(mineTexts.flatMap(t => [...orgOf(t)]));
      const orgMissing = dOrg.size > 0 && [...dOrg].some(w => !myOrgs.has(w));
      if (!missing.length && !(orgMissing && holder)) continue;
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
