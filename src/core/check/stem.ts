// Light stemming and word classes for the checker: enough to see that "Putinem" and "Putin", "wzrosła" and
// "wzrósł", "attractive" and "attraction" speak of the same thing. Diacritics-insensitive, lower-cased, capped,
// so inflected Polish forms of one lexeme mostly share a stem. Pure functions, tables built once.
import type { Lang, Token } from '../types';
import plStop from '../../../data/pl/stopwords.json';
import enStop from '../../../data/en/stopwords.json';

const STOP: Record<Lang, Set<string>> = { pl: new Set(plStop), en: new Set(enStop) };

// fold() runs on every token of every aligned sentence (stems, antonyms, names): remember short words' folds.
const foldCache = new Map<string, string>();

/** Lower-case, strip diacritics (ł → l), drop soft hyphens and curly apostrophes. */
export function fold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const r = s.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f\u00ad]/g, '').replace(/[’`]/g, '\'');
  if (s.length <= 40) {
    if (foldCache.size >= 100000) foldCache.clear();
    foldCache.set(s, r);
  }
  return r;
}

// Polish inflectional endings (folded), longest first. Removing one of them leaves the lexeme's stem in most
// nouns, adjectives and verb forms; the cap below merges what the list misses (e.g. "wzrosła"/"wzrosl").
const PL_SUFFIXES = [
  'owaniami', 'owaniach', 'owaniem', 'owania', 'owaniu', 'owanie', 'aniami', 'eniami', 'aniach', 'eniach',
  'iejszy', 'iejsza', 'iejsze', 'iejszych', 'ejszych',
  'owalibysmy', 'alibysmy', 'ilibysmy', 'owaliby', 'owalaby', 'owaloby', 'owalby', 'alaby', 'alby', 'aloby', 'aliby', 'alyby',
  'ilaby', 'ilby', 'iloby', 'iliby', 'ilyby', 'ylaby', 'ylby', 'yliby', 'ylyby', 'elaby', 'elby', 'eliby', 'elyby',
  'owala', 'owalo', 'owali', 'owaly', 'owal', 'owac', 'owany', 'owana', 'owane', 'owanych', 'owanym', 'owanej',
  'ujemy', 'ujecie', 'ujacy', 'ujaca', 'ujace', 'ujacych',
  'aniem', 'eniem', 'ania', 'enia', 'aniu', 'eniu', 'anie', 'enie', 'osci', 'oscia', 'osc',
  'iego', 'iemu', 'ymi', 'imi', 'ych', 'ich', 'ego', 'emu', 'ami', 'ach', 'owi', 'owie', 'ow', 'om',
  'uja', 'uje', 'ujesz', 'uj', 'emy', 'ymy', 'imy', 'amy', 'esz', 'ysz', 'isz', 'asz',
  'ala', 'alo', 'ali', 'aly', 'ila', 'ilo', 'ili', 'ily', 'yla', 'ylo', 'yli', 'yly', 'ela', 'elo', 'eli', 'ely', 'al', 'il', 'yl', 'el',
  'ac', 'ic', 'yc', 'ec',
  'iej', 'ej', 'ym', 'im', 'em', 'ie', 'a', 'e', 'i', 'o', 'u', 'y',
];
const EN_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'e'];

const STEM_CAP: Record<Lang, number> = { pl: 7, en: 7 };
const MIN_STEM: Record<Lang, number> = { pl: 3, en: 3 };
const cache: Record<Lang, Map<string, string>> = { pl: new Map(), en: new Map() };

/** Stem of one word (already a single token). Numbers are returned as they are. */
export function stem(word: string, lang: Lang): string {
  const c = cache[lang];
  const hit = c.get(word);
  if (hit !== undefined) return hit;
  let w = fold(word).replace(/'s$/, '');
  if (/^\p{L}/u.test(w)) {
    const list = lang === 'pl' ? PL_SUFFIXES : EN_SUFFIXES;
    for (const suf of list) {
      if (w.length - suf.length >= MIN_STEM[lang] && w.endsWith(suf)) {
        w = w.slice(0, w.length - suf.length);
        if (lang === 'en' && suf === 'ies') w += 'y';
        break;
      }
    }
    // Stem-final consonant alternations of Polish declension: Florydzie/Floryda, Polsce/Polska, ręce/ręka.
    if (lang === 'pl') w = w.replace(/dz$/, 'd').replace(/rz$/, 'r').replace(/sc$/, 'sk').replace(/c$/, 'k');
    if (lang === 'en' && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
    w = w.slice(0, STEM_CAP[lang]);
  }
  if (c.size > 50000) c.clear();
  c.set(word, w);
  return w;
}

export function isStopword(norm: string, lang: Lang): boolean {
  return STOP[lang].has(norm) || STOP[lang].has(fold(norm));
}

/** A word that carries content: a letter word, not a stopword, at least 3 letters (or an acronym). */
export function isContentWord(t: Token, lang: Lang): boolean {
  if (t.type !== 'word') return false;
  if (isStopword(t.norm, lang)) return false;
  return t.norm.length >= 3 || /^\p{Lu}{2,}$/u.test(t.text);
}

/** Content-word stems of a token range, in order. */
export function contentStems(tokens: Token[], from: number, to: number, lang: Lang): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (isContentWord(tokens[i], lang)) out.push(stem(tokens[i].norm, lang));
  return out;
}
