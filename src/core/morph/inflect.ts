// Singular case forms of Polish personal names, generated from the base form: what completion offers when a writer
// types an inflected name the sources never use ("Pieskowowi", "z Pieskowem", "o Annie Kowalskiej"). The rules are
// the paradigms of Polish grammar for names: masculine names ending in a consonant (Putin, Pieskow, Nowak, Dmitrij),
// adjectival names (Kowalski, Zieliński; feminine Kowalska), names in -a (Anna, Agnieszka, Olga; masculine Zaręba).
// Names that Polish leaves uninflected (women's names ending in a consonant or -e, foreign names ending in a vowel
// other than -a) stay as they are. Used only to offer text; the checker never relies on it.
import type { Gender } from './polish';

export type NameCase = 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
export const NAME_CASES: readonly NameCase[] = ['gen', 'dat', 'acc', 'ins', 'loc'];

/** Dative/locative -e of a hard stem: the consonant alternates ("Marta" → "Marcie", "Olga" → "Oldze", "Putin" → "Putinie"). */
const SOFTENED: Array<[RegExp, string]> = [
  [/st$/, 'ście'], [/zd$/, 'ździe'], [/sł$/, 'śle'], [/sn$/, 'śnie'], [/zn$/, 'źnie'],
  [/t$/, 'cie'], [/d$/, 'dzie'], [/r$/, 'rze'], [/ł$/, 'le'], [/k$/, 'ce'], [/g$/, 'dze'], [/ch$/, 'sze'],
  [/([bpfwmnsz])$/, '$1ie'],
];
const soften = (stem: string) => {
  for (const [re, rep] of SOFTENED) if (re.test(stem)) return stem.replace(re, rep);
  return null;
};
/** Masculine stems whose locative is -u, not -ie: velars, soft and hardened consonants. */
const LOC_U = /(?:k|g|ch|h|j|l|c|cz|sz|rz|ż|dz|ś|ź|ć|ń|x)$/;
const CONSONANT_END = /[bcćdfghjklłmnńprsśtwxzźż]$/;
const ADJECTIVAL_M = /(?:sk|ck|dzk)i$/;
const ADJECTIVAL_F = /(?:sk|ck|dzk)a$/;

/** The singular case forms of one word of a name, or null when Polish leaves it uninflected. */
export function nameWordCases(word: string, gender: Gender | null): Record<NameCase, string> | null {
  if (word.length < 2 || !/^\p{Lu}/u.test(word) || /[^\p{L}'’-]/u.test(word)) return null;
  if (!/\p{Ll}/u.test(word)) return null; // acronyms: "IBM-u" is written with a hyphen
  if (word.includes('-')) {
    // Double-barrelled: "Linde-Dobrzański" inflects both parts.
    const parts = word.split('-').map(p => nameWordCases(p, gender));
    if (parts.every(p => !p)) return null;
    const raw = word.split('-');
    const out = {} as Record<NameCase, string>;
    for (const c of NAME_CASES) out[c] = parts.map((p, i) => p ? p[c] : raw[i]).join('-');
    return out;
  }
  const lower = word.toLowerCase();
  if (gender !== 'f') {
    if (ADJECTIVAL_M.test(lower)) {
      const s = word.slice(0, -1);
      return { gen: `${s}iego`, dat: `${s}iemu`, acc: `${s}iego`, ins: `${s}im`, loc: `${s}im` };
    }
    // Jerzy → Jerzego, Antoni → Antoniego (soft-adjectival first names).
    if (/[^aeiouyąęó][yi]$/.test(lower) && lower.length > 3) {
      const s = lower.endsWith('y') ? word.slice(0, -1) : word;
      const y = lower.endsWith('y') ? 'y' : '';
      return { gen: `${s}ego`, dat: `${s}emu`, acc: `${s}ego`, ins: `${s}${y}m`, loc: `${s}${y}m` };
    }
    if (CONSONANT_END.test(lower)) {
      // The mobile e of -ek: Buzek → Buzka, Marek → Marka.
      if (/[^aeiouyąęó]ek$/.test(lower) && lower.length > 4) {
        const st = `${word.slice(0, -2)}k`;
        return { gen: `${st}a`, dat: `${st}owi`, acc: `${st}a`, ins: `${st}iem`, loc: `${st}u` };
      }
      const loc = LOC_U.test(lower) ? `${word}u` : soften(word) ?? `${word}u`;
      return { gen: `${word}a`, dat: `${word}owi`, acc: `${word}a`, ins: /[kg]$/.test(lower) ? `${word}iem` : `${word}em`, loc };
    }
    if (gender === 'm' && lower.endsWith('a') && lower.length > 2) return inA(word);
    return null;
  }
  if (ADJECTIVAL_F.test(lower)) {
    const s = word.slice(0, -1);
    return { gen: `${s}iej`, dat: `${s}iej`, acc: `${s}ą`, ins: `${s}ą`, loc: `${s}iej` };
  }
  if (lower.endsWith('a') && lower.length > 2) return inA(word);
  return null;
}

/** Names in -a: Anna → Anny, Annie, Annę, Anną; Agnieszka → Agnieszki, Agnieszce; Maria → Marii; Alicja → Alicji. */
function inA(word: string): Record<NameCase, string> {
  const stem = word.slice(0, -1);
  const l = stem.toLowerCase();
  let gen: string;
  let dat: string;
  if (/[ij]$/.test(l) && l.length > 1 && !/[aeiouyąęó]j$/.test(l)) {
    // Maria → Marii, Alicja → Alicji (the -i-/-j- stem takes -i in the genitive, dative and locative).
    gen = /i$/.test(l) ? `${stem}i` : `${stem.slice(0, -1)}ji`;
    dat = gen;
  } else if (/(?:cz|sz|rz|ż|c|dz|dż)$/.test(l)) {
    gen = `${stem}y`; dat = gen;
  } else if (/(?:l|j|ń|ś|ź|ć)$/.test(l)) {
    gen = `${stem}i`; dat = gen;
  } else {
    gen = /[kg]$/.test(l) ? `${stem}i` : `${stem}y`;
    dat = soften(stem) ?? gen;
  }
  return { gen, dat, acc: `${stem}ę`, ins: `${stem}ą`, loc: dat };
}

/**
 * Case forms of a whole personal name, every word in the same case ("Dmitrij Pieskow" → "Dmitrija Pieskowa",
 * "Dmitrijowi Pieskowowi", …; "Emily Horne" has none). Distinct forms, the base form not included.
 */
export function personNameForms(name: string, gender: Gender | null): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const cases = words.map(w => nameWordCases(w, gender));
  if (!cases.some(Boolean)) return [];
  const out: string[] = [];
  for (const c of NAME_CASES) {
    const form = words.map((w, i) => cases[i]?.[c] ?? w).join(' ');
    if (form !== name && !out.includes(form)) out.push(form);
  }
  return out;
}
