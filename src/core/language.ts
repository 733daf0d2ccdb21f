// Per-document language detection (Polish or English) from function words and Polish letters.
import type { Lang } from './types';

const PL = new Set(['i', 'w', 'z', 'na', 'się', 'nie', 'do', 'że', 'to', 'jest', 'o', 'od', 'po', 'jak', 'ale', 'za', 'przez', 'dla', 'oraz', 'był', 'była', 'było', 'są', 'tym', 'przy', 'jego', 'ich', 'także', 'już', 'czy', 'który', 'która', 'które', 'jednak', 'może', 'ze', 'we', 'roku']);
const EN = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'as', 'by', 'it', 'he', 'she', 'at', 'from', 'his', 'her', 'are', 'were', 'have', 'has', 'had', 'be', 'been', 'this', 'which', 'said', 'will', 'would', 'an', 'but', 'not', 'they', 'their']);

export function detectLanguage(text: string, fallback: Lang = 'pl'): Lang {
  let pl = 0;
  let en = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (PL.has(w)) pl++;
    if (EN.has(w)) en++;
    if (/[ąćęłńśźż]/.test(w)) pl += 0.5;
  }
  if (pl === en) return fallback;
  return pl > en ? 'pl' : 'en';
}
