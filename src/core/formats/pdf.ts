// .pdf → Markdown from the PDF's text layer (pdf.js, the serverless build shipped by the `unpdf` package:
// one self-contained file, no worker, no canvas, no native code). pdf.js is loaded lazily, the first time a
// PDF is met, and stays out of the extension's and CLI's bundles (esbuild external). A PDF without a text
// layer (a scan) is reported as such: Grounded does no OCR.
import { layoutPdf, type PdfPage } from './pdf-layout';
import type { ConvertResult } from './types';

export type PdfJs = typeof import('unpdf/pdfjs');
let pdfjsPromise: Promise<PdfJs> | undefined;
let loader: () => Promise<PdfJs> = () => import('unpdf/pdfjs');

/**
 * Replaces how pdf.js is found (src/node/pdfjs.ts falls back to the copy the build puts next to the bundle,
 * for the packaged extension, which ships no node_modules).
 */
export function setPdfJsLoader(load: () => Promise<PdfJs>): void {
  loader = load;
  pdfjsPromise = undefined;
}

/** Loads pdf.js once (about 0.1 s). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= loader().catch(e => {
    pdfjsPromise = undefined;
    throw e;
  });
  return pdfjsPromise;
}

/** PDF date string ("D:20250314093000+01'00'") → ISO 8601. */
export function pdfDate(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi, sec, z] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const zone = !z ? '' : z === 'Z' ? 'Z' : z.replace(/'/g, '').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${y}-${mo}-${d}T${h}:${mi ?? '00'}:${sec ?? '00'}${zone}`;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);

export async function pdfToSource(bytes: Uint8Array): Promise<ConvertResult> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return { error: 'the file is not a PDF (no "%PDF-" header)' };
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (e) {
    return { error: `the PDF reader (pdf.js) could not be loaded: ${(e as Error).message}` };
  }
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> | undefined;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true,
      isOffscreenCanvasSupported: false, verbosity: 0, stopAtErrors: false,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') return { error: 'the PDF is password-protected: open it with its password and save an unprotected copy' };
    if (name === 'InvalidPDFException') return { error: 'the PDF is damaged or not a PDF (pdf.js cannot read its structure)' };
    return { error: `the PDF cannot be read (${(e as Error).message})` };
  }
  try {
    const pages: PdfPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      const tc = await page.getTextContent();
      const items: PdfPage['items'] = [];
      for (const it of tc.items) {
        if (!('str' in it)) continue;
        const [, , c, d, e, f] = it.transform as number[];
        items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || it.height, hasEOL: it.hasEOL });
      }
      pages.push({ items, width: x1 - x0, height: y1 - y0 });
      page.cleanup();
    }
    const layout = layoutPdf(pages);
    if (layout.chars === 0) {
      return { error: `the PDF has no text layer (${doc.numPages === 1 ? 'its page is an image' : `its ${doc.numPages} pages are images`}: a scanned document?). Grounded does not do OCR: run OCR on it first (e.g. ocrmypdf) or use the publisher's text` };
    }
    const warnings: string[] = [];
    if (layout.emptyPages.length) {
      const list = layout.emptyPages.length > 10 ? `${layout.emptyPages.slice(0, 10).join(', ')}, …` : layout.emptyPages.join(', ');
      warnings.push(`${layout.emptyPages.length} of ${doc.numPages} pages have no text layer (scanned?) and were skipped: page${layout.emptyPages.length > 1 ? 's' : ''} ${list}`);
    }
    let info: Record<string, unknown> = {};
    try { info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>; } catch { /* metadata is optional */ }
    const title = str(info.Title);
    const byline = str(info.Author);
    const date = pdfDate(info.CreationDate);
    return { text: layout.markdown + '\n', format: 'pdf', title, byline, date, warnings };
  } catch (e) {
    return { error: `the PDF's text could not be extracted (${(e as Error).message})` };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
