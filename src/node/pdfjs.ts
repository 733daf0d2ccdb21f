// Where pdf.js comes from in Node. First `pdfjs.mjs` next to the running bundle (out/pdfjs.mjs, written by
// scripts/build.mjs, patched to run in VS Code's extension host, and the only copy the packaged extension has:
// vsce --no-dependencies ships no node_modules); from transpiled files under out/src/... it is found up to two
// folders up. Else the `unpdf` package (plain Node: the CLI installed with npm, tests before a build).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setPdfJsLoader, type PdfJs } from '../core/formats/pdf';

export const PDFJS_FILE = 'pdfjs.mjs';

export function findPdfJsCopy(dir: string = __dirname): string | undefined {
  for (const d of [dir, join(dir, '..'), join(dir, '..', '..')]) {
    const f = join(d, PDFJS_FILE);
    if (existsSync(f)) return f;
  }
  return undefined;
}

export function installPdfJsLoader(dir: string = __dirname): void {
  setPdfJsLoader(async () => {
    const copy = findPdfJsCopy(dir);
    if (copy) return (await import(pathToFileURL(copy).href)) as PdfJs;
    try {
      return await import('unpdf/pdfjs');
    } catch (e) {
      throw new Error(`neither ${join(dir, PDFJS_FILE)} nor the "unpdf" package is there (${(e as Error).message})`);
    }
  });
}

installPdfJsLoader();
