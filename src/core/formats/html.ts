// HTML page → article Markdown: linkedom builds the DOM, obvious boilerplate (cookie banners, ads, comment
// threads, share bars, navigation) is removed, Mozilla Readability finds the article, and `domToMarkdown`
// writes it with its headings, paragraphs, lists, quotes and tables. Metadata (title, byline, date, site,
// canonical URL) goes to front matter so the date can anchor relative dates ("w środę") in the article.
import { domToMarkdown, type DomNode } from './markdown';
import type { ConvertResult } from './types';

// class/id words that mark page furniture, not article text (matched as whole words of the class or id).
const BOILERPLATE = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adbox', 'adsense', 'dfp', 'gpt',
  'reklama', 'reklamy', 'reklamowy', 'sponsor', 'sponsored', 'promo', 'promoted', 'cookie', 'cookies', 'consent', 'gdpr',
  'rodo', 'cmp', 'newsletter', 'subscribe', 'subscription', 'paywall', 'comment', 'comments', 'komentarze', 'komentarz',
  'disqus', 'share', 'sharing', 'social', 'socials', 'related', 'recommended', 'polecane', 'zobacz', 'outbrain', 'taboola',
  'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'sidebar', 'tags', 'most', 'popular',
]);
const LABELS = /^(?:reklama|advertisement|advertising|ad|sponsored|artykuł sponsorowany|materiał promocyjny|ogłoszenie)$/i;
const REMOVE_SELECTOR = 'script, style, noscript, template, iframe, svg, form, nav, [role="navigation"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden], [aria-hidden="true"]';

interface El extends DomNode {
  className?: string;
  id?: string;
  parentNode: El | null;
  remove(): void;
  querySelectorAll(sel: string): ArrayLike<El>;
  getElementsByTagName(name: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
}

const WORD_SPLIT = /[\s_\-:]+|(?<=[a-z])(?=[A-Z])/;
const hasBoilerplateWord = (s: string | null | undefined) => !!s && s.split(WORD_SPLIT).some(w => BOILERPLATE.has(w.toLowerCase()));

function textLength(el: DomNode): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** Removes page furniture before Readability runs; never an element holding most of the page's text. */
function removeBoilerplate(doc: { body: El | null; querySelectorAll(sel: string): ArrayLike<El> }): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(doc.querySelectorAll(REMOVE_SELECTOR))) {
    // A <form> or <nav> wrapping the whole page (ASP.NET sites) is not furniture.
    const name = el.nodeName.toLowerCase();
    if ((name === 'form' || name === 'nav') && el.getElementsByTagName('p').length > 5) continue;
    el.remove();
  }
  const total = textLength(body) || 1;
  // Elements come in document order: once an element is removed, its descendants need no look (on comment-heavy
  // pages that is most of the markup, and each look measures the element's text).
  const removed = new Set<El>();
  const insideRemoved = (el: El) => {
    for (let p = el.parentNode; p; p = p.parentNode) if (removed.has(p)) return true;
    return false;
  };
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.parentNode) continue;
    if (!hasBoilerplateWord(el.getAttribute('class')) && !hasBoilerplateWord(el.getAttribute('id'))) continue;
    if (removed.size && insideRemoved(el)) continue;
    if (el.getElementsByTagName('article').length || el.getElementsByTagName('h1').length) continue;
    if (textLength(el) > total * 0.3) continue;
    removed.add(el);
    el.remove();
  }
  // "Reklama" / "Advertisement" labels left behind by ad slots (leaf elements only: cheap on big pages).
  for (const el of Array.from(body.querySelectorAll('span, div, p, small, strong'))) {
    const kids = el.childNodes;
    if (el.parentNode && kids.length === 1 && kids[0].nodeType === 3 && LABELS.test((kids[0].textContent ?? '').trim())) el.remove();
  }
}

// Scripts (except JSON-LD metadata, which Readability reads), styles, inline SVG icons and comments hold most bytes
// of a saved page and no article text: cut them before building the DOM (a browser ends them at the same tags).
const INERT = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<template\b[^>]*>[\s\S]*?<\/template\s*>|<!--[\s\S]*?-->/gi;
export function stripInert(html: string): string {
  return html.replace(INERT, '');
}

/** Deeper than this (after unwrapping wrapper chains), the article finder is skipped. Real pages nest 20–60 levels. */
const MAX_ARTICLE_DEPTH = 150;

interface Tree { nodeType: number; nodeName: string; childNodes: ArrayLike<Tree>; attributes?: ArrayLike<unknown>; parentNode: Tree | null;
  insertBefore?(n: Tree, ref: Tree | null): unknown; removeChild?(n: Tree): unknown }

/** Depth of the element tree (iterative: pages can nest thousands of levels). */
function maxDepth(root: Tree): number {
  let max = 0;
  const stack: Array<[Tree, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], d + 1]);
  }
  return max;
}

const isBlank = (n: Tree) => n.nodeType === 8 || (n.nodeType === 3 && !/\S/.test((n as unknown as DomNode).textContent ?? ''));

/**
 * `<div><div><div>…` chains: a <div>/<span> whose only content is one attribute-less <div>/<span> takes that
 * element's children instead (the same text and structure, less depth).
 */
function unwrapWrapperChains(root: Tree): void {
  const stack: Tree[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const name = el.nodeName.toLowerCase();
    if (name === 'div' || name === 'span') {
      for (;;) {
        const kids = Array.from(el.childNodes);
        const elems = kids.filter(k => !isBlank(k));
        if (elems.length !== 1 || elems[0].nodeType !== 1) break;
        const only = elems[0];
        const on = only.nodeName.toLowerCase();
        if ((on !== 'div' && on !== 'span') || (only.attributes?.length ?? 0) > 0 || (on === 'div' && name === 'span')) break;
        for (const g of Array.from(only.childNodes)) el.insertBefore!(g, only);
        el.removeChild!(only);
      }
    }
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push(kids[i]);
  }
}

function isoDate(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
};

/** Loads the DOM and Readability lazily: they cost about 0.1 s and are not needed until a page is read. */
export async function loadDom(): Promise<{ parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability }> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return { parseHTML, Readability };
}

export async function htmlToSource(html: string, opts: { url?: string; warnings?: string[] } = {}): Promise<ConvertResult> {
  const warnings = [...(opts.warnings ?? [])];
  const { parseHTML, Readability } = await loadDom();
  html = stripInert(html);
  // linkedom makes the first element of a fragment the document element: give fragments a document.
  if (!/<html[\s>]/i.test(html.slice(0, 4096))) html = `<!DOCTYPE html><html><body>${html}</body></html>`;
  let document: any;
  try {
    ({ document } = parseHTML(html) as any);
  } catch (e) {
    return { error: `the HTML could not be parsed (${(e as Error).message})` };
  }
  if (!document?.documentElement) return { error: 'the HTML could not be parsed (no document element)' };
  const meta = (sel: string) => clean(document.querySelector(sel)?.getAttribute('content'));
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('meta[property="og:url"]');
  const firstTime = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const docTitle = clean(document.querySelector('title')?.textContent);
  removeBoilerplate(document);
  if (document.body) unwrapWrapperChains(document.body);

  let article: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null; content?: DomNode | null } | null = null;
  const depth = document.body ? maxDepth(document.body) : 0;
  if (depth > MAX_ARTICLE_DEPTH) {
    // Readability's scoring is quadratic in nesting depth (minutes for a few thousand levels).
    warnings.push(`the page is nested too deeply (${depth} levels) to look for its article; the whole page text is used`);
  } else {
    try {
      article = new Readability(document as any, { serializer: (n: any) => n, charThreshold: 300 }).parse() as any;
    } catch (e) {
      warnings.push(`the article finder failed (${(e as Error).message}); the whole page text is used`);
    }
  }
  let body = article?.content ? domToMarkdown(article.content) : '';
  if (!/[\p{L}\p{N}]/u.test(body)) {
    // Readability found nothing (or failed, or was skipped): use the whole page, cleaned again from a fresh parse
    // (Readability takes the document apart while it works).
    if (!warnings.some(w => / the whole page text is used$/.test(w))) warnings.push('no article was found in the page; the whole page text is used');
    const fresh = article ? (parseHTML(html) as any).document : document;
    if (article) removeBoilerplate(fresh);
    body = fresh?.body ? domToMarkdown(fresh.body) : '';
  }
  const title = clean(article?.title) ?? meta('meta[property="og:title"]') ?? docTitle;
  const byline = clean(article?.byline) ?? meta('meta[name="author"]');
  const date = isoDate(article?.publishedTime) ?? isoDate(meta('meta[property="article:published_time"]')) ?? isoDate(firstTime);
  const site = clean(article?.siteName) ?? meta('meta[property="og:site_name"]');
  const url = opts.url ?? (canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined);
  if (!/[\p{L}\p{N}]/u.test(body)) return { error: 'the page has no readable text (it may be built by scripts in the browser, or be only images)' };
  // The article's own title heading is dropped by Readability; put it back as the first heading.
  const firstLine = body.slice(0, body.indexOf('\n') >>> 0);
  const heading = title && !(firstLine.startsWith('#') && firstLine.replace(/^#+\s*/, '') === title) ? `# ${title}\n\n` : '';
  const text = heading + body + '\n';
  return { text, format: 'html', title, byline, date, url, site, warnings };
}
