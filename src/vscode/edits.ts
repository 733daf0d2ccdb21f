// Pure text edits behind "Add Source…": the draft's front matter `sources:` list and the workspace config's
// "sources". No VS Code API here, so the unit tests cover them. Errors are thrown as `EditError` with a reason code.
import { Document, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { frontMatterEnd } from '../core/document';

export class EditError extends Error {
  constructor(readonly reason: 'bad-front-matter' | 'bad-config', detail: string) { super(detail); }
}

/** The draft text with `paths` added to its front matter `sources:` (front matter created when missing). */
export function addToFrontMatter(text: string, paths: string[], eol = '\n'): string {
  const end = frontMatterEnd(text);
  if (!end) {
    const doc = new Document({});
    doc.set('sources', doc.createNode(paths, { flow: paths.length <= 3 }));
    const yamlText = doc.toString({ lineWidth: 0 }).replace(/\n/g, eol);
    return `---${eol}${yamlText}---${eol}${/^\r?\n/.test(text) ? '' : eol}${text}`;
  }
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)![0];
  const close = /(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/.exec(text.slice(0, end))!;
  const body = text.slice(open.length, close.index);
  const doc = parseDocument(body);
  if (doc.errors.length) throw new EditError('bad-front-matter', doc.errors[0].message.split('\n')[0]);
  if (doc.contents && !isMap(doc.contents)) throw new EditError('bad-front-matter', 'the front matter is not a YAML mapping');
  const current = doc.get('sources', true) ?? doc.get('source', true);
  const existing: string[] = isSeq(current) ? current.items.map(i => String(isScalar(i) ? i.value : i)) : isScalar(current) && current.value ? [String(current.value)] : [];
  const merged = [...existing, ...paths.filter(p => !existing.includes(p))];
  if (doc.has('source') && !doc.has('sources')) doc.delete('source');
  const flow = merged.length <= 3 && (!current || isScalar(current) || (isSeq(current) && !!current.flow));
  doc.set('sources', doc.createNode(merged, { flow }));
  let yamlText = doc.toString({ lineWidth: 0 });
  if (eol !== '\n') yamlText = yamlText.replace(/\r?\n/g, eol);
  return open + yamlText + text.slice(close.index);
}

/** The config file's text with `paths` added to "sources" (a new config when `text` is undefined or empty). */
export function addToConfig(text: string | undefined, paths: string[]): string {
  let obj: Record<string, unknown> = {};
  if (text !== undefined && text.trim()) {
    let raw: unknown;
    try { raw = JSON.parse(text.replace(/^\uFEFF/, '')); } catch (e) { throw new EditError('bad-config', (e as Error).message.split('\n')[0]); }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new EditError('bad-config', 'the config file must hold a JSON object');
    obj = raw as Record<string, unknown>;
  }
  const cur = obj.sources;
  const existing = Array.isArray(cur) ? cur.filter((s): s is string => typeof s === 'string') : typeof cur === 'string' ? [cur] : [];
  obj.sources = [...existing, ...paths.filter(p => !existing.includes(p))];
  return JSON.stringify(obj, null, 2) + '\n';
}
