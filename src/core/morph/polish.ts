// Rule-based Polish inflection for proper names: candidate base forms of an inflected word, and the base form of a
// person's name given its gender. The dictionary (./names) confirms candidates where it knows the name; the suffix
// rules below cover names it does not know (foreign surnames, Russian -ow/-in names, -ski adjectival surnames).

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
// as a possible role): remember the answers (bounded; cleared when full).
const candidateCache = new Map<string, string[]>();

/** Candidate base forms of a capitalised word (the word itself first). Over-generates: callers check them. */
export function baseCandidates(form: string): string[] {
  const hit = candidateCache.get(form);
  if (hit) return hit.slice();
  const out = new Set<string>([form]);
  applyRules(form, FEM_RULES, out);
  const masc = new Set<string>();
  applyRules(form, MASC_RULES, masc);
  for (const c of masc) { out.add(c); alternate(c, out); }
  applyRules(form, PLURAL_RULES, out);
  applyRules(form, NEUT_RULES, out);
  applyRules(form, ADJ_RULES, out);
  const list = [...out];
  if (candidateCache.size >= 50000) candidateCache.clear();
  candidateCache.set(form, list);
  return list.slice();
}

export type Gender = 'm' | 'f';

const VOWEL_END = /[aeiouyąęó]$/u;

/**
 * Base form of one word of a person's name. `surname` tells whether it is the last word (surnames of women do not
 * decline unless they are adjectival or end in -a); `known` says whether a base form is a known first name.
 */
export function personWordLemma(form: string, gender: Gender, surname: boolean, known: (lemma: string) => boolean): string {
  if (form.length <= 2 || /^\p{Lu}+$/u.test(form) || form.includes('.')) return form;
  // Hyphenated names: each part declines on its own ("Jean-Claude'a" is rare; "Kowalskiej-Nowak").
  if (form.includes('-')) return form.split('-').map(p => personWordLemma(p, gender, surname, known)).join('-');
  if (gender === 'f') {
    // Adjectival and -owa/-ina surnames, and first names in -a.
    for (const [end, rep] of [['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['ską', 'ska'], ['cką', 'cka'], ['dzką', 'dzka'],
      ['owej', 'owa'], ['ową', 'owa'], ['ewej', 'ewa'], ['ewą', 'ewa'], ['inej', 'ina'], ['iną', 'ina'], ['ynej', 'yna'], ['yną', 'yna']] as const) {
      if (form.endsWith(end) && form.length > end.length + 1) return form.slice(0, -end.length) + rep;
    }
    const cands: string[] = [];
    const add = (s: string) => { if (s.length > 1 && !cands.includes(s)) cands.push(s); };
    if (!/[iyęąe]$/u.test(form)) return form; // nominative (Anna, Merkel, May, Emily is handled below)
    if (known(form)) return form;
    for (const [end, rep] of FEM_RULES) if (form.endsWith(end)) add(form.slice(0, form.length - end.length) + rep);
    const hit = cands.find(known);
    if (hit) return hit;
    if (surname) {
      // Women's surnames in -a decline (Zacharowa → Zacharowej handled above); others stay as written.
      if (/(?:y|i)$/u.test(form) && /[^aeiouy][yi]$/u.test(form) && !/(?:ski|cki|dzki)$/u.test(form)) {
        // "Kopacz", "Merkel" stay; "Szydło" stays; only -a names decline: Kowalczyk-a? We cannot tell: keep the form.
        return form;
      }
      return form;
    }
    // First names: Theresy → Theresa, Angeli → Angela, Asię → Asia, Marii → Maria.
    if (form.endsWith('ii')) return form.slice(0, -2) + 'ia';
    if (/[sznc]i$/u.test(form)) return form + 'a'; // Asi → Asia, Kasi → Kasia
    if (/[iy]$/u.test(form)) return form.slice(0, -1) + 'a';
    if (/ię$|ią$/u.test(form)) return form.slice(0, -1) + 'a';
    if (/[ęą]$/u.test(form)) return form.slice(0, -1) + 'a';
    return cands[0] ?? form;
  }
  // Masculine.
  for (const [end, rep] of [['skiego', 'ski'], ['ckiego', 'cki'], ['dzkiego', 'dzki'], ['skiemu', 'ski'], ['ckiemu', 'cki'], ['dzkiemu', 'dzki'],
    ['skim', 'ski'], ['ckim', 'cki'], ['dzkim', 'dzki'], ['iego', 'i'], ['iemu', 'i'], ['ego', 'y'], ['emu', 'y']] as const) {
    if (form.endsWith(end) && form.length > end.length + 1) return form.slice(0, -end.length) + rep;
  }
  if (!VOWEL_END.test(form) && !/em$/u.test(form)) return form; // Putin, Biden, Pieskow, Trump
  if (known(form)) return form;
  const cands: string[] = [];
  for (const [end, rep] of MASC_RULES) {
    if (form.endsWith(end) && form.length - end.length >= 2) {
      const c = form.slice(0, form.length - end.length) + rep;
      if (!cands.includes(c)) cands.push(c);
    }
  }
  const hit = cands.find(known);
  if (hit) return hit;
  if (/owi$/u.test(form)) return form.slice(0, -3);
  if (/[^aeiouy]em$/u.test(form)) return form.slice(0, -2);
  if (/iem$/u.test(form) && /[kg]iem$/u.test(form)) return form.slice(0, -3);
  if (/ie$/u.test(form)) {
    for (const [end, rep] of MASC_RULES) if (end.endsWith('ie') && end !== 'ie' && end !== 'owie' && form.endsWith(end)) return form.slice(0, -end.length) + rep;
    return form.slice(0, -2);
  }
  if (/[^aeiouy]a$/u.test(form) && !/(?:ia|ja)$/u.test(form)) return form.slice(0, -1);
  if (/(?:ja)$/u.test(form)) return form.slice(0, -1); // Andrieja? keep j: Sergieja → Sergiej
  if (/ia$/u.test(form)) return form.slice(0, -1); // Jurija → Jurij; Wrocławia-like surnames are rare
  if (/[^aeiouy]u$/u.test(form)) return form.slice(0, -1);
  if (/y$/u.test(form) && /[^aeiou]y$/u.test(form)) return form; // Zełenski-like nominatives
  return form;
}
