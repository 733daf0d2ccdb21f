// PDF text items (from pdf.js's text layer) → Markdown paragraphs. Pure and independent of pdf.js, so it is
// tested on hand-made items. Steps: items → lines (by baseline and end-of-line marks), running headers,
// footers and page numbers removed, lines → paragraphs (by line pitch, indentation, list markers, font
// size), larger-font lines → headings, hyphenated line ends joined, paragraphs continued across pages.
import { escapeLine } from './markdown';

export interface PdfTextItem {
  str: string;
  /** Baseline position in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  hasEOL: boolean;
}

export interface PdfPage {
  items: PdfTextItem[];
  /** Page height and width in PDF units (for header/footer zones). */
  height: number;
  width: number;
}

interface Line { text: string; x: number; xEnd: number; y: number; size: number; page: number; chars: number }

// List markers: bullet glyphs (rewritten to "- "), numbers and letters (kept). A dash starts a new paragraph but is
// kept as written: in Polish text it opens a quoted utterance ("– To budżet rozwoju – mówił...").
const BULLET = /^(?:[•◦▪▫■□●○‣⁃∙·*](?=\s|\p{L})|\(?\d{1,3}[.)](?=\s)|\(?[a-z][.)](?=\s))/u;
const GLYPH = /^[•◦▪▫■□●○‣⁃∙·*]\s*/;
const DASH = /^[-–—]\s/;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:strona|str\.|page|p\.|s\.)\s*)?\d{1,4}(?:\s*(?:\/|z|of|из)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const SENTENCE_END = /[.!?:;…"”»)\]]$/;

function toLines(page: PdfPage, pageIndex: number): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  const close = () => {
    if (cur && cur.text.trim()) { cur.text = cur.text.replace(/\s+/g, ' ').trim(); lines.push(cur); }
    cur = null;
  };
  for (const it of page.items) {
    const size = Math.abs(it.size) || 1;
    if (it.str.length) {
      if (cur) {
        const c: Line = cur;
        const sameLine = Math.abs(it.y - c.y) <= 0.45 * Math.max(size, c.size) && it.x >= c.x - 1 && it.x > c.xEnd - 2 * Math.max(size, c.size);
        if (!sameLine) close();
      }
      if (!cur) {
        cur = { text: it.str, x: it.x, xEnd: it.x + it.width, y: it.y, size, page: pageIndex, chars: it.str.length };
      } else {
        const c: Line = cur;
        const gap = it.x - c.xEnd;
        if (gap > 0.2 * size && !/\s$/.test(c.text) && !/^\s/.test(it.str)) c.text += ' ';
        c.text += it.str;
        c.xEnd = Math.max(c.xEnd, it.x + it.width);
        // The line's size is the size of most of its letters (a large initial or a superscript does not decide).
        if (it.str.trim().length > c.chars) c.size = size;
        c.chars += it.str.trim().length;
      }
    }
    if (it.hasEOL) close();
  }
  close();
  return lines;
}

/** Digits normalised, for recognising the same running header on every page ("Strona 3 z 10"). */
const shape = (s: string) => s.replace(/\d+/g, '#').toLowerCase();

function removeFurniture(pages: Line[][], dims: PdfPage[]): Line[][] {
  const n = pages.length;
  const zone = (l: Line) => {
    const h = dims[l.page].height || 842;
    return l.y > h * 0.9 ? 'top' : l.y < h * 0.1 ? 'bottom' : null;
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of lines) if (zone(l)) seen.add(zone(l) + shape(l.text));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const repeated = (l: Line) => n >= 2 && (counts.get(zone(l) + shape(l.text)) ?? 0) >= Math.max(2, Math.ceil(n * 0.4));
  return pages.map(lines => lines.filter(l => !(zone(l) && (PAGE_NUMBER.test(l.text) || repeated(l)))));
}

/** The most common value (by letters), rounded to 0.5 pt. */
function dominant(values: Array<[number, number]>): number {
  const m = new Map<number, number>();
  for (const [v, w] of values) { const k = Math.round(v * 2) / 2; m.set(k, (m.get(k) ?? 0) + w); }
  let best = 0; let bw = -1;
  for (const [k, w] of m) if (w > bw) { best = k; bw = w; }
  return best;
}

function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) && !/[-–]\p{L}+-$/u.test(a)) return a.slice(0, -1) + b; // "przed-" + "stawiciel"
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  return a + ' ' + b;
}

export interface PdfLayoutResult {
  /** Markdown: headings, paragraphs, list items; an HTML comment `<!-- page N -->` before each page's first block. */
  markdown: string;
  /** 1-based numbers of pages that have no text at all (scanned pages). */
  emptyPages: number[];
  /** Letters of text found in the whole document. */
  chars: number;
}

interface Para { text: string; size: number; heading: boolean; item: boolean; page: number }

export function layoutPdf(pages: PdfPage[]): PdfLayoutResult {
  const raw = pages.map((p, i) => toLines(p, i));
  const emptyPages = raw.flatMap((l, i) => (l.length ? [] : [i + 1]));
  const lines = removeFurniture(raw, pages);
  const all = lines.flat();
  const chars = all.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
  const body = dominant(all.map(l => [l.size, l.text.length]));
  // Heading levels: distinct sizes clearly above the body size, largest first.
  const headSizes = [...new Set(all.filter(l => l.size >= body * 1.15 && l.text.length <= 200).map(l => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const level = (size: number) => Math.min(3, headSizes.indexOf(Math.round(size * 2) / 2) + 1);

  // Typical distance between consecutive body lines (the line pitch), over the whole document.
  const gaps: Array<[number, number]> = [];
  for (const pageLines of lines) {
    for (let i = 1; i < pageLines.length; i++) {
      const d = pageLines[i - 1].y - pageLines[i].y;
      if (d > 0 && d < body * 3 && Math.abs(pageLines[i].size - body) < 0.5 && Math.abs(pageLines[i - 1].size - body) < 0.5) gaps.push([d, 1]);
    }
  }
  const pitch = gaps.length ? Math.min(dominant(gaps), body * 2) : body * 1.2;

  const paras: Para[] = [];
  for (const pageLines of lines) {
    const width = Math.max(...pageLines.map(l => l.xEnd - l.x), 1);
    const left = Math.min(...pageLines.map(l => l.x));
    let cur: Para | null = null;
    let prev: Line | null = null;
    for (const l of pageLines) {
      const heading = l.size >= body * 1.15 && l.text.length <= 200 && headSizes.length > 0;
      const item = BULLET.test(l.text);
      const dash = DASH.test(l.text);
      let startNew = !cur || !prev;
      if (cur && prev) {
        const d = prev.y - l.y;
        if (heading !== cur.heading || Math.abs(l.size - prev.size) > 0.5) startNew = true;
        else if (d < 0 || d > pitch * 1.35) startNew = true; // column change or paragraph gap
        else if (item || dash) startNew = true;
        else if (!heading && l.x - left > body * 1.2 && prev.xEnd - prev.x > width * 0.8) startNew = true; // indented first line
        else if (!heading && SENTENCE_END.test(prev.text) && prev.xEnd - left < width * 0.75 && !cur.item) startNew = true; // short last line
      }
      if (startNew) {
        cur = { text: l.text, size: l.size, heading, item, page: l.page };
        paras.push(cur);
      } else {
        cur!.text = joinLines(cur!.text, l.text);
      }
      prev = l;
    }
  }
  // A paragraph cut by a page break continues on the next page.
  const merged: Para[] = [];
  for (const p of paras) {
    const last = merged[merged.length - 1];
    if (last && p.page === last.page + 1 && !last.heading && !p.heading && !p.item && !SENTENCE_END.test(last.text) && /^\p{Ll}/u.test(p.text)) {
      last.text = joinLines(last.text, p.text);
    } else {
      merged.push(p);
    }
  }
  const out: string[] = [];
  let page = -1;
  for (const p of merged) {
    if (p.page !== page) { out.push(`<!-- page ${p.page + 1} -->`); page = p.page; }
    if (p.heading) out.push('#'.repeat(level(p.size)) + ' ' + p.text);
    else if (p.item && GLYPH.test(p.text)) out.push(p.text.replace(GLYPH, '- '));
    else if (p.item) out.push(p.text);
    else out.push(escapeLine(p.text));
  }
  return { markdown: out.join('\n\n'), emptyPages, chars };
}
