// Per-document language detection (Polish or English) from function words and Polish letters.
import type { Lang } from './types';

const PL = new Set(['i', 'w', 'z', 'na', 'się', 'nie', 'do', 'że', 'to', 'jest', 'o', 'od', 'po', 'jak', 'ale', 'za', 'przez', 'dla', 'oraz', 'był', 'była', 'było', 'są', 'tym', 'przy', 'jego', 'ich', 'także', 'już', 'czy', 'który', 'która', 'które', 'jednak', 'może', 'ze', 'we', 'roku']);
const EN = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by', 'it', 'he', 'she', 'at', 'from', 'his', 'her', 'are', 'were', 'have', 'has', 'had', 'be', 'been', 'this', 'which', 'said', 'will', 'would', 'an', 'but', 'not', 'they', 'their']);

const WORDS = /\p{L}+/gu;
const POLISH_LETTER = /[ąćęłńśźż]/;
const MAX_FUNCTION_WORD = Math.max(...[...PL, ...EN].map(w => w.length));

export function detectLanguage(text: string, fallback: Lang = 'pl'): Lang {
  let pl = 0;
  let en = 0;
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).toLowerCase();
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(sample); m; m = WORDS.exec(sample)) {
    const w = m[0];
    if (w.length <= MAX_FUNCTION_WORD) {
      if (PL.has(w)) pl++;
      if (EN.has(w)) en++;
    }
    if (POLISH_LETTER.test(w)) pl += 0.5;
  }
  if (pl === en) return fallback;
  return pl > en ? 'pl' : 'en';
}
