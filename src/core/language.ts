// Per-document language detection (Polish or English) from function words and Polish letters.
import type { Lang } from './types';

const PL = new Set(['i', 'w', 'z', 'na', 'się', 'nie', 'do', 'że', 'to', 'jest', 'o', 'od', 'po', 'jak', 'ale', 'za', 'przez', 'dla', 'oraz', 'był', 'była', 'było', 'są', 'tym', 'przy', 'jego', 'ich', 'także', 'już', 'czy', 'który', 'która', 'które', 'jednak', 'może', 'ze', 'we', 'roku']);
const EN = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by', 'it', 'he', 'she', 'at', 'from', 'his', 'her', 'are', 'were', 'have', 'has', 'had', 'be', 'been', 'this', 'which', 'said', 'will', 'would', 'an', 'but', 'not', 'they', 'their']);

const LETTER = /\p{L}/u;
const MAX_FUNCTION_WORD = Math.max(...[...PL, ...EN].map(w => w.length));
/** 1 when the UTF-16 code unit is a letter (\p{L}), 2 when not, 0 not computed yet (surrogates: see isLetterAt). */
const IS_LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) IS_LETTER[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const PAIR_LETTER = new Map<number, boolean>();
let width = 1;
/** Whether the code point at i is a letter; its width in code units goes to `width`. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  width = 1;
  if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    width = 2;
    const cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
    let l = PAIR_LETTER.get(cp);
    if (l === undefined) { l = LETTER.test(s.slice(i, i + 2)); PAIR_LETTER.set(cp, l); }
    return l;
  }
  let k = IS_LETTER[c];
  if (!k) k = IS_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export function detectLanguage(text: string, fallback: Lang = 'pl'): Lang {
  let pl = 0;
  let en = 0;
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).toLowerCase();
  // The words (/\p{L}+/gu) of the sample, scanned by character codes: only short words are cut out of the text.
  const n = sample.length;
  let i = 0;
  while (i < n) {
    if (!isLetterAt(sample, i)) { i += width; continue; }
    const start = i;
    let polish = false;
    while (i < n && isLetterAt(sample, i)) {
      const c = sample.charCodeAt(i);
      // ą ć ę ł ń ś ź ż
      if (c === 0x105 || c === 0x107 || c === 0x119 || c === 0x142 || c === 0x144 || c === 0x15b || c === 0x17a || c === 0x17c) polish = true;
      i += width;
    }
    if (i - start <= MAX_FUNCTION_WORD) {
      const w = sample.slice(start, i);
      if (PL.has(w)) pl++;
      if (EN.has(w)) en++;
    }
    if (polish) pl += 0.5;
  }
  if (pl === en) return fallback;
  return pl > en ? 'pl' : 'en';
}
