// Benchmark inputs, built in memory (nothing is written to disk, no evaluation data is copied into the project):
// source sets of a given size in words or bytes, drafts built from source sentences with edits, one-word edits.
// Articles come from the sample in data/samples (with synthetic variation: shuffled paragraphs, fresh numbers,
// invented words and names so the vocabulary grows with size as real text does) or from JSONL files given on the
// command line (one article per line; field text/article/document/content, whichever is a long string).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = arr => arr[Math.floor(next() * arr.length)];
  next.shuffle = arr => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; };
  return next;
}

const WORD = /[\p{L}\p{N}]/u;
/** Words: whitespace-separated tokens that hold a letter or digit. */
export function countWords(text) {
  let n = 0;
  for (const t of text.split(/\s+/)) if (WORD.test(t)) n++;
  return n;
}
export const utf8Bytes = text => Buffer.byteLength(text, 'utf8');

/** Sentences by a simple rule (input building only; the engine has its own splitter). */
export function splitSentences(paragraph) {
  return paragraph.split(/(?<=[.!?…]["”»]?)\s+(?=["„«]?[\p{Lu}\d])/u).map(s => s.trim()).filter(s => s.length > 0);
}
export const splitParagraphs = text => text.split(/\r?\n\s*\r?\n|\r?\n(?=\S)/).map(p => p.trim()).filter(Boolean);

/** Articles from a JSONL file (one JSON object a line). */
export function readJsonl(file, maxArticles = 5000) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let o;
    try { o = JSON.parse(line); } catch { continue; }
    let text = null;
    for (const k of ['text', 'article', 'document', 'content', 'body']) if (typeof o[k] === 'string' && o[k].length > 200) { text = o[k]; break; }
    if (!text) text = Object.values(o).filter(v => typeof v === 'string').sort((a, b) => b.length - a.length)[0];
    if (text && text.length > 200) out.push(text.replace(/\r\n/g, '\n'));
    if (out.length >= maxArticles) break;
  }
  return out;
}

export function readSamples(dir) {
  return readdirSync(dir).filter(f => /\.(txt|md)$/.test(f) && !/\.draft\./.test(f)).sort().map(f => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const SYL = ['ka', 'ro', 'mi', 'le', 'sta', 'wo', 'ni', 'ber', 'dan', 'to', 'ga', 'lin', 'mar', 'sel', 'ko', 'vi', 'ra', 'tor', 'pe', 'du'];
const pseudo = (r, n) => Array.from({ length: n }, () => r.pick(SYL)).join('');

/** Fresh numbers in a text: valid times stay valid, small numbers stay small, years stay years. */
export function varyNumbers(text, r) {
  return text
    .replace(/\b([01]?\d|2[0-3])([:.])([0-5]\d)\b/g, (m, _h, sep) => `${r.int(0, 23)}${sep}${String(r.int(0, 59)).padStart(2, '0')}`)
    .replace(/\b(?<![:.,]\d*)\d+(?![:.]\d)/g, m => {
      if (m.length <= 2) return String(r.int(1, 28));
      if (m.length === 4 && /^(19|20)/.test(m)) return String(r.int(1990, 2025));
      return String(r.int(10 ** (m.length - 1), 10 ** m.length - 1));
    });
}

/**
 * A synthetic variant of an article: paragraphs shuffled, numbers renewed, about a quarter of the longer
 * lower-case words and a third of the mid-sentence capitalised words replaced by invented ones.
 */
export function variant(text, r) {
  const paras = r.shuffle(splitParagraphs(text));
  return paras.map(p => {
    let out = varyNumbers(p, r);
    out = out.replace(/(?<=[\p{L}\d,;:] )\p{Lu}\p{Ll}{2,}/gu, m => (r() < 0.33 ? m[0] + pseudo(r, 2) + m.slice(-2) : m));
    out = out.replace(/(?<![\p{L}])\p{Ll}{6,}/gu, m => (r() < 0.25 ? m.slice(0, 3) + pseudo(r, 1) + m.slice(-3) : m));
    return out;
  }).join('\n\n') + '\n';
}

/**
 * A corpus: a function giving the i-th article. Real articles first (in a seeded order), then (when the
 * target needs more) variants of them with fresh numbers.
 */
export function corpus(articles, seed, synthetic) {
  const r = rng(seed);
  const order = r.shuffle(articles);
  return i => {
    if (!synthetic && i < order.length) return order[i];
    const base = order[i % order.length];
    const rr = rng(seed * 7919 + i);
    return synthetic ? variant(base, rr) : varyNumbers(base, rr);
  };
}

/** Sources adding up to about `target` words or bytes (the last one cut at a paragraph). */
export function buildSources(article, { words, bytes }, prefix = 'source') {
  const out = [];
  let total = 0;
  const size = t => (words ? countWords(t) : utf8Bytes(t));
  const target = words || bytes;
  for (let i = 0; total < target; i++) {
    let text = article(i);
    let s = size(text);
    if (total + s > target * 1.02 && total + s - target > 200) {
      const paras = splitParagraphs(text);
      const keep = [];
      let acc = 0;
      for (const p of paras) { const ps = size(p + '\n\n'); if (total + acc + ps > target && keep.length) break; keep.push(p); acc += ps; }
      text = keep.join('\n\n') + '\n';
      s = size(text);
    }
    out.push({ file: `${prefix}-${String(i + 1).padStart(4, '0')}.txt`, text });
    total += s;
  }
  return out;
}

/** Edit a sentence the way a writer does: a changed number, a dropped clause, a rewording of a word. */
function editSentence(s, r) {
  const x = r();
  if (x < 0.25 && /\d/.test(s)) return varyNumbers(s, r);
  if (x < 0.35 && s.includes(',')) { const i = s.lastIndexOf(','); return s.slice(0, i) + s.slice(s.search(/[.!?…]["”»]?$/) >= 0 ? s.search(/[.!?…]["”»]?$/) : s.length); }
  if (x < 0.5) return s.replace(/(?<![\p{L}])\p{Ll}{5,}/u, m => m.slice(0, -2) + pseudo(r, 1));
  return s;
}

/** A Markdown draft of about `words` words made of (edited) sentences of the sources, in paragraphs of 2–5 sentences. */
export function buildDraft(sources, words, seed) {
  const r = rng(seed);
  const sentences = [];
  for (const s of sources) for (const p of splitParagraphs(s.text)) for (const x of splitSentences(p)) if (countWords(x) >= 4) sentences.push(x);
  const paras = [];
  let total = 0;
  let para = [];
  let n = r.int(2, 5);
  while (total < words) {
    const s = editSentence(r.pick(sentences), r);
    para.push(s);
    total += countWords(s);
    if (para.length >= n) { paras.push(para.join(' ')); para = []; n = r.int(2, 5); }
  }
  if (para.length) paras.push(para.join(' '));
  return `# Draft\n\n${paras.join('\n\n')}\n`;
}

/** Replace one word (at a random place) by another of the same kind: a number by a number, a word by a word. */
export function editOneWord(text, r) {
  for (let tries = 0; tries < 50; tries++) {
    const at = r.int(0, text.length - 1);
    const re = /[\p{L}\p{N}]+/gu;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || m.index < 10) continue;
    const w = m[0];
    let repl;
    if (/^\d+$/.test(w)) repl = String(Number(w) + r.int(1, 9));
    else if (w.length >= 3) repl = w.slice(0, -1) + (w.endsWith('a') ? 'y' : 'a');
    else continue;
    return { text: text.slice(0, m.index) + repl + text.slice(m.index + w.length), offset: m.index, removed: w.length, inserted: repl.length };
  }
  return { text: text + ' x', offset: text.length, removed: 0, inserted: 2 };
}
