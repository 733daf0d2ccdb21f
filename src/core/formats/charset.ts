// Bytes of a web page → text: BOM, then the HTTP charset, then <meta charset> / <meta http-equiv>, then UTF-8,
// decoded with the platform's TextDecoder (WHATWG Encoding labels: windows-1250, iso-8859-2, koi8-r, ...).

export interface DecodedHtml {
  text: string;
  /** The encoding used (WHATWG name, e.g. "utf-8", "windows-1250"). */
  encoding: string;
  warnings: string[];
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The charset a page declares in its first 4 KB (`<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">`). */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const m = META_CHARSET.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1] : undefined;
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | undefined | null): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try { return new TextDecoder(label.trim().toLowerCase()); } catch { return undefined; }
}

export function decodeHtmlBytes(bytes: Uint8Array, headerCharset?: string): DecodedHtml | { error: string } {
  const warnings: string[] = [];
  // A byte order mark wins over every declaration.
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), warnings);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings };
  const declared = headerCharset ?? sniffMetaCharset(bytes);
  if (declared) {
    const dec = decoderFor(declared);
    if (!dec) return { error: `the page is in the character encoding "${declared}", which cannot be decoded here (supported: UTF-8, Windows-125x, ISO-8859-x, KOI8 and other WHATWG encodings)` };
    // A page that says it is UTF-16 in a <meta> but has no BOM is really ASCII-compatible (HTML spec): read it as UTF-8.
    if (dec.encoding === 'utf-8' || dec.encoding.startsWith('utf-16')) return utf8(bytes, warnings);
    return { text: dec.decode(bytes), encoding: dec.encoding, warnings };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // No declaration and not UTF-8: a legacy single-byte page. Central European pages (the ones this tool
    // is for) are Windows-1250; say so, since Latin-1 pages would show a few letters wrong.
    warnings.push('the page declares no character encoding and is not valid UTF-8; it was read as Windows-1250 (Central European): check letters with accents');
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250', warnings };
  }
}

function utf8(bytes: Uint8Array, warnings: string[]): DecodedHtml {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
    warnings.push(`the page says it is UTF-8 but ${bad} invalid byte sequence${bad === 1 ? ' was' : 's were'} replaced by "\uFFFD"`);
    return { text, encoding: 'utf-8', warnings };
  }
}
