// Sources in the formats writers have: plain text, Markdown, saved web pages (.html), Word (.docx) and PDF.
// `convertSource` turns a file's bytes into the text the engine analyses. It is pure (no file system, no
// network): callers read the bytes. For .txt/.md the text is the file itself, so offsets are file offsets.
// For .html/.docx/.pdf the text is extracted Markdown, and every fact offset and evidence range points into
// that extracted text (which the extension shows in a read-only view), not into the original file.
import { decodeText } from '../decode';
import { decodeHtmlBytes } from './charset';
import { htmlToSource } from './html';
import { frontMatter } from './markdown';
import { docxToSource } from './docx';
import { pdfToSource } from './pdf';
import type { ConvertOptions, ConvertResult, SourceFormat } from './types';

export * from './types';
export { htmlToSource } from './html';
export { decodeHtmlBytes, charsetOfContentType, sniffMetaCharset } from './charset';
export { domToMarkdown, frontMatter } from './markdown';
export { layoutPdf } from './pdf-layout';
export type { PdfPage, PdfTextItem } from './pdf-layout';

const MB = 1024 * 1024;
export const MAX_TEXT_BYTES = 20 * MB;
export const MAX_BINARY_BYTES = 50 * MB;

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  docx: 'docx', pdf: 'pdf',
};

/** File extensions (without the dot) that `convertSource` reads. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);
/** Extensions whose text is extracted (facts point into the extracted text, shown read-only). */
export const CONVERTED_EXTENSIONS: readonly string[] = ['html', 'htm', 'xhtml', 'shtml', 'docx', 'pdf'];

const extOf = (file: string) => /\.([A-Za-z0-9]+)$/.exec(file)?.[1].toLowerCase() ?? '';

/** The format a file is read as: by extension, else by its first bytes; undefined for formats not read. */
export function formatOf(file: string, bytes?: Uint8Array): SourceFormat | undefined {
  const byExt = BY_EXTENSION[extOf(file)];
  if (byExt) return byExt;
  if (!bytes) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') && head.includes('word/')) return 'docx';
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(head.replace(/^\uFEFF|^ï»¿/, ''))) return 'html';
  return 'text';
}

/** True when the file's text is extracted from another format (facts point into the extracted text). */
export function isConvertedFormat(format: SourceFormat): boolean {
  return format === 'html' || format === 'docx' || format === 'pdf';
}

const UNSUPPORTED: Record<string, string> = {
  doc: 'old Word (.doc) files are not read: save the document as .docx or PDF',
  rtf: 'RTF files are not read: save the document as .docx or PDF',
  odt: 'OpenDocument (.odt) files are not read: save the document as .docx or PDF',
  pages: 'Apple Pages files are not read: export the document as .docx or PDF',
  epub: 'EPUB files are not read',
  mht: 'MHTML web archives are not read: save the page as "Web page, HTML only" or use "Add Source from URL"',
  mhtml: 'MHTML web archives are not read: save the page as "Web page, HTML only" or use "Add Source from URL"',
  webarchive: 'Safari web archives are not read: save the page as HTML source or use "Add Source from URL"',
};

/**
 * Converts a source file's bytes into the text the engine analyses. Text and Markdown files come back as they
 * are. Web pages, .docx and .pdf come back as Markdown, after YAML front matter with what is known of the source
 * (title, byline, date, site, url, fetched); the front matter is blanked out of the analysed prose by the engine.
 */
export async function convertSource(file: string, bytes: Uint8Array, options: ConvertOptions = {}): Promise<ConvertResult> {
  const r = await convertBody(file, bytes, options);
  if ('error' in r || !isConvertedFormat(r.format)) return r;
  const url = options.url ?? r.url;
  const fm = frontMatter({ title: r.title, byline: r.byline, date: r.date, site: r.site, url, fetched: options.fetched });
  return { ...r, url, text: fm + r.text };
}

async function convertBody(file: string, bytes: Uint8Array, options: ConvertOptions): Promise<ConvertResult> {
  const ext = extOf(file);
  if (UNSUPPORTED[ext]) return { error: UNSUPPORTED[ext] };
  const format = formatOf(file, bytes);
  if (!format) return { error: `.${ext} files are not read as sources (use .txt, .md, .html, .docx or .pdf)` };
  if (bytes.length === 0) return { error: 'the file is empty' };
  const max = options.maxBytes ?? (format === 'docx' || format === 'pdf' ? MAX_BINARY_BYTES : MAX_TEXT_BYTES);
  if (bytes.length > max) return { error: `the file is too large (${(bytes.length / MB).toFixed(1)} MB; the limit is ${(max / MB).toFixed(1)} MB)` };
  switch (format) {
    case 'text': case 'markdown': {
      const d = decodeText(bytes, max);
      return d.ok ? { text: d.text, format, warnings: [] } : { error: d.reason };
    }
    case 'html': {
      if (looksBinary(bytes)) return { error: 'the file is not HTML (it contains binary data)' };
      const d = decodeHtmlBytes(bytes, options.charset);
      if ('error' in d) return d;
      return htmlToSource(d.text, { url: options.url, warnings: d.warnings });
    }
    case 'docx': return docxToSource(bytes);
    case 'pdf': return pdfToSource(bytes);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  // UTF-16 pages have NULs but start with a BOM.
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
