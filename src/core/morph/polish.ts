// Rule-based Polish inflection for proper names: candidate base forms of an inflected word, and the base form of a
// person's name given its gender. The dictionary (./names) confirms candidates where it knows the name; the suffix
// rules below cover names it does not know (foreign surnames, Russian -ow/-in names, -ski adjectival surnames).
import { BoundedCache } from '../memo';

/** [ending, replacement] pairs: a word ending in `ending` may come from the same stem + `replacement`. */
type Rule = readonly [string, string];

// Feminine nouns in -a (Rosja, Ukraina, Europa, Theresa, rzeczniczka).
const FEM_RULES: Rule[] = [
  ['ii', 'ia'], ['ji', 'ja'], ['i', 'ia'], ['ki', 'ka'], ['gi', 'ga'], ['li', 'la'], ['i', 'a'], ['y', 'a'],
  ['nie', 'na'], ['pie', 'pa'], ['wie', 'wa'], ['mie', 'ma'], ['bie', 'ba'], ['fie', 'fa'], ['sie', 'sa'], ['zie', 'za'],
  ['cie', 'ta'], ['ście', 'sta'], ['dzie', 'da'], ['rze', 'ra'], ['le', 'ła'], ['ce', 'ka'], ['dze', 'ga'], ['sze', 'cha'],
  ['ii', 'ia'], ['ę', 'a'], ['ą', 'a'], ['ię', 'ia'], ['ią', 'ia'], ['ę', 'ia'], ['ą', 'ia'], ['ach', 'a'], ['om', 'a'], ['ami', 'a'],
];
// Masculine nouns ending in a consonant (Putin, Kreml, Londyn, Kijów, Marek).
const MASC_RULES: Rule[] = [
  ['owi', ''], ['a', ''], ['u', ''], ['em', ''], ['iem', ''], ['ia', ''], ['iowi', ''], ['iu', ''],
  ['ka', 'ek'], ['ku', 'ek'], ['kiem', 'ek'], ['kowi', 'ek'], ['ca', 'ec'], ['cu', 'ec'], ['cem', 'ec'], ['cowi', 'ec'],
  ['owa', 'ów'], ['owu', 'ów'], ['owem', 'ów'], ['owie', 'ów'], ['owowi', 'ów'],
  ['cie', 't'], ['ście', 'st'], ['dzie', 'd'], ['rze', 'r'], ['le', 'ł'], ['nie', 'n'], ['mie', 'm'], ['wie', 'w'],
  ['bie', 'b'], ['pie', 'p'], ['fie', 'f'], ['sie', 's'], ['zie', 'z'], ['ździe', 'zd'], ['ie', ''],
  ['kiem', 'k'], ['giem', 'g'],
];
// Plural nouns (Niemcy, Czechy, Stany, Węgry) and adjectives (Zjednoczone, Wielka, Północna).
const PLURAL_RULES: Rule[] = [['ów', 'y'], ['ach', 'y'], ['ami', 'y'], ['om', 'y'], ['', 'y'], ['ech', 'y'], ['ów', 'i'], ['ach', 'i'],
  // masculine-personal plurals: Demokratów → Demokraci, Republikanów → Republikanie, Laburzystów → Laburzyści
  ['tów', 'ci'], ['stów', 'ści'], ['anów', 'anie'], ['ów', 'owie'], ['tami', 'ci'], ['anami', 'anie'], ['tom', 'ci'], ['anom', 'anie'],
  ['tach', 'ci'], ['anach', 'anie']];
// Neuter nouns in -o/-e (Królestwo, Gniezno, Zaporoże).
const NEUT_RULES: Rule[] = [
  ['a', 'o'], ['u', 'o'], ['em', 'o'], ['om', 'o'], ['cie', 'to'], ['dzie', 'do'], ['rze', 'ro'], ['le', 'ło'], ['nie', 'no'],
  ['wie', 'wo'], ['mie', 'mo'], ['sie', 'so'], ['zie', 'zo'], ['ie', 'o'], ['a', 'e'], ['u', 'e'], ['em', 'e'],
];
const ADJ_RULES: Rule[] = [
  ['iej', 'a'], ['ej', 'a'], ['ą', 'a'], ['iego', 'i'], ['ego', 'y'], ['iemu', 'i'], ['emu', 'y'], ['im', 'i'], ['ym', 'y'],
  ['ich', 'ie'], ['ych', 'e'], ['imi', 'ie'], ['ymi', 'e'], ['ą', 'e'], ['ej', 'e'], ['iej', 'ie'], ['iego', 'ie'], ['ego', 'e'],
  ['ej', 'y'], ['iej', 'i'], ['ą', 'y'], ['ą', 'i'], ['im', 'ie'], ['ym', 'e'], ['ych', 'i'], ['ich', 'i'], ['ymi', 'i'], ['ym', 'i'],
  ['ego', 'o'], ['emu', 'o'], ['ym', 'o'], ['iego', 'io'],
];

function applyRules(form: string, rules: readonly Rule[], out: Set<string>, minStem = 2): void {
  for (const [end, rep] of rules) {
    if (!form.endsWith(end)) continue;
    const stem = form.slice(0, form.length - end.length);
    if (stem.length < minStem) continue;
    out.add(stem + rep);
  }
}

/** Vowel alternation in the last syllable of a masculine stem: Urzęd- → Urząd, Kościoł- → Kościół, Zachod- → Zachód. */
function alternate(stem: string, out: Set<string>): void {
  const m = /^(.*)([oę])([^aeiouyąęó]+)$/u.exec(stem);
  if (!m || m[1].length < 1) return;
  out.add(m[1] + (m[2] === 'o' ? 'ó' : 'ą') + m[3]);
}

// baseCandidates is pure and called for the same words over and over (every capitalised word, every word looked at
// as a possible role): remember the answers (bounded). The lists are shared: callers only read them.
const candidateCache = new BoundedCache<string, readonly string[]>(10000);

/** Candidate base forms of a capitalised word (the word itself first). Over-generates: callers check them. */
export function baseCandidates(form: string): readonly string[] {
  const hit = candidateCache.get(form);
  if (hit) return hit;
  const out = new Set<string>([form]);
  applyRules(form, FEM_RULES, out);
  const masc = new Set<string>();
  applyRules(form, MASC_RULES, masc);
  for (const c of masc) { out.add(c); alternate(c, out); }
  applyRules(form, PLURAL_RULES, out);
  applyRules(form, NEUT_RULES, out);
  applyRules(form, ADJ_RULES, out);
  const list = [...out];
  candidateCache.set(form, list);
  return list;
}

export type Gender = 'm' | 'f';

const VOWEL_END = /[aeiouyąęó]$/u;

export interface NameLexicon {
  male: (lemma: string) => boolean;
  female: (lemma: string) => boolean;
  /** Dictionary base forms of `form` among person names (first names and surnames), if known. */
  dict: (form: string) => string[];
}

const APOSTROPHE = /^(.+?)['’](?:a|owi|em|ie|u|ego|emu|go|mu|m|y|ę|ą|ch|owie|ów)$/u;
const LOC_PREPS = new Set(['o', 'w', 'we', 'przy', 'na', 'po']);
const MASC_OBLIQUE = /(?:ego|emu|owi|[^i]em|iem)$/u;
const FEM_OBLIQUE = /(?:skiej|ckiej|dzkiej|ską|cką|dzką|owej|ową|ewej|ewą)$/u;

function sortedRules(rules: readonly Rule[]): Rule[] {
  return [...rules].sort((a, b) => b[0].length - a[0].length);
}
const MASC_SORTED = sortedRules([...MASC_RULES, ['ra', 'er'], ['rem', 'er'], ['rowi', 'er'], ['rze', 'er'], ['go', ''], ['mu', ''], ['ego', ''], ['emu', ''], ['ya', 'y']]);
const FEM_SORTED = sortedRules(FEM_RULES);

function candidatesByRules(form: string, rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (const [end, rep] of rules) {
    if (form.endsWith(end) && form.length - end.length >= 2) {
      const c = form.slice(0, form.length - end.length) + rep;
      if (!out.includes(c)) out.push(c);
    }
  }
  return out;
}

/** A first name's base form and gender, or null when the word is not a known first name. */
export function firstNameLemma(form: string, lx: NameLexicon): { lemma: string; gender: Gender } | null {
  const ap = APOSTROPHE.exec(form);
  if (ap) form = ap[1];
  if (lx.male(form)) return { lemma: form, gender: 'm' };
  if (lx.female(form)) return { lemma: form, gender: 'f' };
  for (const c of candidatesByRules(form, MASC_SORTED)) if (lx.male(c)) return { lemma: c, gender: 'm' };
  for (const c of candidatesByRules(form, FEM_SORTED)) if (lx.female(c)) return { lemma: c, gender: 'f' };
  for (const c of [...lx.dict(form)]) {
    if (lx.male(c)) return { lemma: c, gender: 'm' };
    if (lx.female(c)) return { lemma: c, gender: 'f' };
  }
  return null;
}

/**
 * Base form of a person's name written as `forms` ("Władimira", "Putina" → "Władimir Putin"). The case of the first
 * name tells the case of the surname (a first name in the nominative keeps "Obama" as it is, "Andrzeja Dudy" →
 * "Andrzej Duda"); `gender` comes from the first name, the role or the surname's ending; `prep` is the word before the
 * name (a locative "o Bidenie" needs one).
 */
export function personNameLemma(forms: string[], gender: Gender | null, prep: string | null, lx: NameLexicon): { words: string[]; gender: Gender | null } {
  const first = forms.length > 1 ? firstNameLemma(forms[0], lx) : null;
  const last = forms[forms.length - 1];
  let g: Gender | null = first?.gender ?? gender;
  // The surname's ending overrides an ambiguous first name ("Jarosława Kaczyńskiego", "Roberta Mercera").
  if (forms.length > 1 && MASC_OBLIQUE.test(last) && !FEM_OBLIQUE.test(last)) g = 'm';
  else if (FEM_OBLIQUE.test(last)) g = 'f';
  else if (forms.length > 1 && first?.gender === 'f' && /[^aeiouy]a$/u.test(last) && !/(?:sk|ck|dzk|ow|ew|in|yn)a$/u.test(last)
    && lx.male(forms[0].replace(/a$/u, ''))) g = 'm';
  if (!g && forms.length > 1 && !first && /a$/u.test(forms[0]) && !/(?:a|em|owi|ego)$/u.test(last)) g = 'f';
  const gg: Gender = g ?? 'm';
  // Case: nominative when a declinable first name is written in its base form.
  let firstLemma = first?.lemma;
  if (first && first.gender !== gg) {
    const again = gg === 'm' ? candidatesByRules(forms[0], MASC_SORTED).find(lx.male) : candidatesByRules(forms[0], FEM_SORTED).find(lx.female);
    firstLemma = again ?? forms[0];
  }
  const firstForm = forms[0].replace(APOSTROPHE, '$1');
  const declinable = !!firstLemma && !/[eiouy]$/u.test(firstLemma);
  const nominative = forms.length > 1 && !APOSTROPHE.test(forms[0])
    && (declinable && firstForm === firstLemma || !first && /[^aeiouyąęó]$/u.test(firstForm) && !/(?:em|owi)$/u.test(firstForm));
  const oblique = forms.length > 1 && (firstLemma !== undefined && firstForm !== firstLemma || APOSTROPHE.test(forms[0]));
  const words = forms.map((f, k) => {
    if (k === 0 && firstLemma) return firstLemma;
    if (NAME_PARTICLE_WORDS.has(f) || /^[IVX]+$/u.test(f) || f.length <= 1) return f;
    if (f.includes('-') && !/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(f)) {
      return f.split('-').map(p => wordLemma(p, gg, k === forms.length - 1, nominative, oblique, prep, lx)).join('-');
    }
    if (forms.length === 1) {
      const fn = firstNameLemma(f, lx);
      if (fn && (!g || fn.gender === g)) return fn.lemma;
    }
    return wordLemma(f, gg, k === forms.length - 1 && forms.length > 1, nominative, oblique, prep, lx);
  });
  return { words, gender: g };
}

const NAME_PARTICLE_WORDS = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'di', 'da', 'du', 'dos', 'del', 'bin', 'ibn', 'al', 'el', 'ul', 'ter', 'zu', 'y']);

function wordLemma(form: string, gender: Gender, surname: boolean, nominative: boolean, oblique: boolean, prep: string | null, lx: NameLexicon): string {
  const ap = APOSTROPHE.exec(form);
  if (ap) return ap[1];
  if (form.length <= 2 || /^\p{Lu}+$/u.test(form) || form.includes('.')) return form;
  if (nominative) return form;
  if (gender === 'f') {
    for (const [end, rep] of [['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['ską', 'ska'], ['cką', 'cka'], ['dzką', 'dzka'],
      ['owej', 'owa'], ['ową', 'owa'], ['ewej', 'ewa'], ['ewą', 'ewa'], ['inej', 'ina'], ['iną', 'ina'], ['ynej', 'yna'], ['yną', 'yna']] as const) {
      if (form.endsWith(end) && form.length > end.length + 1) return form.slice(0, -end.length) + rep;
    }
    if (!/[iyęąe]$/u.test(form)) return form;
    if (lx.female(form)) return form;
    const hit = candidatesByRules(form, FEM_SORTED).find(lx.female);
    if (hit) return hit;
    // Polish women's surnames in -a decline like nouns ("Krystyny Jandy"); foreign ones do not (Merkel, May, Horne, Bibi).
    if (surname && oblique && (/[^aeiouykg]y$/u.test(form) || /[kgl]i$/u.test(form)) && !/(?:ski|cki|dzki)$/u.test(form)) return form.slice(0, -1) + 'a';
    if (surname) return form;
    if (form.endsWith('ii')) return form.slice(0, -2) + 'ia';
    if (/[sznc]i$/u.test(form)) return form + 'a';
    if (/[iy]$/u.test(form)) return form.slice(0, -1) + 'a';
    if (/[ęą]$/u.test(form)) return form.slice(0, -1) + 'a';
    return form;
  }
  // Masculine.
  for (const [end, rep] of [['skiego', 'ski'], ['ckiego', 'cki'], ['dzkiego', 'dzki'], ['skiemu', 'ski'], ['ckiemu', 'cki'], ['dzkiemu', 'dzki'],
    ['skim', 'ski'], ['ckim', 'cki'], ['dzkim', 'dzki'], ['iego', 'i'], ['iemu', 'i'], ['ego', 'y'], ['emu', 'y']] as const) {
    if (form.endsWith(end) && form.length > end.length + 1) return form.slice(0, -end.length) + rep;
  }
  if (/[^aeiouy]owi$/u.test(form)) return form.slice(0, -3);
  const dict = lx.dict(form).filter(l => l !== form && !/(?:owy|owa|owe|ski|cki)$/u.test(l));
  // The dictionary knows the name and this is an inflected form of it ("Tuska" → Tusk, "Kijowa" → Kijów).
  if (dict.length && /(?:a|u|owi|em|ie|y|ę|ą)$/u.test(form)) {
    const d = dict.find(l => !/a$/u.test(l)) ?? dict[0];
    if (!/ie$/u.test(form) || prep && LOC_PREPS.has(prep) || !/ie$/u.test(form.slice(-2))) return d;
  }
  if (lx.dict(form).includes(form) && !oblique) return form;
  if (!VOWEL_END.test(form) && !/em$/u.test(form)) return form; // Putin, Biden, Pieskow, Trump
  if (/[ęą]$/u.test(form)) return form.slice(0, -1) + 'a'; // Dudę, Dudą → Duda
  if (/owi$/u.test(form)) return form.slice(0, -3);
  if (/[kg]iem$/u.test(form)) return form.slice(0, -3);
  if (/[^aeiouy]em$/u.test(form)) return form.slice(0, -2);
  if (/ie$/u.test(form)) {
    if (!(prep && LOC_PREPS.has(prep))) return form; // Wylie, Eddie
    for (const [end, rep] of MASC_SORTED) if (end.endsWith('ie') && end !== 'ie' && end !== 'owie' && form.endsWith(end)) return form.slice(0, -end.length) + rep;
    return form.slice(0, -2);
  }
  if (/y$/u.test(form) && oblique && surname && /[^aeiou]y$/u.test(form)) return form.slice(0, -1) + 'a'; // Andrzeja Dudy
  if (/[^aeiouy]a$/u.test(form) || /(?:ja|ia|ya)$/u.test(form)) return form.slice(0, -1);
  if (/[^aeiouy]u$/u.test(form) && prep) return form.slice(0, -1);
  return form;
}
