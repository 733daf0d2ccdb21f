// Reading a source file from disk in any supported format (Node only: used by the CLI and the extension).
// `readSourceFile` returns the text the engine analyses; for .html/.docx/.pdf that is the extracted Markdown,
// and fact offsets / evidence ranges point into it (show it read-only; see docs/formats.md).
import { readFile, stat } from 'node:fs/promises';
import { convertSource, formatOf, MAX_BINARY_BYTES, type ConvertOptions, type ConvertResult } from '../core/formats';
import './pdfjs'; // pdf.js from node_modules, or the copy next to the bundle in the packaged extension

export { convertSource, formatOf, isConvertedFormat, SOURCE_EXTENSIONS, CONVERTED_EXTENSIONS, isConvertError } from '../core/formats';
export { fetchSource, fetchPage, suggestFileName, parseUrl } from './fetch';
export type { FetchOptions, FetchedSource, FetchedPage } from './fetch';
export type { ConvertResult, ConvertedSource, ConvertError, SourceFormat } from '../core/formats';

/** Reads and converts one source file; never throws (problems come back as `{ error }`, one sentence). */
export async function readSourceFile(path: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  let st;
  try { st = await stat(path); } catch { return { error: 'no such file' }; }
  if (st.isDirectory()) return { error: 'is a directory, not a file' };
  if (!st.isFile()) return { error: 'not a regular file' };
  const limit = options.maxBytes ?? MAX_BINARY_BYTES;
  if (st.size > limit) return { error: `the file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(1)} MB)` };
  let bytes: Uint8Array;
  try {
    const buf = await readFile(path);
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    return { error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!formatOf(path, bytes)) return { error: `files of this type are not read as sources (use .txt, .md, .html, .docx or .pdf)` };
  try {
    return await convertSource(path, bytes, options);
  } catch (e) {
    return { error: `could not be converted (${(e as Error).message})` };
  }
}

const CONVERTED_PATH = /\.(?:html?|xhtml|shtml|docx|pdf)$/i;

/** True for files whose text is extracted (.html/.htm/.xhtml/.shtml/.docx/.pdf): show them read-only, as extracted text. */
export function isConvertedPath(path: string): boolean {
  return CONVERTED_PATH.test(path);
}

/**
 * Reads converted sources once per version of the file: the result is kept while the file's size and
 * modification time stay the same (a 50-page PDF takes a few hundred ms to convert). For the extension's
 * file watcher: call `forget(path)` on change/delete, or just `read` again (a changed file is re-read).
 */
export class SourceReader {
  private readonly cache = new Map<string, { key: string; result: Promise<ConvertResult> }>();
  constructor(private readonly maxEntries = 200) {}

  async read(path: string, options: ConvertOptions = {}): Promise<ConvertResult> {
    let key: string;
    try {
      const st = await stat(path);
      key = `${st.size}:${st.mtimeMs}:${options.maxBytes ?? ''}`;
    } catch {
      this.cache.delete(path);
      return { error: 'no such file' };
    }
    const hit = this.cache.get(path);
    if (hit && hit.key === key) return hit.result;
    const result = readSourceFile(path, options);
    this.cache.delete(path);
    this.cache.set(path, { key, result });
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    return result;
  }

  forget(path: string): void {
    this.cache.delete(path);
  }
}
