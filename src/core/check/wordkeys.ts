// Word keys shared by the source index and the presence test: folding (case, diacritics), stems and a loose
// "same word in another inflected form" test for Polish and English.
const MARKS_RE = /\p{M}+/gu;
const FOLD_EXTRA: Record<string, string> = { 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'đ': 'd', 'ı': 'i', '’': "'" };
const FOLD_EXTRA_RE = /[łßæøđı’]/g;

/** Lower-cased, NFC → diacritics removed, "ł" → "l": the form under which words are indexed. */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(w)) return w;
  w = w.normalize('NFD').replace(MARKS_RE, '').replace(FOLD_EXTRA_RE, c => FOLD_EXTRA[c] ?? c);
  return w.normalize('NFC');
}

/** Length of the stem: the first letters of a folded word, enough to group inflected forms (Putin/Putina, Rosja/Rosji). */
export const STEM_LENGTH = 4;

/**
 * The index key of a word: its folded form cut to STEM_LENGTH letters (numbers stay whole).
 * A stem groups inflected forms together; it is coarse on purpose (retrieval, not identity):
 * check candidates with `sameWord`.
 */
export function stemOf(word: string): string {
  const f = foldWord(word);
  const c = f.charCodeAt(0);
  if (c >= 48 && c <= 57) return f;
  return f.length <= STEM_LENGTH ? f : f.slice(0, STEM_LENGTH);
}

/**
 * True when two words are plausibly inflected forms of one another (Polish/English): equal after folding,
 * or sharing a prefix of at least max(4, shorter length − 3) letters ("Putina"/"Putin", "Rosji"/"Rosja",
 * "Krakowie"/"Kraków"). Words shorter than 4 letters must be equal.
 */
export function sameWord(a: string, b: string): boolean {
  const x = foldWord(a);
  const y = foldWord(b);
  if (x === y) return true;
  const min = Math.min(x.length, y.length);
  if (min < 4) return false;
  if (/^\d/.test(x) || /^\d/.test(y)) return false;
  let cp = 0;
  while (cp < min && x.charCodeAt(cp) === y.charCodeAt(cp)) cp++;
  return cp >= Math.max(4, min - 3);
}

/** Normalised key of an entity name or lemma: folded, whitespace collapsed, dots dropped. */
export function nameKey(name: string): string {
  return foldWord(name.replace(/\s+/g, ' ').trim()).replace(/[.]/g, '');
}

export function isEntity(kind: string): boolean {
  return kind === 'person' || kind === 'organization' || kind === 'place';
}
