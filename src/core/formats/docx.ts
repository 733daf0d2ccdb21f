// .docx (Word 2007+) → Markdown: mammoth maps Word styles to HTML (headings, lists, tables), `domToMarkdown`
// writes the same Markdown as for web pages. Images are dropped; the file is only read.
import { loadDom } from './html';
import { domToMarkdown } from './markdown';
import type { ConvertResult } from './types';

export async function docxToSource(bytes: Uint8Array): Promise<ConvertResult> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { error: 'the file is an old Word (.doc) or a password-protected document, which cannot be read: save it as .docx (or PDF) without a password' };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { error: 'the file is not a .docx document (a .docx is a ZIP archive; this one is not)' };
  const mammoth = (await import('mammoth')).default;
  const { parseHTML } = await loadDom();
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    // mammoth's Node build reads a Buffer, its browser build an ArrayBuffer.
    const input = typeof Buffer === 'function'
      ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
      : { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: true,
    });
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/central directory|zip|corrupt/i.test(msg)) return { error: 'the .docx file is damaged (its ZIP structure cannot be read)' };
    if (/word\/document\.xml|main document/i.test(msg)) return { error: 'the file is a ZIP archive but not a Word document (no word/document.xml)' };
    return { error: `the .docx file cannot be read (${msg.split('\n')[0]})` };
  }
  const warnings: string[] = [];
  const errors = result.messages.filter(m => m.type === 'error');
  if (errors.length) warnings.push(`some parts of the document could not be read: ${errors.slice(0, 3).map(m => m.message).join('; ')}`);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${result.value}</body></html>`) as any;
  const body = domToMarkdown(document.body as any);
  if (!/[\p{L}\p{N}]/u.test(body)) return { error: 'the document has no text (it may hold only images)' };
  const firstHeading = /^#{1,2} (.+)$/m.exec(body)?.[1];
  return { text: body + '\n', format: 'docx', title: firstHeading, warnings };
}
