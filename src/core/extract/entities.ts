// People, organisations and places (Polish and English): capitalisation + context rules + lexicons.
// Lexicons: data/pl/entities.json, data/en/entities.json (hand-made gazetteers, role words, organisation head words),
// data/pl/person-names.json (first names; dictionary-class → type counts learned on the non-news genres of PolEval 2018),
// data/pl/names.json (proper names of the Polish Hunspell dictionary, for base forms).
// Each mention gets `lemma` (base form of the mention) and `canonical` (the entity's fullest name in the document).
import type { AnalyzedDocument, AttrValue, Fact, Lang, Token } from '../types';
import { makeFact } from './util';
import { nameEntries, nameFlags, nameForms } from '../morph/names';
import { baseCandidates, personNameLemma, type Gender, type NameLexicon } from '../morph/polish';
import plLex from '../../../data/pl/entities.json';
import enLex from '../../../data/en/entities.json';
import plNames from '../../../data/pl/person-names.json';
import plCommon from '../../../data/pl/common-words.json';
import { BoundedCache } from '../memo';

type Kind = 'person' | 'organization' | 'place';

interface Lexicon {
  places: Map<string, string>; // lemma phrase → place type
  orgs: Set<string>; // lemma phrases of known organisations
  multi: Map<string, Array<{ words: string[]; kind: Kind; lemma: string }>>; // first word → multiword entries
  orgHeads: Set<string>;
  orgAcronyms: Set<string>;
  placeAcronyms: Set<string>;
  roles: Set<string>;
  roleMulti: Map<string, string[][]>;
  honorifics: Set<string>;
  firstMale: Set<string>;
  firstFemale: Set<string>;
  placeAdj: Array<[string, string]>; // stem → place
  placeAdjStems: Map<string, string>;
  placeAdjByPlace: Map<string, string>; // place → its first adjective stem in placeAdj order
  classes: Record<string, Record<string, number>>;
  notNames: Set<string>;
  orgWords: Set<string>;
  common: Set<string>;
  notAcronyms: Set<string>;
  productWords: Set<string>;
}

const split = (s: string | undefined) => (s ?? '').split(';').map(x => x.trim()).filter(Boolean);
let LEX: Record<Lang, Lexicon> | null = null;

function buildLexicons(): Record<Lang, Lexicon> {
  const mk = (): Lexicon => ({
    places: new Map(), orgs: new Set(), multi: new Map(), orgHeads: new Set(), orgAcronyms: new Set(), placeAcronyms: new Set(),
    roles: new Set(), roleMulti: new Map(), honorifics: new Set(), firstMale: new Set(), firstFemale: new Set(), placeAdj: [], placeAdjStems: new Map(), placeAdjByPlace: new Map(), classes: {}, notNames: new Set(), orgWords: new Set(), common: new Set(), notAcronyms: new Set(), productWords: new Set(),
  });
  const pl = mk();
  const en = mk();
  const addMulti = (lx: Lexicon, phrase: string, kind: Kind) => {
    const words = phrase.split(/\s+/).map(w => w.replace(/\.$/, ''));
    if (words.length < 2) return;
    const list = lx.multi.get(words[0]) ?? [];
    list.push({ words, kind, lemma: phrase });
    lx.multi.set(words[0], list);
  };
  const p = plLex as Record<string, string>;
  for (const [key, type] of [['countries', 'country'], ['cities', 'city'], ['regions', 'region']] as const) {
    for (const x of split(p[key])) {
      const lemma = x.replace(/\.(?=\s)/g, '');
      if (!pl.places.has(lemma)) pl.places.set(lemma, type);
      addMulti(pl, lemma, 'place');
    }
  }
  for (const x of split(p.orgs)) { pl.orgs.add(x); addMulti(pl, x, 'organization'); }
  for (const x of split(p.orgHeads)) { if (x.includes(' ')) { pl.orgs.add(x); addMulti(pl, x, 'organization'); } else pl.orgHeads.add(x); }
  for (const x of split(p.orgAcronyms)) pl.orgAcronyms.add(x);
  for (const x of split(p.notNames)) { pl.notNames.add(x); en.notNames.add(x); }
  for (const x of split(p.orgWords)) { pl.orgWords.add(x); en.orgWords.add(x); }
  for (const x of split(p.notAcronyms)) { pl.notAcronyms.add(x); en.notAcronyms.add(x); }
  for (const x of split(p.productWords)) { pl.productWords.add(x); en.productWords.add(x); }
  for (const x of split(p.placeAcronyms)) pl.placeAcronyms.add(x);
  for (const x of split(p.roles)) {
    if (x.includes(' ')) { const w = x.split(' '); const l = pl.roleMulti.get(w[0]) ?? []; l.push(w); pl.roleMulti.set(w[0], l); }
    pl.roles.add(x.split(' ')[0]);
  }
  for (const x of split(p.honorifics)) pl.honorifics.add(x.toLowerCase());
  for (const x of split(p.placeAdjectives)) { const [s, pl2] = x.split(':'); pl.placeAdj.push([s, pl2]); }
  pl.placeAdj.sort((a, b) => b[0].length - a[0].length);
  for (const [stem, place] of pl.placeAdj) pl.placeAdjStems.set(stem, place);
  const n = plNames as unknown as { male: string; female: string; classes: Record<string, Record<string, number>> };
  for (const x of n.male.split(' ')) pl.firstMale.add(x);
  for (const x of n.female.split(' ')) pl.firstFemale.add(x);
  pl.classes = n.classes;
  for (const w of (plCommon as { words: string }).words.split(' ')) pl.common.add(w);
  for (const w of PL_STOP_CAPS) { pl.common.add(w); en.common.add(w); }
  const e = enLex as Record<string, string>;
  for (const x of split(e.places)) { en.places.set(x, 'place'); addMulti(en, x, 'place'); }
  for (const x of split(e.orgs)) { en.orgs.add(x); addMulti(en, x, 'organization'); }
  for (const x of split(e.orgHeads)) en.orgHeads.add(x);
  for (const x of split(e.orgAcronyms)) en.orgAcronyms.add(x);
  for (const x of ['US', 'USA', 'UK', 'UAE', 'USSR', 'DPRK', 'PRC']) en.placeAcronyms.add(x);
  for (const x of split(e.roles)) {
    if (x.includes(' ')) { const w = x.split(' '); const l = en.roleMulti.get(w[0]) ?? []; l.push(w); en.roleMulti.set(w[0], l); }
    en.roles.add(x.split(' ')[0]);
  }
  for (const x of split(e.titles)) en.honorifics.add(x.toLowerCase());
  for (const x of split(e.demonymAdjectives)) { const [s, pl2] = x.split(':'); en.placeAdj.push([s, pl2]); }
  for (const x of split(e.firstNamesMale)) en.firstMale.add(x);
  for (const x of split(e.firstNamesFemale)) en.firstFemale.add(x);
  // English first names also occur in Polish texts and the other way round.
  for (const x of en.firstMale) pl.firstMale.add(x);
  for (const x of en.firstFemale) if (!pl.firstMale.has(x)) pl.firstFemale.add(x);
  for (const x of pl.firstMale) en.firstMale.add(x);
  for (const x of pl.firstFemale) en.firstFemale.add(x);
  // Place names are never first names (Azja, Georgia, Sofia as cities are handled by context).
  for (const lx of [pl, en]) for (const [stem, place] of lx.placeAdj) if (!lx.placeAdjByPlace.has(place)) lx.placeAdjByPlace.set(place, stem);
  return { pl, en };
}

function lex(lang: Lang): Lexicon {
  if (!LEX) LEX = buildLexicons();
  return LEX[lang];
}

// ---------------------------------------------------------------------------------------------------------------
// Token analysis

const ABBR_WORDS: Record<string, string> = { Wlk: 'Wielka', W: 'Wielka', Płn: 'Północna', Płd: 'Południowa' };
const expandAbbr = (lemma: string) => lemma.split(' ').map(w => ABBR_WORDS[w] ?? w).join(' ');
const CAP = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}]+|\p{Lu}+[a-ząćęłńóśźż]\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}?\p{Lu}+)$/u;
const ALLCAPS_WORD = /^\p{Lu}{2,}$/u;
// Prepositions and conjunctions: a role word is never found across one of these.
const FUNCTION_WORDS = new Set(['w', 'we', 'na', 'z', 'ze', 'do', 'o', 'od', 'po', 'przy', 'przez', 'dla', 'i', 'a', 'oraz', 'lub', 'albo', 'czy', 'że', 'jak', 'nad', 'pod', 'za', 'przed', 'między', 'u', 'ku', 'bez', 'to', 'jest', 'był', 'była', 'są', 'się', 'nie', 'the', 'of', 'and', 'in', 'at', 'on', 'for', 'with', 'by', 'to', 'from']);
// Inhabitants of cities, written in lower case ("łodzianie", "warszawiaków").
const CITY_DEMONYMS: Record<string, string> = {
  łodzian: 'Łódź', warszawia: 'Warszawa', krakowian: 'Kraków', poznanian: 'Poznań', poznaniak: 'Poznań', gdańszczan: 'Gdańsk', wrocławian: 'Wrocław',
  gdynian: 'Gdynia', elblążan: 'Elbląg', torunian: 'Toruń', szczecinian: 'Szczecin', lublinian: 'Lublin', białostoczan: 'Białystok',
  katowiczan: 'Katowice', bydgoszczan: 'Bydgoszcz', kielczan: 'Kielce', olsztynian: 'Olsztyn', rzeszowian: 'Rzeszów', opolan: 'Opole',
  sopocian: 'Sopot', płocczan: 'Płock', radomian: 'Radom', częstochowian: 'Częstochowa', gliwiczan: 'Gliwice', tarnowian: 'Tarnów',
  londyńczy: 'Londyn', paryżan: 'Paryż', berlińczy: 'Berlin', moskwian: 'Moskwa', kijowian: 'Kijów', nowojorczy: 'Nowy Jork',
};
const CITY_DEMONYM = new RegExp(`^(${Object.keys(CITY_DEMONYMS).join('|')})(?:in|ie|om|ami|ach|ina|inowi|inem|inie||k|cy|ków|ka|kiem|kom|kami|kach|cy|ka|ków|c[yae]?|k[aeiuó]?w?)$`, 'u');
const SPEECH_VERB = /^(?:mówi|mówił|powiedział|powiedziała|dodał|dodała|dodaje|stwierdził|stwierdziła|podkreślił|podkreśliła|uważa|twierdzi|twierdził|zaznaczył|zaznaczyła|ocenił|oceniła|przyznał|przyznała|przyznaje|wyjaśnia|wyjaśnił|pisze|napisał|napisała|ostrzegł|zapowiedział|mówiła|tłumaczy|tłumaczył|zauważył|zauważa|przekonuje|przekonywał|komentuje|skomentował|odpowiada|odpowiedział|pyta|zapytał|said|says|told|added|wrote|according)$/u;
const STREET_WORDS = new Set(['ul', 'ulica', 'ulicy', 'ulicą', 'ulicę', 'ulicach', 'ulicami', 'al', 'aleja', 'alei', 'aleją', 'alejach', 'pl', 'plac', 'placu', 'placem', 'os', 'osiedle', 'osiedlu', 'osiedla', 'rondo', 'rondzie', 'ronda', 'przy', 'skwer', 'skweru', 'bulwar', 'bulwarze', 'most', 'moście', 'mostu']);
const PLACE_PREPS = new Set(['w', 'we', 'na', 'do', 'pod', 'nad', 'koło', 'obok', 'spod', 'znad', 'ku', 'in', 'at', 'to', 'from', 'near']);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'di', 'da', 'du', 'dos', 'del', 'bin', 'ibn', 'al', 'el', 'ul', 'ter', 'zu', 'y']);
const ORG_CONNECTORS = new Set(['i', 'ds.', 'ds', 'do', 'dla', 'na', 'w', 'we', 'z', 'of', 'and', 'for', 'the', 'on', '&']);
// Institutions often named after a person ("Fundacja Jana Pawła II"): a first name does not end them.
const NAMED_AFTER = new Set(['Fundacja', 'Uniwersytet', 'Szkoła', 'Szpital', 'Instytut', 'Muzeum', 'Teatr', 'Liceum', 'Gimnazjum', 'Akademia', 'Centrum', 'Klub', 'Biblioteka', 'Stowarzyszenie', 'Towarzystwo', 'Ośrodek', 'Zespół', 'Politechnika', 'Parafia', 'University', 'Foundation', 'Institute', 'School', 'Center', 'Centre', 'Museum']);
const OPENERS = new Set(['"', '„', '“', '«', '»', '(', '[', '-', '–', '—', ':', '\'', '‘', '‚', '*', '•']);
// Words that start sentences in capitals and are also (rare) names: never names when sentence-initial and alone.
const PL_STOP_CAPS = new Set(['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'i', 'a', 'ale', 'jak', 'jednak', 'teraz', 'tak', 'to', 'ten', 'ta', 'te', 'tym', 'jej', 'jego', 'ich', 'nie', 'już', 'czy', 'co', 'kto', 'gdy', 'gdzie', 'kiedy', 'dlatego', 'ponadto', 'także', 'również', 'według', 'przed', 'podczas', 'między', 'obie', 'oba', 'niedawno', 'propozycje', 'rozmowa', 'prezydent', 'premier', 'minister', 'pan', 'pani', 'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'but', 'and', 'this', 'that', 'his', 'her']);

interface Tok {
  t: Token;
  idx: number; // index in doc.tokens
  cap: boolean;
  acr: boolean;
  initial: boolean; // first word of its sentence (or after an opening quote/dash at the start)
  cands: string[] | null; // candidate base forms (Polish) or the word itself; null until first asked
}

const CAND_CACHE = new BoundedCache<string, string[]>(10000);
const ROLE_CACHE = new BoundedCache<string, { lemma: string; gender: Gender | null } | null>(10000);
function candidatesOf(word: string, lang: Lang): string[] {
  if (lang === 'pl') {
    const hit = CAND_CACHE.get(word);
    if (hit) return hit;
    const c = candidatesPl(word);
    CAND_CACHE.set(word, c);
    return c;
  }
  return candidatesEn(word);
}
function candidatesEn(word: string): string[] {
  const out = [word];
  if (/'s$|’s$/.test(word)) out.push(word.slice(0, -2));
  return out;
}
let IRREGULAR: Map<string, string> | null = null;
function candidatesPl(word: string): string[] {
  if (!IRREGULAR) IRREGULAR = new Map(split((plLex as Record<string, string>).irregular).map(x => x.split(':') as [string, string]));
  const out = new Set<string>();
  const irr = IRREGULAR.get(word);
  if (irr) out.add(irr);
  for (const e of nameEntries(word)) out.add(e.lemma);
  for (const c of baseCandidates(word)) out.add(c);
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------------
// Mentions

interface Mention {
  kind: Kind;
  start: number; // token index in sentence-local array
  end: number; // exclusive
  lemma: string;
  placeType?: string;
  gender?: Gender;
  words?: string[]; // person: lemma words
  acronym?: string;
  fullName?: string;
  role?: string;
  roleOrg?: string;
  country?: string;
  source: 'lexicon' | 'rule' | 'guess';
  demonym?: boolean;
  nested?: boolean;
  adjective?: string[];
}

// Conventions, chosen by measuring on the gold data (scripts/eval-facts.mjs): demonyms ("Polacy") are groups of people
// (SlavicNER counts them as people; PolEval as places); places named inside organisation names ("Sąd Okręgowy w Łodzi")
// and relational adjectives of places ("rosyjskich" → Rosja, attribute `adjective`) are place facts (PolEval counts
// both; SlavicNER neither, so it costs precision there).
const DEMONYM_KIND: Kind = 'person';
const NESTED_PLACES = true;
const ADJECTIVE_PLACES = true;
const ADJ_ENDINGS = new Set(['i', 'a', 'ie', 'iego', 'iej', 'iemu', 'im', 'ich', 'imi', 'ą', 'y', 'e', 'ego', 'ej', 'emu', 'ym', 'ych', 'ymi', 'o', 'u']);

/** Base form of a demonym in its own number: "Polaków" → "Polacy", "Polaka" → "Polak". */
function demonymLemma(form: string, singular: string): string {
  const forms = nameForms(singular);
  let plural: string | undefined;
  for (const re of [/cy$/u, /rzy$/u, /anie$/u, /owie$/u, /[^aeiouykg]i$/u]) {
    plural = forms.find(f => f !== singular && re.test(f) && !/ninie$/u.test(f));
    if (plural) break;
  }
  const isPlural = /(?:ów|ami|om|ach)$/u.test(form) || form === plural || (singular.endsWith('anin') && form === singular.slice(0, -2));
  return isPlural && plural ? plural : singular;
}

/** Places an adjective refers to ("rosyjsko-ukraińskiej" → Rosja, Ukraina). */
const ADJ_PLACE_CACHE = new BoundedCache<string, string[]>(10000);
const NO_PLACES: string[] = [];
const ADJ_SHAPE = /s[kc]|c[kc]|dz[kc]/u;
function adjectivePlaces(norm: string, lx: Lexicon): string[] {
  // Relational adjectives of places end in -ski/-cki/-dzki (plural -scy/-ccy): nothing else needs a look-up.
  if (norm.length < 5 || !ADJ_SHAPE.test(norm)) return NO_PLACES;
  const hit = ADJ_PLACE_CACHE.get(norm);
  if (hit) return hit;
  let out: string[] | null = null;
  for (let part of norm.includes('-') ? norm.split('-') : [norm]) {
    // Masculine-personal plural: polscy → polsk-i, niemieccy → niemieck-i.
    if (/(?:sc|cc|dzc)y$/u.test(part)) part = part.replace(/scy$/u, 'ski').replace(/dzcy$/u, 'dzki').replace(/ccy$/u, 'cki');
    let found: string | null = null;
    for (let n = 1; n <= 4 && n < part.length - 3 && !found; n++) {
      if (!ADJ_ENDINGS.has(part.slice(part.length - n))) continue;
      const stem = part.slice(0, part.length - n);
      found = lx.placeAdjStems.get(stem) ?? (/(?:sk|ck|dzk)$/u.test(stem) ? dictionaryPlaceOfAdjective(stem, lx) : null);
    }
    if (found) (out ??= []).push(found);
  }
  ADJ_PLACE_CACHE.set(norm, out ?? []);
  return out ?? [];
}

// Place names behind a relational adjective's stem: płońsk → Płońsk, rybnick → Rybnik, łowick → Łowicz, ostrzeszowsk → Ostrzeszów.
const ADJ_STEM_RULES: Array<[string, string]> = [['', ''], ['ck', 'k'], ['ck', 'cz'], ['ck', 'ce'], ['ck', 'ca'], ['ck', 'c'], ['owsk', 'ów'], ['owsk', 'owo'],
  ['owsk', 'owa'], ['ewsk', 'ew'], ['ińsk', 'in'], ['ińsk', 'ina'], ['yńsk', 'yn'], ['yńsk', 'yna'], ['ńsk', 'ń'], ['ńsk', 'na'], ['sk', ''], ['sk', 'ch'],
  ['sk', 'sk'], ['dzk', 'dź'], ['dzk', 'dz'], ['sk', 'a'], ['sk', 'y'], ['sk', 'e'], ['ęsk', 'ąsk'], ['ąsk', 'ąg'], ['sk', 'g']];
function dictionaryPlaceOfAdjective(stem: string, lx: Lexicon): string | null {
  const cap = stem[0].toUpperCase() + stem.slice(1);
  for (const [end, rep] of ADJ_STEM_RULES) {
    if (!cap.endsWith(end)) continue;
    const cand = cap.slice(0, cap.length - end.length) + rep;
    if (cand.length < 4) continue;
    if (lx.places.has(cand)) return cand;
    // (the dictionary's own entry for `cand`: what nameEntries(cand) lists with lemma === cand, without running the rules)
    const flags = nameFlags(cand);
    if (!flags) continue;
    const hint = lx.classes[flags];
    if (!hint) continue;
    const tot = Object.values(hint).reduce((x, y) => x + y, 0);
    if ((hint.place ?? 0) / tot >= 0.6) return cand;
  }
  return null;
}

function classHint(word: string, lx: Lexicon): Record<string, number> | null {
  const es = nameEntries(word);
  if (!es.length) return null;
  const sig = es.map(e => e.flags || '-').sort().join('|');
  return lx.classes[sig] ?? null;
}

export function extractEntities(doc: AnalyzedDocument): Fact[] {
  const lang = doc.language;
  const lx = lex(lang);
  const text = doc.prose;
  const all: Array<{ m: Mention; toks: Tok[]; si: number }> = [];
  const typedLemmas = new Map<string, Kind>(); // lemma of a confidently typed single word → kind (document memory)
  const capElsewhere = new Set<string>(); // words seen capitalised in non-initial positions

  // Pass 1: tokens per sentence.
  const sentences: Tok[][] = [];
  for (const s of doc.sentences) {
    const toks: Tok[] = [];
    let seenWord = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.type !== 'word') {
        if (t.type === 'num') seenWord = true;
        toks.push({ t, idx: i, cap: false, acr: false, initial: false, cands: null });
        continue;
      }
      const cap = CAP.test(t.text);
      const prev = i > s.tokenStart ? doc.tokens[i - 1] : null;
      const initial = !seenWord || !!prev && prev.type === 'punct' && /^[-–—„"“:;!?…(*•]$/u.test(prev.text);
      seenWord = true;
      const acr = cap && ACRONYM.test(t.text) && t.text.length <= 8;
      toks.push({ t, idx: i, cap, acr, initial, cands: null });
      if (cap && !initial) capElsewhere.add(t.text);
    }
    sentences.push(toks);
  }

  const nameLex: NameLexicon = {
    male: (l: string) => lx.firstMale.has(l),
    female: (l: string) => lx.firstFemale.has(l),
    dict: (form: string) => nameEntries(form).filter(e => /[NTXxALnm]/.test(e.flags)).map(e => e.lemma),
  };
  const isFirst = (tk: Tok): Gender | null => {
    if (!tk.cap || tk.acr) return null;
    const w = tk.t.text;
    if (lx.firstMale.has(w)) return 'm';
    if (lx.firstFemale.has(w)) return 'f';
    if (lang === 'pl') {
      for (const c of cands(tk)) {
        if (lx.places.has(c)) return null;
        if (lx.firstFemale.has(c)) return 'f';
        if (lx.firstMale.has(c)) return 'm';
      }
    }
    return null;
  };
  const cands = (tk: Tok): string[] => {
    return tk.cands ??= candidatesOf(tk.t.text, lang);
  };
  const placeOf = (tk: Tok): string | null => {
    if (tk.acr) return lx.placeAcronyms.has(tk.t.text) ? tk.t.text : null;
    for (const c of cands(tk)) if (lx.places.has(c) && !lx.places.get(c)!.includes(' ')) return c;
    return null;
  };
  const orgHeadOf = (tk: Tok): string | null => {
    for (const c of cands(tk)) if (lx.orgHeads.has(c)) return c;
    return null;
  };
  const knownOrg = (tk: Tok): string | null => {
    if (tk.acr && lx.orgAcronyms.has(tk.t.text)) return tk.t.text;
    for (const c of cands(tk)) if (lx.orgs.has(c)) return c;
    return null;
  };
  const adjacent = (a: Tok, b: Tok) => {
    for (let k = a.t.end; k < b.t.start; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  };

  // Base forms of words written with a capital inside sentences: a sentence-initial word that shares one is a name.
  const capLemmas = new Set<string>();
  for (const toks of sentences) for (const tk of toks) if (tk.cap && !tk.initial && !tk.acr) for (const c of cands(tk)) capLemmas.add(c);

  const memoKind = (tk: Tok): Kind | undefined => cands(tk).map(c => typedLemmas.get(c)).find(Boolean);
  // Pass 2: mentions per sentence.
  sentences.forEach((toks, si) => {
    const used = new Array<boolean>(toks.length).fill(false);
    const found: Mention[] = [];
    const word = (i: number) => (i >= 0 && i < toks.length && toks[i].t.type === 'word' ? toks[i] : null);

    // a) Multiword gazetteer entries (places, organisations).
    for (let i = 0; i < toks.length; i++) {
      const tk = word(i);
      if (!tk || !tk.cap) continue;
      let best: { len: number; kind: Kind; lemma: string } | null = null;
      for (const c of (lang === 'pl' ? cands(tk) : [tk.t.text])) {
        for (const entry of lx.multi.get(c) ?? []) {
          let ok = true;
          let j = i + 1;
          for (let k = 1; k < entry.words.length; k++, j++) {
            // An abbreviation's full stop ("Wlk. Brytanii", "Irlandii Płn.") is part of the name.
            if (toks[j]?.t.text === '.' && toks[j - 1].t.end === toks[j].t.start && toks[j - 1].t.text.length <= 4) j++;
            const nt = word(j);
            if (!nt || !adjacent(toks[j - 1], nt)) { ok = false; break; }
            const w = entry.words[k];
            if (nt.t.text !== w && !(lang === 'pl' && cands(nt).includes(w))) { ok = false; break; }
          }
          if (ok && toks[j]?.t.text === '.' && toks[j - 1].t.end === toks[j].t.start && toks[j - 1].t.text.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[j - 1].t.text) && j + 1 < toks.length) j++;
          if (ok && (!best || j - i > best.len)) best = { len: j - i, kind: entry.kind, lemma: expandAbbr(entry.lemma) };
        }
      }
      if (best) {
        // Organisation names go on over following capitalised words ("Rada Bezpieczeństwa Narodowego", "Siły Powietrzne USA").
        if (best.kind === 'organization') {
          let j = i + best.len;
          while (word(j) && word(j)!.cap && adjacent(toks[j - 1], toks[j]) && !isFirst(toks[j]) && !lx.multi.has(toks[j].t.text)) j++;
          if (j > i + best.len) best.lemma = orgLemma(toks.slice(i, j));
          best.len = j - i;
        }
        found.push({ kind: best.kind, start: i, end: i + best.len, lemma: best.lemma, placeType: best.kind === 'place' ? lx.places.get(best.lemma) : undefined, source: 'lexicon' });
        for (let k = i; k < i + best.len; k++) used[k] = true;
        i += best.len - 1;
      }
    }

    // b) Runs of capitalised words.
    for (let i = 0; i < toks.length; i++) {
      const tk = word(i);
      if (!tk || !tk.cap || used[i]) continue;
      // Collect the run.
      let j = i + 1;
      while (j < toks.length) {
        const nt = word(j);
        if (nt && nt.cap && !used[j] && adjacent(toks[j - 1], nt)) { j++; continue; }
        // particles inside names ("van der Leyen", "bin Salman") and connectors inside organisation names
        if (nt && !nt.cap && (NAME_PARTICLES.has(nt.t.norm) || ORG_CONNECTORS.has(nt.t.norm)) && adjacent(toks[j - 1], nt)) {
          const after = word(j + 1);
          if (after && after.cap && !used[j + 1] && adjacent(nt, after) && (NAME_PARTICLES.has(nt.t.norm) ? !ORG_CONNECTORS.has(nt.t.norm) || orgHeadOf(toks[i]) : orgHeadOf(toks[i]) || lang === 'en' && lx.orgHeads.has(toks[i].t.text))) { j += 2; continue; }
        }
        break;
      }
      // Shouting headlines: a run of all-caps words is not a list of acronyms.
      const runToks = toks.slice(i, j);
      if (runToks.filter(x => x.t.type === 'word' && ALLCAPS_WORD.test(x.t.text)).length >= 3 && runToks.every(x => x.t.type !== 'word' || ALLCAPS_WORD.test(x.t.text) || !x.cap)) {
        i = j - 1;
        continue;
      }
      segmentRun(i, j);
      i = j - 1;
    }

    function segmentRun(a: number, b: number): void {
      // Split the run into segments: before first names (unless preceded by a first name), after places/orgs known
      // from the lexicon when a name follows, and at organisation heads.
      let s = a;
      for (let k = a + 1; k <= b; k++) {
        const tk = k < b ? word(k) : null;
        let cut = k === b;
        if (!cut && tk) {
          const prev = word(k - 1);
          const g = isFirst(tk);
          if (g && prev && !isFirst(prev) && !NAME_PARTICLES.has(prev.t.norm) && !NAMED_AFTER.has(orgHeadOf(toks[s]) ?? '')) cut = true;
          if (!cut && prev && prev.acr && !tk.acr && !orgHeadOf(toks[s]) && k - s === 1) cut = true;
          // "prezydent Francji Nikolas Sarkozy": a known place ends the run's first part when a name follows.
          if (!cut && prev && !prev.acr && !orgHeadOf(toks[s]) && placeOf(prev) && !placeOf(tk) && !isAdjWord(tk) && !NAMED_AFTER.has(orgHeadOf(toks[s]) ?? '')) cut = true;
          if (!cut && lang === 'pl' && orgHeadOf(tk) && k > s && !orgHeadOf(toks[s]) && !isAdjWord(toks[s])) cut = true;
        }
        if (cut) { classify(s, k); s = k; }
      }
    }

    function isAdjWord(tk: Tok): boolean {
      return lang === 'pl' && /(?:ski|cki|dzki|ny|ni|owy|owa|owe|ska|cka|na|ne|ny|wy|ła|ły|ły|sza|szy|ższy|ższa|lny|lna|lne|ch|ej|ego|emu|ym|ą)$/u.test(tk.t.text) && !isFirst(tk);
    }

    function classify(a: number, b: number): void {
      // Trim leading/trailing connectors, a leading role word ("Rzecznik Kremla Dmitrij Pieskow" at the start of a
      // sentence) and a sentence-initial word that is not a name ("Niedawno Moskwa").
      while (a < b && !toks[a].cap) a++;
      while (b > a && !toks[b - 1].cap) b--;
      if (a >= b) return;
      if (b - a >= 1 && !toks[a].acr && (roleLemma(toks[a].t.text) || lx.honorifics.has(toks[a].t.norm))) {
        if (b - a === 1) return;
        segmentRun(a + 1, b);
        return;
      }
      if (b - a >= 2 && toks[a].initial && !isFirst(toks[a]) && !orgHeadOf(toks[a]) && !placeOf(toks[a]) && !knownOrg(toks[a])
        && (lx.common.has(toks[a].t.norm) || !cands(toks[a]).some(c => capLemmas.has(c)) && !nameEntries(toks[a].t.text).length)) {
        segmentRun(a + 1, b);
        return;
      }
      const first = toks[a];
      const n = b - a;
      const words = toks.slice(a, b);
      const prevTok = a > 0 ? toks[a - 1] : null;
      const prevWord = (() => { for (let k = a - 1; k >= 0; k--) if (toks[k].t.type === 'word') return toks[k]; return null; })();
      // Lone letters ("I piętro", "W"), non-name acronyms (PKB, USD) and product names are not entities.
      // "pani K.", "Janusz P.": an initial after an honorific names a person.
      if (n === 1 && first.t.text.length === 1 && toks[b]?.t.text === '.' && prevWord && (lx.honorifics.has(prevWord.t.norm) || roleLemma(prevWord.t.text))) {
        found.push({ kind: 'person', start: a, end: b, lemma: first.t.text + '.', words: [first.t.text + '.'], source: 'rule' });
        return;
      }
      if (n === 1 && (first.t.text.length === 1 || lx.notAcronyms.has(first.t.text))) return;
      if (words.some(w => lx.productWords.has(w.t.text)) && !words.some(w => /^(?:AG|GmbH|SA|Ltd|Inc)$/.test(w.t.text))) return;
      if (lx.notAcronyms.has(first.t.text) && n > 1) { classify(a + 1, b); return; }
      // Sentence-initial single words need more evidence (the capital may just start the sentence).
      const initial = first.initial || !!(prevTok && OPENERS.has(prevTok.t.text) && toks.slice(0, a).every(x => x.t.type !== 'word'));

      // Organisation head → organisation over the whole segment.
      const head = orgHeadOf(first) ?? (n > 1 ? (lang === 'pl' ? (orgHeadOf(toks[a + 1]) && isAdjWord(first) ? orgHeadOf(toks[a + 1]) : null) : words.some(w => lx.orgHeads.has(w.t.text)) ? 'x' : null) : null);
      if (head && (n > 1 || !initial || lx.orgs.has(head))) {
        if (n === 1 && !lx.orgs.has(head) && lang === 'pl') {
          // A lone head word ("Rada", "Sąd") names an organisation only mid-sentence.
          if (initial) return;
        }
        found.push({ kind: 'organization', start: a, end: b, lemma: orgLemma(words), source: 'rule' });
        return;
      }
      if (n === 1) {
        const org = knownOrg(first);
        if (org) { found.push({ kind: 'organization', start: a, end: b, lemma: org, acronym: first.acr ? first.t.text : undefined, source: 'lexicon' }); return; }
        // A common word opening a sentence ("Warto") is not a place even when one of its base forms is.
        if (initial && lx.common.has(first.t.norm) && !lx.places.has(first.t.text)) return;
        const place = placeOf(first);
        if (place) { found.push({ kind: 'place', start: a, end: b, lemma: place, placeType: lx.places.get(place) ?? (lx.placeAcronyms.has(place) ? 'country' : undefined), source: 'lexicon' }); return; }
        if (first.acr) {
          if (initial && !capElsewhere.has(first.t.text) && first.t.text.length > 4) return;
          if (/^\p{Lu}{2,}$/u.test(first.t.text) && first.t.text.length > 6) return;
          found.push({ kind: 'organization', start: a, end: b, lemma: first.t.text, acronym: first.t.text, source: 'guess' });
          return;
        }
      }
      // Person: starts with a first name, or follows a role/honorific.
      const g = isFirst(first);
      const roleBefore = prevWord ? roleWordBefore(a) : null;
      if (g && (n > 1 || !initial || cands(first).some(c => capLemmas.has(c)) || !lx.common.has(first.t.norm))) {
        found.push(personMention(a, b, g));
        return;
      }
      // "Minister Cyfryzacji Jan Nowak": a capitalised word between a role and a name belongs to the role.
      const nextWord = word(b);
      if (roleBefore && nextWord && nextWord.cap && adjacent(toks[b - 1], nextWord) && isFirst(nextWord)) return;
      if (roleBefore && !first.acr && !words.some(w => lx.common.has(w.t.norm)) && !cands(first).some(c => lx.notNames.has(c))) {
        found.push(personMention(a, b, roleBefore.gender));
        return;
      }
      if (initial && n === 1) {
        // Sentence-initial lone word: only when the document also uses it mid-sentence, or the dictionary knows it.
        if (lx.common.has(first.t.norm)) return;
        const elsewhere = capElsewhere.has(first.t.text) || cands(first).some(c => capLemmas.has(c));
        if (!elsewhere) return;
      }
      // Streets, squares, estates: "ul. Płockiej", "przy Warszawskiej", "placu Grunwaldzkim".
      if (lang === 'pl' && prevWord && STREET_WORDS.has(prevWord.t.norm.replace(/\.$/, '')) && !isFirst(first)) {
        found.push({ kind: 'place', start: a, end: b, lemma: words.map(w => adjBase(w.t.text) ?? w.t.text).join(' '), placeType: 'street', source: 'rule' });
        // Streets named after people ("ul. Piłsudskiego", "placu Kościuszki"): the person is named too.
        const last = words[n - 1].t.text;
        if (/(?:skiego|ckiego|dzkiego)$/u.test(last) || isFirst(words[0]) || nameEntries(last).some(e => /N.*T|T.*N/.test(e.flags) && e.lemma !== last)) found.push(personMention(a, b, null));
        return;
      }
      // Sports clubs and companies named "<Name> <City>" ("Wisła Płock", "Lech Poznań").
      if (lang === 'pl' && n === 2 && placeOf(words[1]) && lx.places.get(placeOf(words[1])!) === 'city' && lx.places.get(placeOf(words[0]) ?? '') !== 'city'
        && lx.places.get(placeOf(words[0]) ?? '') !== 'country' && !isFirst(words[0]) && !prevWord?.t.norm.match(/^(?:w|we|z|ze|do|na)$/)) {
        found.push({ kind: 'organization', start: a, end: b, lemma: words.map(w => w.t.text).join(' '), source: 'rule' });
        return;
      }
      // Capitalised place adjectives on their own ("Piotrkowskiej", "w Nowym Dworze Gdańskim", "Ziemi Kłodzkiej").
      if (lang === 'pl' && (/(?:sk|ck|dzk)(?:iej|ą|ie|ich)$/u.test(words[n - 1].t.text)
        || /(?:sk|ck|dzk)im$/u.test(words[n - 1].t.text) && prevWord && PLACE_PREPS.has(prevWord.t.norm)) && !isFirst(first)) {
        const pls = adjectivePlaces(words[n - 1].t.norm, lx);
        if (pls.length) {
          found.push({ kind: 'place', start: a, end: b, lemma: words.map(w => adjBase(w.t.text) ?? w.t.text).join(' '), source: 'rule' });
          return;
        }
      }
      // Two places joined by a hyphen ("Kraków-Londyn", "Gdańsku-Oliwie").
      if (n === 1 && first.t.text.includes('-') && lang === 'pl') {
        const parts = first.t.text.split('-');
        const lemmas = parts.map(p => candidatesOf(p, lang).find(c => lx.places.has(c)) ?? (nameEntries(p).find(e => /^(?:M|P|U|Wf|p|R)$/.test(e.flags))?.lemma));
        if (lemmas.some(Boolean) && lemmas.every((l, k) => l || /^\p{Lu}/u.test(parts[k]))) {
          found.push({ kind: 'place', start: a, end: b, lemma: lemmas.map((l, k) => l ?? parts[k]).join('-'), source: 'rule' });
          return;
        }
      }
      // Not names of people, organisations or places (events, products): skip.
      if (cands(first).some(c => lx.notNames.has(c))) return;
      // Unknown words: decide by context and the dictionary's inflection class.
      let score = { person: 0, place: 0, organization: 0 };
      const orgish = words.some(w => lx.orgWords.has(w.t.text) || w.acr) || first.t.text === 'The'
        || (toks[b]?.t.type === 'num' && adjacent(toks[b - 1], toks[b]));
      if (orgish) score.organization += n > 1 ? 1.2 : 0.6;
      if (lang === 'pl') {
        const hint = classHint(words[n - 1].t.text, lx);
        if (hint) {
          const tot = Object.values(hint).reduce((x, y) => x + y, 0) || 1;
          score.person += ((hint.first ?? 0) + (hint.sur ?? 0)) / tot;
          score.place += (hint.place ?? 0) / tot;
          score.organization += (hint.org ?? 0) / tot;
        }
        const w = words[n - 1].t.text;
        if (/(?:ski|cki|dzki|ska|cka|dzka|skiego|ckiego|skiej|ckiej|ską|cką|skim|ckim|owicz|ewicz|owicza|ewicza|czyk|czyka|iak|iaka|uk|uka|enko|ow|owa|ew|ewa|in|ina|owi|owem|owie)$/u.test(w)) score.person += 0.6;
        if (/(?:ice|owice|owo|owa|ów|owie|sk|sku|burg|grad|stan|stanu|stanie|ania|anii|landia|landii)$/u.test(w)) score.place += 0.3;
      } else {
        const w = words[n - 1].t.text;
        if (/(?:son|ton|ez|ski|ov|ova|ev|in|er|ey|ly|an|ck)$/.test(w)) score.person += 0.3;
      }
      if (prevWord && PLACE_PREPS.has(prevWord.t.norm) && prevWord.idx === toks[a].idx - 1) score.place += 0.8;
      // "mówi Szpilman", "powiedział Vogts": the subject of a verb of saying is a person.
      if (prevWord && prevWord.idx === toks[a].idx - 1 && SPEECH_VERB.test(prevWord.t.norm)) score.person += 0.7;
      const commonWords = words.filter(w => lx.common.has(w.t.norm) && !nameEntries(w.t.text).length).length;
      // Capitalised common words ("Koci Pazur", "święto Chleba") are titles and events, not names.
      if (commonWords && (n === 1 || commonWords * 2 >= n) && !memoKind(first)) return;
      if (!orgish && n >= 2 && n <= 3 && !commonWords && words.every(w => !w.acr && /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u.test(w.t.text))) score.person += 0.5;
      const memo = words.length === 1 ? memoKind(first) : undefined;
      if (memo) score[memo] += 1.5;
      const best = (Object.entries(score) as Array<[Kind, number]>).sort((x, y) => y[1] - x[1])[0];
      if (best[1] < 0.45) {
        score = { person: 0, place: 0, organization: 0 };
        return;
      }
      if (best[0] === 'person') found.push(personMention(a, b, null));
      else if (best[0] === 'place') found.push({ kind: 'place', start: a, end: b, lemma: placeLemma(words), source: 'guess' });
      else found.push({ kind: 'organization', start: a, end: b, lemma: orgLemma(words), source: 'guess' });
    }

    function roleWordBefore(a: number): { gender: Gender | null; start: number } | null {
      // Honorific or role word right before the name (up to 4 words back over genitive modifiers / capitalised names).
      for (let k = a - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
        const tk = toks[k];
        if (tk.t.type === 'punct') { if (tk.t.text === '.' || tk.t.text === '(' || tk.t.text === ')') continue; return null; }
        if (tk.t.type !== 'word') return null;
        const w = tk.t.norm;
        if (lx.honorifics.has(w) && !w.endsWith('.') || lx.honorifics.has(w + '.') && toks[k + 1]?.t.text === '.') return { gender: w === 'pani' || w === 'mrs' || w === 'ms' || w === 'miss' ? 'f' : w === 'pan' || w === 'mr' ? 'm' : null, start: k };
        const r = roleLemma(tk.t.text);
        if (r) return { gender: r.gender, start: k };
        if (!tk.cap && (FUNCTION_WORDS.has(w) || lang === 'pl' && !/(?:ego|iej|ej|ych|ich|y|i|a|u)$/u.test(w))) return null;
        if (!tk.cap && lang === 'en' && steps >= 2) return null;
      }
      return null;
    }

    function personMention(a: number, b: number, gender: Gender | null): Mention {
      const words = toks.slice(a, b).filter(x => x.t.type === 'word');
      if (lang === 'en') {
        const lemmaWords = words.map(w => w.t.text.replace(/['’]s$/, ''));
        return { kind: 'person', start: a, end: b, lemma: lemmaWords.join(' '), words: lemmaWords, gender: gender ?? isFirst(words[0]) ?? undefined, source: 'rule' };
      }
      const prep = a > 0 && toks[a - 1].t.type === 'word' ? toks[a - 1].t.norm : null;
      const r = personNameLemma(words.map(w => w.t.text), gender, prep, nameLex);
      return { kind: 'person', start: a, end: b, lemma: r.words.join(' '), words: r.words, gender: r.gender ?? undefined, source: 'rule' };
    }

    // Demonyms ("Polaków", "Brytyjczycy"): people of a country.
    for (const m of found) {
      if (m.end - m.start !== 1 || m.source === 'lexicon') continue;
      const tk = toks[m.start];
      if (lang === 'pl' && nameEntries(tk.t.text).some(e => e.flags.includes('q'))) {
        m.kind = DEMONYM_KIND;
        m.lemma = demonymLemma(tk.t.text, nameEntries(tk.t.text).find(e => e.flags.includes('q'))!.lemma);
        m.words = undefined;
        m.demonym = true;
      }
    }
    // Places inside organisation names ("Sąd Okręgowy w Piotrkowie", "Siły Powietrzne USA").
    if (NESTED_PLACES) {
      for (const m of [...found]) {
        if (m.kind !== 'organization' || m.end - m.start < 2) continue;
        for (let k = m.start; k < m.end; k++) {
          const tk = word(k);
          if (!tk || !tk.cap) continue;
          // Place adjectives in the name ("Polskiego Towarzystwa", "Uniwersytetu Warszawskiego"); "Europejska" in
          // EU institutions names the Union, not Europe.
          const adjPl = tk.acr ? [] : adjectivePlaces(tk.t.norm, lx);
          if (adjPl.length && !tk.t.norm.startsWith('europejsk')) {
            found.push({ kind: 'place', start: k, end: k + 1, lemma: adjPl[0], placeType: lx.places.get(adjPl[0]), source: 'rule', nested: true, adjective: adjPl });
            continue;
          }
          if (k === m.start) continue;
          const pl = placeOf(tk);
          const afterPrep = toks[k - 1] && PLACE_PREPS.has(toks[k - 1].t.norm);
          const hint = lang === 'pl' && afterPrep ? classHint(tk.t.text, lx) : null;
          if (pl || (hint && (hint.place ?? 0) > (hint.first ?? 0) + (hint.sur ?? 0))) {
            found.push({ kind: 'place', start: k, end: k + 1, lemma: pl ?? placeLemma([tk]), placeType: pl ? lx.places.get(pl) : undefined, source: 'rule', nested: true });
          }
        }
      }
    }
    // Adjectives of places ("rosyjskich" → Rosja).
    if (ADJECTIVE_PLACES && lang === 'pl') {
      for (let k = 0; k < toks.length; k++) {
        const tk = toks[k];
        if (tk.t.type !== 'word') continue;
        // Capitalised only at the start of a sentence ("Polskie firmy"), and not inside a name.
        if (tk.cap) continue;
        let places = adjectivePlaces(tk.t.norm, lx);
        if (!places.length) {
          const dm = CITY_DEMONYM.exec(tk.t.norm);
          if (dm) places = [CITY_DEMONYMS[dm[1]]];
        }
        if (places.length) found.push({ kind: 'place', start: k, end: k + 1, lemma: places[0], placeType: lx.places.get(places[0]), source: 'rule', adjective: places });
      }
    }

    // c) Register single-word typed lemmas for the rest of the document.
    for (const m of found) {
      if (m.end - m.start === 1 && m.source !== 'guess') {
        for (const c of (lang === 'pl' ? cands(toks[m.start]) : [toks[m.start].t.text])) if (!typedLemmas.has(c)) typedLemmas.set(c, m.kind);
      }
      if (m.kind === 'person' && m.words && m.words.length > 1) typedLemmas.set(m.words[m.words.length - 1], 'person');
    }
    for (const m of found) all.push({ m, toks: toks.slice(m.start, m.end), si });

    // d) Roles for people.
    for (const m of found) if (m.kind === 'person') attachRole(m, toks, found);
  });

  // Acronyms defined in parentheses: "Rada Bezpieczeństwa Narodowego (NSC)".
  const acronymOf = new Map<string, string>();
  for (let k = 0; k < all.length; k++) {
    const { m, toks, si } = all[k];
    if (m.kind !== 'organization' || m.acronym) continue;
    const st = sentences[si];
    const last = toks[toks.length - 1];
    const li = st.indexOf(last);
    if (st[li + 1]?.t.text === '(' && st[li + 2]?.acr && st[li + 3]?.t.text === ')') {
      acronymOf.set(st[li + 2].t.text, m.lemma);
      m.acronym = st[li + 2].t.text;
    }
  }

  // Grouping: people by surname, organisations by acronym, places by lemma.
  const people = all.filter(x => x.m.kind === 'person');
  const canonicalBySurname = new Map<string, string>();
  for (const { m } of people) {
    if (!m.words || m.words.length < 2) continue;
    const sur = m.words[m.words.length - 1];
    const cur = canonicalBySurname.get(sur);
    if (!cur || m.words.join(' ').length > cur.length) canonicalBySurname.set(sur, m.words.join(' '));
  }
  const out: Fact[] = [];
  for (const { m, toks } of all) {
    const start = toks[0].t.start;
    const end = toks[toks.length - 1].t.end;
    let lemma = m.lemma;
    let canonical = lemma;
    const attrs: Record<string, AttrValue> = {};
    if (m.demonym) {
      attrs.group = true;
    } else if (m.adjective) {
      const stem = lx.placeAdjByPlace.get(m.adjective[0]) ?? '';
      lemma = stem ? stem + (/[kg]$/.test(stem) ? 'i' : 'y') : toks[0].t.norm;
      canonical = m.adjective[0];
      attrs.adjective = true;
      if (m.adjective.length > 1) attrs.places = m.adjective;
      if (m.placeType) attrs.placeType = m.placeType;
    } else if (m.kind === 'person') {
      if (m.words && m.words.length === 1 && lang === 'pl') {
        // A lone surname: take the base form that matches a full name in the document.
        const form = toks[0].t.text;
        const opts = [m.lemma, ...candidatesOf(form, lang), form];
        const hit = opts.find(o => canonicalBySurname.has(o));
        if (hit) lemma = hit;
      }
      const sur = lemma.split(' ').at(-1)!;
      canonical = canonicalBySurname.get(sur) ?? lemma;
      if (m.role) attrs.role = m.role;
      if (m.roleOrg) attrs.roleOrg = m.roleOrg;
      if (m.gender) attrs.gender = m.gender;
    } else if (m.kind === 'organization') {
      const full = m.acronym ? acronymOf.get(m.acronym) : undefined;
      if (m.acronym && full) { canonical = full; attrs.acronym = m.acronym; attrs.fullName = full; }
      else if (m.acronym) attrs.acronym = m.acronym;
    } else {
      if (m.placeType) attrs.placeType = m.placeType;
    }
    out.push(makeFact(doc, m.kind, start, end, canonical, attrs, { lemma, canonical }));
  }
  return out;

  // --------------------------------------------------------------------------------------------------------
  function roleLemma(word: string): { lemma: string; gender: Gender | null } | null {
    const key = lang + word;
    const hit = ROLE_CACHE.get(key);
    if (hit !== undefined) return hit;
    const r = roleLemmaUncached(word);
    ROLE_CACHE.set(key, r);
    return r;
  }
  function roleLemmaUncached(word: string): { lemma: string; gender: Gender | null } | null {
    const w = word.toLowerCase();
    if (lang === 'en') return lx.roles.has(word) || lx.roles.has(w) ? { lemma: word, gender: /woman$/.test(w) ? 'f' : null } : null;
    if (lx.roles.has(w)) return { lemma: w, gender: /(?:ka|czyni|owa|a)$/u.test(w) && !/(?:ca|ta)$/u.test(w) ? 'f' : null };
    for (const c of baseCandidates(w)) {
      if (lx.roles.has(c)) return { lemma: c, gender: /(?:ka|czyni|owa)$/u.test(c) ? 'f' : null };
    }
    return null;
  }

  function attachRole(m: Mention, toks: Tok[], found: Mention[]): void {
    // Before the name: [role word] [modifiers...] NAME — modifiers: adjectives, genitive nouns, names of orgs/places.
    let k = m.start - 1;
    const parts: string[] = [];
    let roleOrg: string | undefined;
    let roleOrgM: Mention | undefined;
    let roleStart = -1;
    let depth = 0;
    while (k >= 0 && depth < 8) {
      const tk = toks[k];
      if (tk.t.type === 'punct' && !['(', ')', '.'].includes(tk.t.text)) break;
      if (tk.t.type === 'word') {
        const inner = found.find(f => f !== m && f.start <= k && k < f.end);
        const r = roleLemma(tk.t.text);
        if (r && !inner) { roleStart = k; parts.unshift(r.lemma); break; }
        if (inner && (inner.kind === 'organization' || inner.kind === 'place')) {
          // The organisation the role belongs to: an organisation wins over a place, a named place over an adjective.
          const rank = (x: Mention) => (x.kind === 'organization' ? 2 : x.adjective ? 0 : 1);
          if (!roleOrgM || rank(inner) >= rank(roleOrgM)) { roleOrgM = inner; roleOrg = inner.lemma; }
        }
        else if (inner) break;
        if (!inner && !tk.cap && lang === 'pl' && !/(?:ego|iej|ej|ych|ich|y|i|a|u|iego|skiej|ckiej)$/u.test(tk.t.norm)) break;
        if (!inner && !tk.cap && lang === 'en' && !/^[a-z-]+$/.test(tk.t.norm)) break;
      }
      k--;
      depth++;
    }
    if (roleStart >= 0) {
      const words = toks.slice(roleStart + 1, m.start).map(x => x.t.text);
      const raw = text.slice(toks[roleStart].t.start, toks[m.start - 1].t.end);
      const tail = raw.slice(toks[roleStart].t.text.length);
      // Lemmatise an adjective right after the role word when it agrees ("rzeczniczki amerykańskiej Rady" stays genitive).
      let role = parts[0] + tail.replace(/\s+/g, ' ');
      if (lang === 'en') role = raw.replace(/\s+/g, ' ');
      if (lang === 'en' && roleStart > 0) {
        // "NSC spokeswoman", "U.S. President": capitalised modifiers before the role word.
        let s = roleStart - 1;
        while (s >= 0 && (toks[s].cap || toks[s].t.text === '.') && !found.some(f => f.kind === 'person' && f.start <= s && s < f.end)) s--;
        if (s + 1 < roleStart) role = text.slice(toks[s + 1].t.start, toks[m.start - 1].t.end).replace(/\s+/g, ' ');
        const org = found.find(f => f.start > s && f.end <= roleStart + 1 && f.kind !== 'person');
        if (org) roleOrg = org.lemma;
      }
      void words;
      m.role = role.trim();
      if (roleOrg) m.roleOrg = roleOrg;
      return;
    }
    // After the name: "NAME, rzecznik Kremla," / "NAME, the White House press secretary,".
    let e = m.end;
    if (toks[e]?.t.text !== ',') return;
    e++;
    if (lang === 'en' && toks[e]?.t.norm === 'the') e++;
    const startTok = toks[e];
    if (!startTok || startTok.t.type !== 'word') return;
    let f = e;
    let found1 = false;
    while (f < toks.length && f - e < 8 && toks[f].t.type === 'word') {
      if (roleLemma(toks[f].t.text)) found1 = true;
      if (found1 && f > e && toks[f].cap) { /* modifiers */ }
      f++;
    }
    if (!found1 || f === e) return;
    const rl = roleLemma(startTok.t.text);
    const raw = text.slice(startTok.t.start, toks[f - 1].t.end).replace(/\s+/g, ' ');
    m.role = rl && lang === 'pl' ? rl.lemma + raw.slice(startTok.t.text.length) : raw;
    const org = found.find(x => x !== m && x.start >= e && x.end <= f && x.kind !== 'person');
    if (org) m.roleOrg = org.lemma;
  }

  function orgLemma(words: Tok[]): string {
    if (lang === 'en') return words.map(w => w.t.text).join(' ');
    // Head noun and agreeing capitalised adjectives to the nominative; genitive modifiers stay as written.
    const out: string[] = [];
    let headSeen = false;
    for (const w of words) {
      if (w.acr || !w.cap) { out.push(w.t.text); continue; }
      if (!headSeen) {
        const h = orgHeadOf(w);
        if (h) { out.push(h); headSeen = true; continue; }
        const adj = adjBase(w.t.text);
        out.push(adj ?? w.t.text);
        continue;
      }
      out.push(w.t.text);
    }
    // Adjective right after the head agrees with it: "Komisji Europejskiej" → "Komisja Europejska".
    if (words.length >= 2) {
      const h = orgHeadOf(words[0]);
      if (h && !words[1].acr) {
        const agreed = agreeAdj(words[1].t.text, h);
        if (agreed) out[1] = agreed;
      }
    }
    return out.join(' ');
  }

  function placeLemma(words: Tok[]): string {
    if (lang === 'en') return words.map(w => w.t.text).join(' ');
    return words.map(w => {
      const es = nameEntries(w.t.text);
      if (es.length) return es[0].lemma;
      return w.t.text;
    }).join(' ');
  }
}

function adjBase(word: string): string | null {
  for (const [end, rep] of [['iej', 'a'], ['ej', 'a'], ['ego', 'y'], ['iego', 'i'], ['emu', 'y'], ['ym', 'y'], ['im', 'i'], ['ą', 'a']] as const) {
    if (word.endsWith(end) && word.length > end.length + 2) return word.slice(0, -end.length) + rep;
  }
  return null;
}

/** The adjective `word` in the gender of `head` (nominative), when it looks like an inflected adjective. */
function agreeAdj(word: string, head: string): string | null {
  const fem = /a$/u.test(head);
  const neut = /[oe]$|um$/u.test(head);
  const plural = /[yi]$/u.test(head);
  const m = /^(.*?)(?:iej|ej|iego|ego|iemu|emu|im|ym|ą|a|y|i|e|ych|ich|ymi|imi)$/u.exec(word);
  if (!m || m[1].length < 3) return null;
  const stem = m[1];
  const soft = /[kg]$/u.test(stem) || /(?:ni|ci|si|zi)$/u.test(word.slice(0, stem.length + 1));
  if (fem) return stem + (word.slice(stem.length).startsWith('i') && !/[kg]$/u.test(stem) ? 'ia' : 'a');
  if (neut) return stem + (soft || word.slice(stem.length).startsWith('i') ? 'ie' : 'e');
  if (plural) return stem + (word.slice(stem.length).startsWith('i') ? 'ie' : 'e');
  return stem + (/[kg]$/u.test(stem) || word.slice(stem.length).startsWith('i') ? 'i' : 'y');
}
