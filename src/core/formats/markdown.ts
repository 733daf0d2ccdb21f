// DOM → Markdown for extracted articles (HTML pages, .docx converted by mammoth): headings, paragraphs, lists,
// block quotes, tables and line breaks; inline markup (links, emphasis) is reduced to its text, so the Markdown
// is clean prose that the engine reads without markup in the way. Works on any DOM with the usual node fields.
import { stringify as yamlStringify } from 'yaml';

/** The few DOM node fields this module reads (linkedom, jsdom and browsers all have them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'button', 'input', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'img', 'picture', 'video', 'audio', 'source', 'map']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'figure',
  'figcaption', 'details', 'summary', 'center', 'dl', 'dt', 'dd', 'fieldset', 'legend', 'form', 'body', 'html', 'hgroup', 'caption']);
const HEADING = /^h([1-6])$/;

/** A Markdown block: one or more lines, rendered with blank lines between blocks (items of one list are tight). */
interface Block { text: string; tight?: 'list' | 'table'; list?: number }

// Lines that Markdown would read as markup although they are prose: escape their first character.
const LINE_MARKUP = /^(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|```|~~~|\|)/;

export function escapeLine(line: string): string {
  return LINE_MARKUP.test(line) ? line.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>*+\-_|`~])/, '\\$1') : line;
}

const ws = (s: string) => s.replace(/[ \t\n\r\f\v\u00a0\u2028\u2029]+/g, ' ');
const BR = '\uE000'; // a <br> inside the inline text being collected
const MAX_DEPTH = 400;

export function domToMarkdown(root: DomNode): string {
  const blocks: Block[] = [];
  let inline = '';
  const quote: number[] = [0]; // block quote depth stack (top = current)
  let listDepth = 0;
  let listId = 0;
  let pendingMarker: string | null = null; // list marker for the next block inside an <li>
  let itemIndent = '';

  const flush = () => {
    const lines = inline.split(BR).map(l => ws(l).trim()).filter(Boolean);
    inline = '';
    if (!lines.length) return;
    const q = '> '.repeat(quote[quote.length - 1]);
    if (pendingMarker !== null) {
      const first = pendingMarker + lines[0];
      const rest = lines.slice(1).map(l => itemIndent + ' '.repeat(pendingMarker!.length - itemIndent.length) + escapeLine(l));
      blocks.push({ text: [first, ...rest].map(l => q + l).join('\n'), tight: 'list', list: listId });
      pendingMarker = null;
    } else {
      const indent = listDepth ? itemIndent + '  ' : '';
      blocks.push({ text: lines.map(l => q + indent + escapeLine(l)).join('\n'), tight: listDepth ? 'list' : undefined, list: listDepth ? listId : undefined });
    }
  };

  const cellText = (cell: DomNode) => ws(cell.textContent ?? '').trim().replace(/\|/g, '\\|');

  const table = (el: DomNode) => {
    const rows: DomNode[] = [];
    const collect = (n: DomNode) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType !== 1) continue;
        const name = c.nodeName.toLowerCase();
        if (name === 'tr') rows.push(c);
        else if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(c);
      }
    };
    collect(el);
    const q = '> '.repeat(quote[quote.length - 1]);
    const lines: string[] = [];
    for (const [i, r] of rows.entries()) {
      const cells = Array.from(r.childNodes).filter(c => c.nodeType === 1 && /^t[hd]$/i.test(c.nodeName)).map(cellText);
      if (!cells.some(Boolean)) continue;
      lines.push(`${q}| ${cells.join(' | ')} |`);
      if (i === 0 || lines.length === 1) lines.push(`${q}|${cells.map(() => ' --- ').join('|')}|`);
    }
    if (lines.length) blocks.push({ text: lines.join('\n'), tight: 'table' });
  };

  let depth = 0;
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) { inline += node.textContent ?? ''; return; }
    // Very deep nesting (broken or hostile pages): keep the text, drop the structure, do not recurse further.
    if (depth > MAX_DEPTH) { inline += ' ' + (node.textContent ?? '') + ' '; return; }
    depth++;
    try { visit(node); } finally { depth--; }
  };
  const visit = (node: DomNode) => {
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (node.getAttribute?.('hidden') != null || node.getAttribute?.('aria-hidden') === 'true') return;
    const h = HEADING.exec(name);
    if (h) {
      flush();
      const text = ws(node.textContent ?? '').trim();
      if (text) blocks.push({ text: '> '.repeat(quote[quote.length - 1]) + '#'.repeat(Number(h[1])) + ' ' + text });
      return;
    }
    if (name === 'br') { inline += BR; return; }
    if (name === 'hr') { flush(); return; }
    if (name === 'table') { flush(); table(node); return; }
    if (name === 'pre') {
      flush();
      const q = '> '.repeat(quote[quote.length - 1]);
      const lines = (node.textContent ?? '').replace(/\r\n?/g, '\n').split('\n').map(l => l.replace(/\s+$/, '')).filter(l => l.trim());
      if (lines.length) blocks.push({ text: lines.map(l => q + escapeLine(l.trimStart())).join('\n') });
      return;
    }
    if (name === 'blockquote') {
      flush();
      quote.push(quote[quote.length - 1] + 1);
      for (const c of Array.from(node.childNodes)) walk(c);
      flush();
      quote.pop();
      return;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      const ordered = name === 'ol';
      let n = Number(node.getAttribute?.('start') ?? 1) || 1;
      const savedIndent = itemIndent;
      if (listDepth) itemIndent += '  ';
      else listId++;
      listDepth++;
      for (const c of Array.from(node.childNodes)) {
        if (c.nodeType === 1 && c.nodeName.toLowerCase() === 'li') {
          flush();
          pendingMarker = itemIndent + (ordered ? `${n++}. ` : '- ');
          for (const cc of Array.from(c.childNodes)) walk(cc);
          flush();
          pendingMarker = null;
        } else {
          walk(c);
        }
      }
      flush();
      listDepth--;
      itemIndent = savedIndent;
      return;
    }
    if (name === 'li') { // stray <li> outside a list
      flush();
      pendingMarker = itemIndent + '- ';
      if (!listDepth) listId++;
      for (const c of Array.from(node.childNodes)) walk(c);
      flush();
      pendingMarker = null;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    else if (name === 'td' || name === 'th') inline += ' ';
    for (const c of Array.from(node.childNodes)) walk(c);
    if (block) flush();
    else if (/^(?:td|th|dt|dd|label)$/.test(name)) inline += ' ';
  };

  walk(root);
  flush();
  let out = '';
  for (const [i, b] of blocks.entries()) {
    if (i) out += b.tight === 'list' && blocks[i - 1].tight === 'list' && b.list === blocks[i - 1].list ? '\n' : '\n\n';
    out += b.text;
  }
  return out;
}

/** YAML front matter for a converted source (only the fields that have a value). */
export function frontMatter(fields: Record<string, string | undefined>): string {
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') data[k] = v;
  if (!Object.keys(data).length) return '';
  return `---\n${yamlStringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n`;
}
