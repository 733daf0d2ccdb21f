// The document model: text in, paragraphs / sentences / tokens out, with offsets into the original text.
// Markdown markup is blanked (replaced by spaces) in `prose`, so every analysis works on `prose` and every
// offset it produces is valid in the original file.
import { parse as parseYaml } from 'yaml';
import type { AnalyzedDocument, Lang, Paragraph, Sentence, Token } from './types';
import { detectLanguage } from './language';
import { isAbbreviation } from './lexicon';

export interface AnalyzeOptions {
  /** Force a language instead of detecting it. */
  language?: Lang;
  /** Treat the text as Markdown (default: by file extension; .txt is plain text, everything else Markdown-ish). */
  markdown?: boolean;
}

const blank = (s: string) => s.replace(/[^\n\r]/g, ' ');

/** Splits a leading YAML front matter block. Returns its end offset (0 when there is none). */
export function frontMatterEnd(text: string): number {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(m[0].length);
  const c = close.exec(rest);
  if (!c) return 0;
  return m[0].length + c.index + c[0].length;
}

export function parseFrontMatter(text: string): { data?: Record<string, unknown>; end: number; error?: string } {
  const end = frontMatterEnd(text);
  if (!end) return { end: 0 };
  const body = text.slice(0, end).replace(/^\uFEFF?---[ \t]*\r?\n/, '').replace(/(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, '');
  try {
    const data = parseYaml(body, { maxAliasCount: 50 });
    if (data == null) return { data: {}, end };
    if (typeof data !== 'object' || Array.isArray(data)) return { end, error: 'front matter is not a YAML mapping' };
    return { data: data as Record<string, unknown>, end };
  } catch (e) {
    return { end, error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Blanks Markdown syntax that is not prose, keeping the text length. */
export function maskMarkdown(text: string, from = 0): string {
  let s = text;
  const replace = (re: RegExp, fn: (m: RegExpExecArray) => string) => {
    let out = '';
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m.index < from) { if (m[0].length === 0) re.lastIndex++; continue; }
      out += s.slice(last, m.index) + fn(m);
      last = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    s = out + s.slice(last);
  };
  // Fenced code blocks, HTML comments, HTML tags, inline code.
  replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm, m => blank(m[0]));
  replace(/<!--[\s\S]*?(?:-->|$)/g, m => blank(m[0]));
  replace(/<\/?[A-Za-z][^<>\n]*>/g, m => blank(m[0]));
  replace(/`[^`\n]+`/g, m => blank(m[0]));
  // Images and links: keep the link text, blank the target.
  replace(/!?\[([^\]\n]*)\]\(([^()\n]|\([^()\n]*\))*\)/g, m => {
    const lead = m[0].startsWith('!') ? 2 : 1;
    return ' '.repeat(lead) + m[1] + blank(m[0].slice(lead + m[1].length));
  });
  replace(/^[ \t]*\[[^\]\n]+\]:[^\n]*$/gm, m => blank(m[0])); // link reference definitions
  replace(/https?:\/\/[^\s<>)\]]+/g, m => blank(m[0]));
  // Line-start markers: headings, block quotes, list items, table pipes, horizontal rules.
  replace(/^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,3}[.)][ \t]+)/gm, m => blank(m[0]));
  replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, m => blank(m[0]));
  // (the lookahead keeps long runs of spaces linear: without it the two [ \t]* backtrack against each other)
  replace(/^[ \t]*(?=[|:-])\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, m => blank(m[0]));
  replace(/\|/g, () => ' ');
  // Emphasis markers (not intra-word underscores).
  replace(/(\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|~~)/gu, m => blank(m[0]));
  // Trailing closing hashes on ATX headings.
  replace(/[ \t]#+[ \t]*$/gm, m => blank(m[0]));
  return s;
}

// Tokens are what /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu
// matches (a word with inner apostrophes/hyphens, a number with inner separators, any other single character),
// found by a hand-written scanner over a table of character classes: the same tokens, several times faster.
const NUM_START = /\p{N}/u;
const WORD_START = /[\p{L}\p{M}]/u;
const NON_LATIN = /[^\u0000-\u02ff]/;

/** Character classes of the scanner. */
const K_SPACE = 1; // \s
const K_LM = 2;    // \p{L} or \p{M}
const K_N = 3;     // \p{N}
const K_OTHER = 4; // anything else: a one-character token
const CLASS_LM = /^[\p{L}\p{M}]$/u;
const CLASS_N = /^\p{N}$/u;
const CLASS_SPACE = /^\s$/u;
function classOf(ch: string): number {
  return CLASS_LM.test(ch) ? K_LM : CLASS_N.test(ch) ? K_N : CLASS_SPACE.test(ch) ? K_SPACE : K_OTHER;
}
/** Class of each UTF-16 code unit (0 = not computed yet); surrogate pairs are classified as code points. */
const UNIT_CLASS = new Uint8Array(0x10000);
const PAIR_CLASS = new Map<number, number>();
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = classOf(String.fromCharCode(c));
for (let c = 0xd800; c < 0xe000; c++) UNIT_CLASS[c] = K_OTHER; // lone surrogates: one-character tokens
/** Class of the code point at i (text cut at `end`); its width in code units is in `width`. */
let width = 1;
function classAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  width = 1;
  if (c < 0xd800 || c > 0xdbff) {
    const k = UNIT_CLASS[c];
    if (k) return k;
    return UNIT_CLASS[c] = classOf(String.fromCharCode(c));
  }
  if (i + 1 >= end) return K_OTHER;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return K_OTHER;
  width = 2;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let k = PAIR_CLASS.get(cp);
  if (k === undefined) { k = classOf(String.fromCharCode(c, d)); PAIR_CLASS.set(cp, k); }
  return k;
}
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2010; // ' ’ - ‐
const isNumSep = (c: number) => c === 46 || c === 44 || c === 58; // . , :

/** Lower-cased NFC form. Text below U+0300 (ASCII, Latin-1, Latin Extended: all Polish letters) is already NFC. */
function normOf(t: string): string {
  let l = t.toLowerCase();
  if (NON_LATIN.test(l)) l = l.normalize('NFC');
  return l === t ? t : l; // (one string for both when the word is already lower-case)
}

function typeOf(t: string): Token['type'] {
  const c = t.charCodeAt(0);
  // ASCII fast paths; other characters by their Unicode class.
  return c >= 48 && c <= 57 ? 'num'
    : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 'word'
      : c < 128 ? 'punct'
        : NUM_START.test(t[0]) ? 'num' : WORD_START.test(t[0]) ? 'word' : 'punct';
}

/**
 * The word forms of one document, for interning: every occurrence of a form shares the `text`, `norm` and `type`
 * of its first token. An open-addressing table over the characters of the text (a repeated form is found without
 * cutting it out of the text); reused from document to document (a new generation empties it).
 */
export class FormTable {
  private mask = (1 << 12) - 1;
  private gen = new Int32Array(1 << 12);
  private hash = new Int32Array(1 << 12);
  private tok: Array<Token | undefined> = new Array<Token | undefined>(1 << 12);
  private generation = 1;
  private used = 0;
  private slot = 0;

  /** Starts a new document: forgets every form. */
  reset(): void {
    this.used = 0;
    // (entries of older generations are dead; a table grown for a long document is given back)
    if (this.mask >= 1 << 15) {
      this.mask = (1 << 12) - 1;
      this.gen = new Int32Array(1 << 12);
      this.hash = new Int32Array(1 << 12);
      this.tok = new Array<Token | undefined>(1 << 12);
    }
    if (++this.generation > 0x3fffffff) { this.generation = 1; this.gen.fill(0); }
  }

  /** The first token of the form prose[i, j) with hash h, or undefined (then `add` may follow). */
  find(prose: string, i: number, j: number, h: number): Token | undefined {
    const { gen, hash, tok, mask, generation } = this;
    const n = j - i;
    let k = h & mask;
    for (; gen[k] === generation; k = (k + 1) & mask) {
      if (hash[k] !== h) continue;
      const t = tok[k]!;
      const s = t.text;
      if (s.length !== n) continue;
      let q = 0;
      while (q < n && s.charCodeAt(q) === prose.charCodeAt(i + q)) q++;
      if (q === n) return t;
    }
    this.slot = k;
    return undefined;
  }

  /** Adds the token of a form `find` did not find (right after that call). */
  add(t: Token, h: number): void {
    this.gen[this.slot] = this.generation;
    this.hash[this.slot] = h;
    this.tok[this.slot] = t;
    if (++this.used * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { gen, hash, tok, generation } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.gen = new Int32Array(size);
    this.hash = new Int32Array(size);
    this.tok = new Array<Token | undefined>(size);
    for (let k = 0; k < gen.length; k++) {
      if (gen[k] !== generation) continue;
      let m = hash[k] & this.mask;
      while (this.gen[m] === generation) m = (m + 1) & this.mask;
      this.gen[m] = generation;
      this.hash[m] = hash[k];
      this.tok[m] = tok[k];
    }
  }
}
let sharedForms: FormTable | null = null;

/**
 * Appends the tokens of prose[start, end) to `out`. `forms` (one per document, see FormTable) interns the
 * tokens' strings: every occurrence of a word form shares one `text` and one `norm` string.
 */
export function tokenize(prose: string, start: number, end: number, sentence: number, out: Token[], forms: FormTable = new FormTable()): void {
  let i = start;
  // (as a /u regex does, a start inside a surrogate pair starts at the pair)
  if (i > 0 && i < end && (prose.charCodeAt(i) & 0xfc00) === 0xdc00 && (prose.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < end) {
    const c = prose.charCodeAt(i);
    const k = c < 128 ? UNIT_CLASS[c] : classAt(prose, i, end);
    const w = c < 128 ? 1 : width;
    if (k === K_SPACE) { i += w; continue; }
    let j = i + w;
    if (k === K_LM) {
      for (;;) {
        while (j < end) {
          const d = prose.charCodeAt(j);
          const kk = d < 128 ? UNIT_CLASS[d] : classAt(prose, j, end);
          if (kk !== K_LM && kk !== K_N) break;
          j += d < 128 ? 1 : width;
        }
        if (j + 1 < end && isJoiner(prose.charCodeAt(j))) {
          const kk = classAt(prose, j + 1, end);
          if (kk === K_LM || kk === K_N) { j += 1 + width; continue; }
        }
        break;
      }
    } else if (k === K_N) {
      for (;;) {
        while (j < end && classAt(prose, j, end) === K_N) j += width;
        if (j + 1 < end && isNumSep(prose.charCodeAt(j)) && classAt(prose, j + 1, end) === K_N) { j += 1 + width; continue; }
        break;
      }
    }
    let h = 0x811c9dc5 | 0;
    for (let q = i; q < j; q++) h = Math.imul(h ^ prose.charCodeAt(q), 0x01000193);
    const seen = forms.find(prose, i, j, h);
    if (seen) {
      out.push({ start: i, end: j, text: seen.text, norm: seen.norm, type: seen.type, sentence });
    } else {
      const t = prose.slice(i, j);
      const type = typeOf(t);
      if (!(type === 'punct' && (c === 0xad || c === 0x200b || c === 0xfeff || c === 0x200e || c === 0x200f))) {
        const tok: Token = { start: i, end: j, text: t, norm: normOf(t), type, sentence };
        forms.add(tok, h);
        out.push(tok);
      }
    }
    i = j;
  }
}

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) { s = new Intl.Segmenter(lang, { granularity: 'sentence' }); segmenters.set(lang, s); }
  return s;
}

const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'there', 'its', 'his', 'her', 'their', 'when', 'after', 'as', 'if', 'while',
  'w', 'we', 'na', 'to', 'ten', 'ta', 'te', 'on', 'ona', 'oni', 'ale', 'jak', 'po', 'od', 'do', 'z', 'i', 'a', 'jednak', 'według', 'tymczasem', 'nie', 'jest', 'był', 'była']);

const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * The word before a final dot: what /(?:^|[^\p{L}.])([\p{L}.]+)\.\s*$/u captures, found by scanning back from
 * the end (the anchored regex would scan the whole previous sentence). Undefined when there is none.
 */
function lastWordBeforeDot(prefix: string): string | undefined {
  let j = prefix.length;
  while (j > 0) {
    const c = prefix.charCodeAt(j - 1);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(prefix[j - 1]))) j--; else break;
  }
  if (j < 2 || prefix.charCodeAt(j - 1) !== 46) return undefined;
  let i = j - 1;
  while (i > 0) {
    const c = prefix.charCodeAt(i - 1);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) { i--; continue; }
    if (c < 128) break;
    if (c >= 0xdc00 && c <= 0xdfff && i > 1) {
      const h = prefix.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (LETTER.test(prefix.slice(i - 2, i))) { i -= 2; continue; }
        break;
      }
    }
    if (LETTER.test(prefix[i - 1])) i--; else break;
  }
  return i < j - 1 ? prefix.slice(i, j - 1) : undefined;
}

/** True when a sentence boundary right after `prefix` would split an abbreviation or an initial. */
function endsWithAbbreviation(prefix: string, next: string, lang: Lang): boolean {
  const word = lastWordBeforeDot(prefix);
  if (!word) return false;
  const nextWord = (/^\s*([\p{L}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  // Single capital initials ("J. Biden"): glue unless the next word starts a sentence.
  if (/^\p{Lu}$/u.test(word)) return !STARTERS.has(nextWord);
  // Dotted acronyms ("U.S.", "m.in."): glue unless the next word is a typical sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !STARTERS.has(nextWord);
  return isAbbreviation(word, lang);
}

/**
 * Sentence segments of a paragraph. V8's Intl.Segmenter slows down sharply on very long strings (seconds for 100k
 * characters), so long paragraphs are segmented in chunks cut after a sentence-final mark and a space.
 */
const SEGMENT_CHUNK = 16000;
function* segments(text: string, lang: Lang): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > SEGMENT_CHUNK) {
      const window = text.slice(from + (SEGMENT_CHUNK >> 1), from + SEGMENT_CHUNK);
      const re = /[.!?…]["”»)]*\s+/g;
      let cut = -1;
      for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
      if (cut < 0) { const sp = window.lastIndexOf(' '); cut = sp >= 0 ? sp + 1 : window.length; }
      to = from + (SEGMENT_CHUNK >> 1) + cut;
    }
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const seg of segmenter(lang).segment(chunk)) yield { index: from + seg.index, segment: seg.segment };
    from = to;
  }
}

function splitSentences(prose: string, para: Paragraph, lang: Lang): Array<[number, number]> {
  const slice = prose.slice(para.start, para.end).replace(/\r?\n|\r/g, m => ' '.repeat(m.length));
  const out: Array<[number, number]> = [];
  for (const seg of segments(slice, lang)) {
    const s = seg.index;
    const e = s + seg.segment.length;
    if (out.length && endsWithAbbreviation(slice.slice(out[out.length - 1][0], s), seg.segment, lang)) {
      out[out.length - 1][1] = e;
    } else {
      out.push([s, e]);
    }
  }
  const res: Array<[number, number]> = [];
  for (let [s, e] of out) {
    while (s < e && /\s/.test(slice[s])) s++;
    while (e > s && /\s/.test(slice[e - 1])) e--;
    if (e > s) res.push([para.start + s, para.start + e]);
  }
  return res;
}

/** Paragraphs: blocks separated by blank lines (and headings on their own). */
function splitParagraphs(prose: string, text: string, markdown: boolean): Paragraph[] {
  const paras: Paragraph[] = [];
  const re = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*/g;
  let last = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(prose[s])) s++;
    while (e > s && /\s/.test(prose[e - 1])) e--;
    if (e <= s) return;
    // A Markdown heading line inside a block is its own paragraph.
    const lines: Array<[number, number]> = [];
    let ls = s;
    for (let i = s; i <= e; i++) {
      if (i === e || prose[i] === '\n') { lines.push([ls, i]); ls = i + 1; }
    }
    let blockStart = -1;
    const flush = (bs: number, be: number) => {
      while (be > bs && /\s/.test(prose[be - 1])) be--;
      while (bs < be && /\s/.test(prose[bs])) bs++;
      if (be > bs) paras.push({ start: bs, end: be, index: paras.length, heading: false });
    };
    for (const [a, b] of lines) {
      const raw = text.slice(text.lastIndexOf('\n', a - 1) + 1, b); // from the line start: the markers are blanked in prose
      const isHeading = markdown && /^[ \t]*#{1,6}[ \t]/.test(raw);
      const isItem = markdown && /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/.test(raw);
      if (isHeading) {
        if (blockStart >= 0) flush(blockStart, a);
        blockStart = -1;
        let hs = a; let he = b;
        while (hs < he && /\s/.test(prose[hs])) hs++;
        while (he > hs && /\s/.test(prose[he - 1])) he--;
        if (he > hs) paras.push({ start: hs, end: he, index: paras.length, heading: true });
      } else if (isItem) {
        if (blockStart >= 0) flush(blockStart, a);
        blockStart = a;
      } else if (blockStart < 0) {
        blockStart = a;
      }
    }
    if (blockStart >= 0) flush(blockStart, e);
  };
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, prose.length);
  // Plain-text headings: a short line with no final punctuation, followed by a paragraph.
  for (const p of paras) {
    if (p.heading) continue;
    const t = prose.slice(p.start, p.end);
    if (t.length <= 120 && !/[.!?:;…"”»)]$/.test(t) && !t.includes('\n') && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 12) {
      p.heading = p.index < paras.length - 1;
    }
  }
  return paras;
}

export function analyzeDocument(file: string, text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const warnings: string[] = [];
  const markdown = options.markdown ?? !/\.txt$/i.test(file);
  const fm = parseFrontMatter(text);
  if (fm.error) warnings.push(fm.error);
  let prose = fm.end ? blank(text.slice(0, fm.end)) + text.slice(fm.end) : text;
  if (prose.charCodeAt(0) === 0xfeff) prose = ' ' + prose.slice(1);
  if (markdown) prose = maskMarkdown(prose, fm.end);
  else prose = prose.replace(/<!--[\s\S]*?(?:-->|$)/g, m => blank(m));
  const language = options.language ?? detectLanguage(prose);
  const paragraphs = splitParagraphs(prose, text, markdown);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const forms = sharedForms ??= new FormTable();
  forms.reset();
  for (const p of paragraphs) {
    const spans: Array<[number, number]> = p.heading ? [[p.start, p.end]] : splitSentences(prose, p, language);
    for (const [s, e] of spans) {
      const index = sentences.length;
      const tokenStart = tokens.length;
      tokenize(prose, s, e, index, tokens, forms);
      sentences.push({ start: s, end: e, index, paragraph: p.index, tokenStart, tokenEnd: tokens.length });
    }
  }
  return { file, text, prose, language, paragraphs, sentences, tokens, frontMatter: fm.data, warnings };
}

/** Index of the sentence containing `offset` (or the nearest one before it); -1 when none. */
export function sentenceAt(doc: AnalyzedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** Line starts of a text, for offset → {line, character} conversion (0-based, UTF-16). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
