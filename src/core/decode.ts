// Bytes → text, with a clear reason when the bytes are not a readable text file.
// Pure: callers read the file; this decides whether it is text and decodes it.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `the file is too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB)` };
  }
  // UTF-16 with a byte order mark.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
      return checkText(text);
    } catch {
      return { ok: false, reason: 'the file is not valid UTF-16 text' };
    }
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: 'the file looks binary (it contains NUL bytes), not text' };
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > head.length * 0.1) return { ok: false, reason: 'the file looks binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 (re-save it as UTF-8; legacy encodings such as Windows-1250 or ISO-8859-2 are not read)' };
  }
  return checkText(text);
}

function checkText(text: string): Decoded {
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'the file has no text (only whitespace or symbols)' };
  return { ok: true, text };
}
