// Where pdf.js comes from in Node: the `unpdf` package when node_modules is there (development, the CLI
// installed with npm), else `pdfjs.mjs` next to the running bundle (out/pdfjs.mjs, copied by scripts/build.mjs),
// which is what the packaged extension has (vsce --no-dependencies ships no node_modules).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setPdfJsLoader, type PdfJs } from '../core/formats/pdf';

export const PDFJS_FILE = 'pdfjs.mjs';

export function installPdfJsLoader(dir: string = __dirname): void {
  setPdfJsLoader(async () => {
    try {
      return await import('unpdf/pdfjs');
    } catch (e) {
      const copy = join(dir, PDFJS_FILE);
      if (!existsSync(copy)) throw new Error(`neither the "unpdf" package nor ${copy} is there (${(e as Error).message})`);
      return (await import(pathToFileURL(copy).href)) as PdfJs;
    }
  });
}

installPdfJsLoader();
