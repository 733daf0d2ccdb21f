// Downloading a web page as a source ("Grounded: Add Source from URL…", `grounded fetch URL -o FILE`).
// This is the only network access Grounded makes, and only on that explicit request. Bounded: an overall
// timeout, a redirect limit, a size cap (checked on Content-Length and while reading), a content-type check;
// the page's charset is honoured (Content-Type header, then <meta>), legacy encodings decoded by TextDecoder.
import { convertSource, frontMatter, type ConvertResult, type SourceFormat } from '../core/formats';

export interface FetchOptions {
  /** Whole-request limit in milliseconds (connect, headers, body, redirects). Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Cancels the download (e.g. from a VS Code progress notification). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** Final address, after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** Addresses that redirected, in order. */
  redirects: string[];
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'Mozilla/5.0 (compatible; Grounded source reader; +https://marketplace.visualstudio.com/)';

const MIME_FORMAT: Record<string, SourceFormat> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/pdf': 'pdf', 'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
};
const EXT: Record<SourceFormat, string> = { html: '.html', pdf: '.pdf', docx: '.docx', text: '.txt', markdown: '.md' };

/** Checks a user-typed address: http(s) only; a bare host gets https://. Returns the URL or a reason. */
export function parseUrl(input: string): URL | { error: string } {
  let s = input.trim();
  if (!s) return { error: 'no address given' };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = 'https://' + s;
  let u: URL;
  try { u = new URL(s); } catch { return { error: `"${input.trim()}" is not a valid web address` }; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: `only http:// and https:// addresses can be fetched (got ${u.protocol})` };
  return u;
}

const mb = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;

function networkReason(e: unknown, url: URL, timeoutMs: number, timedOut: boolean): string {
  if (timedOut) return `${url.host} did not send the page within ${timeoutMs / 1000} s (timed out)`;
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'AbortError') return 'the download was cancelled';
  const code = err?.cause?.code ?? (err as { code?: string })?.code;
  switch (code) {
    case 'ENOTFOUND': case 'EAI_AGAIN': return `the host name ${url.hostname} could not be found (check the address and the network)`;
    case 'ECONNREFUSED': return `${url.host} refused the connection`;
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return `${url.host} closed the connection`;
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return `could not connect to ${url.host} (timed out)`;
    case 'CERT_HAS_EXPIRED': case 'DEPTH_ZERO_SELF_SIGNED_CERT': case 'SELF_SIGNED_CERT_IN_CHAIN': case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE': case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the secure connection to ${url.host} failed (${code}: the site's certificate is not trusted)`;
  }
  return `the page could not be downloaded (${err?.cause?.message ?? err?.message ?? String(e)})`;
}

/** Downloads one page; never throws. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage | { error: string }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const first = parseUrl(address);
  if ('error' in first) return first;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  let url = first;
  const redirects: string[] = [];
  try {
    for (;;) {
      let res: Response;
      try {
        res = await fetch(url, {
          redirect: 'manual', signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5', 'accept-language': 'pl,en;q=0.8' },
        });
      } catch (e) {
        return { error: networkReason(e, url, timeoutMs, timedOut) };
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const loc = res.headers.get('location');
        await res.body?.cancel().catch(() => undefined);
        if (!loc) return { error: `${url.host} answered ${res.status} (a redirect) without saying where to` };
        if (redirects.length >= maxRedirects) return { error: `too many redirects (more than ${maxRedirects}), last to ${loc}` };
        let next: URL;
        try { next = new URL(loc, url); } catch { return { error: `${url.host} redirected to an invalid address (${loc})` }; }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return { error: `${url.host} redirected to a ${next.protocol} address, which is not fetched` };
        redirects.push(url.href);
        url = next;
        continue;
      }
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => undefined);
        return { error: `${url.host} answered ${res.status}${res.statusText ? ' ' + res.statusText : ''} for ${url.href}` };
      }
      const contentType = res.headers.get('content-type') ?? '';
      const declared = Number(res.headers.get('content-length'));
      if (declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return { error: `the page is too large (${mb(declared)}; the limit is ${mb(maxBytes)})` };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            size += value.byteLength;
            if (size > maxBytes) {
              await reader.cancel().catch(() => undefined);
              return { error: `the page is too large (more than ${mb(maxBytes)})` };
            }
            chunks.push(value);
          }
        } catch (e) {
          return { error: networkReason(e, url, timeoutMs, timedOut) };
        }
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
      return { url: url.href, status: res.status, contentType, bytes, redirects };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

export interface FetchedSource {
  /** Markdown with front matter (url, title, byline, date, site, fetched): what to save as the source file. */
  markdown: string;
  source: Exclude<ConvertResult, { error: string }>;
  page: Omit<FetchedPage, 'bytes'> & { size: number };
}

/** Downloads a page (or a PDF / .docx / plain text at that address) and extracts its article as Markdown. */
export async function fetchSource(address: string, options: FetchOptions = {}): Promise<FetchedSource | { error: string }> {
  const page = await fetchPage(address, options);
  if ('error' in page) return page;
  const mime = page.contentType.split(';')[0].trim().toLowerCase();
  let format: SourceFormat | undefined = MIME_FORMAT[mime];
  if (!format && (!mime || mime === 'application/octet-stream')) {
    const head = new TextDecoder('latin1').decode(page.bytes.subarray(0, 512));
    format = head.startsWith('%PDF-') ? 'pdf' : /<html[\s>]|<!doctype html/i.test(head) ? 'html' : undefined;
  }
  if (!format) return { error: `the address serves ${mime || 'content of an unknown type'}, not a web page, PDF or .docx` };
  if (page.bytes.length === 0) return { error: 'the server sent an empty page' };
  const fetched = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(page.contentType)?.[1];
  const name = decodeURIComponent(new URL(page.url).pathname.split('/').pop() || 'page');
  const file = name.replace(/\.[A-Za-z0-9]+$/, '') + EXT[format];
  const r = await convertSource(file, page.bytes, { url: page.url, fetched, charset });
  if ('error' in r) return { error: r.error.replace(/^the file /, 'the page ') };
  const { bytes, ...meta } = page;
  // Plain text and Markdown at an address get the same front matter as a converted page.
  const markdown = r.format === 'text' || r.format === 'markdown' ? frontMatter({ url: page.url, fetched }) + r.text : r.text;
  return { markdown, source: r, page: { ...meta, size: bytes.length } };
}

/** A file name for a fetched page: its title in lower case, with dashes ("radni-przyjeli-budzet.md"). */
export function suggestFileName(title: string | undefined, url: string): string {
  const base = (title ?? new URL(url).pathname.split('/').filter(Boolean).pop() ?? new URL(url).hostname)
    .normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, m => (m === 'ł' ? 'l' : 'L'))
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return (base || 'source') + '.md';
}
