// Reads input files for the CLI with clear, one-line reasons when they cannot be used.
import { readFileSync, statSync } from 'node:fs';
import { decodeText, DEFAULT_MAX_BYTES } from '../core/decode';
import { isConvertedPath, readSourceFile } from '../node/sources';

export class InputError extends Error {}

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let st;
  try { st = statSync(path); } catch { throw new InputError(`${path}: no such file`); }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch (e) { throw new InputError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`); }
  const d = decodeText(bytes, maxBytes);
  if (!d.ok) throw new InputError(`${path}: ${d.reason}`);
  return d.text;
}

/**
 * Reads a source in any supported format: .txt/.md (and other text) exactly as `readTextFile` does; .html/.htm,
 * .docx and .pdf through `convertSource`, whose extracted Markdown is what gets analysed (fact offsets point
 * into it). Conversion warnings go to `warn` (stderr in the CLI).
 */
export async function readSource(path: string, warn: (msg: string) => void = () => {}, maxTextBytes = DEFAULT_MAX_BYTES): Promise<string> {
  if (!isConvertedPath(path)) return readTextFile(path, maxTextBytes);
  const r = await readSourceFile(path);
  if ('error' in r) throw new InputError(`${path}: ${r.error}`);
  for (const w of r.warnings) warn(`${path}: ${w}`);
  return r.text;
}
