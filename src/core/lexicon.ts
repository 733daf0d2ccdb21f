// Language data lives in data/<lang>/*.json; esbuild bundles it into the CLI and the extension.
// Every lookup table is built once, lazily.
import type { Lang } from './types';
import plAbbr from '../../data/pl/abbreviations.json';
import enAbbr from '../../data/en/abbreviations.json';

const ABBR: Record<Lang, { glue: Set<string>; final: Set<string> }> = {
  pl: { glue: new Set(plAbbr.glue), final: new Set(plAbbr.final) },
  en: { glue: new Set(enAbbr.glue), final: new Set(enAbbr.final) },
};

/** True for an abbreviation (without its final dot) after which a full stop does not end the sentence. */
export function isAbbreviation(word: string, lang: Lang): boolean {
  const w = word.toLowerCase();
  return ABBR[lang].glue.has(w) || ABBR[lang === 'pl' ? 'en' : 'pl'].glue.has(w) && /^\p{Lu}/u.test(word) && w.length <= 4 && !ABBR[lang].final.has(w);
}
