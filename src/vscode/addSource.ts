// "Grounded: Add Source…" and "Grounded: Use Active File as Source": add files to the draft's front matter
// `sources:` or to the workspace config file (grounded.json, shared with the CLI), as the user chooses.
import * as vscode from 'vscode';
import { parseDocument, isSeq, isScalar } from 'yaml';
import { frontMatterEnd } from '../core/document';
import { CONFIG_FILE_NAMES, dirnamePath, normalizePath, relativePath } from '../core/check/config';
import { pathOf } from './sources';

export type SourceTarget = 'frontMatter' | 'config';

/** The draft text with `paths` added to its front matter `sources:` (front matter created when missing). */
export function addToFrontMatter(text: string, paths: string[], eol = '\n'): string {
  const end = frontMatterEnd(text);
  if (!end) {
    const list = paths.map(p => `  - ${JSON.stringify(p)}`).join(eol);
    return `---${eol}sources:${eol}${list}${eol}---${eol}${text.startsWith('\n') || text.startsWith('\r\n') ? '' : eol}${text}`;
  }
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)![0];
  const close = /(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/.exec(text.slice(0, end))!;
  const body = text.slice(open.length, close.index);
  const doc = parseDocument(body);
  if (doc.errors.length) throw new Error(vscode.l10n.t('The front matter is not valid YAML: {0}', doc.errors[0].message.split('\n')[0]));
  const current = doc.get('sources', true) ?? doc.get('source', true);
  const existing: string[] = isSeq(current) ? current.items.map(i => String(isScalar(i) ? i.value : i)) : isScalar(current) && current.value ? [String(current.value)] : [];
  const merged = [...existing, ...paths.filter(p => !existing.includes(p))];
  if (doc.has('source') && !doc.has('sources')) doc.delete('source');
  doc.set('sources', doc.createNode(merged, { flow: merged.length <= 3 && (!current || isScalar(current) || (isSeq(current) && !!current.flow)) }));
  let yamlText = doc.toString({ lineWidth: 0 });
  if (eol !== '\n') yamlText = yamlText.replace(/\n/g, eol);
  return open + yamlText + text.slice(close.index);
}

/** The config file's text with `paths` added to "sources" (a new config when `text` is undefined). */
export function addToConfig(text: string | undefined, paths: string[]): string {
  let obj: Record<string, unknown> = {};
  if (text !== undefined && text.trim()) {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(vscode.l10n.t('The config file must hold a JSON object.'));
    obj = raw as Record<string, unknown>;
  }
  const cur = obj.sources;
  const existing = Array.isArray(cur) ? cur.filter((s): s is string => typeof s === 'string') : typeof cur === 'string' ? [cur] : [];
  obj.sources = [...existing, ...paths.filter(p => !existing.includes(p))];
  return JSON.stringify(obj, null, 2) + '\n';
}

/** Where the workspace config of a folder is (the existing grounded.json / .groundedrc.json, or a new grounded.json). */
async function configFileOf(folder: vscode.WorkspaceFolder): Promise<vscode.Uri> {
  for (const name of CONFIG_FILE_NAMES) {
    const uri = vscode.Uri.joinPath(folder.uri, name);
    try { await vscode.workspace.fs.stat(uri); return uri; } catch { /* next */ }
  }
  return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAMES[0]);
}

/** Adds the files as sources of the draft (front matter) or of the workspace (config file). */
export async function addSources(files: vscode.Uri[], target: SourceTarget, draft: vscode.TextDocument | undefined): Promise<vscode.Uri> {
  if (target === 'frontMatter') {
    if (!draft || draft.uri.scheme !== 'file') throw new Error(vscode.l10n.t('Open a saved draft to add sources to its front matter.'));
    const base = dirnamePath(pathOf(draft.uri));
    const rel = files.map(f => relativePath(base, pathOf(f)));
    const eol = draft.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const text = draft.getText();
    const next = addToFrontMatter(text, rel, eol);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(draft.uri, new vscode.Range(draft.positionAt(0), draft.positionAt(text.length)), next);
    if (!await vscode.workspace.applyEdit(edit)) throw new Error(vscode.l10n.t('The draft could not be edited.'));
    return draft.uri;
  }
  const folder = (draft && vscode.workspace.getWorkspaceFolder(draft.uri)) ?? vscode.workspace.getWorkspaceFolder(files[0]) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(vscode.l10n.t('Open a workspace folder to keep a workspace config file.'));
  const cfg = await configFileOf(folder);
  let text: string | undefined;
  try { text = new TextDecoder().decode(await vscode.workspace.fs.readFile(cfg)); } catch { text = undefined; }
  const base = normalizePath(pathOf(folder.uri));
  const next = addToConfig(text, files.map(f => relativePath(base, pathOf(f))));
  await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode(next));
  return cfg;
}

/** Asks where to add sources: the draft's front matter or the workspace config. */
export async function pickTarget(draft: vscode.TextDocument | undefined): Promise<SourceTarget | undefined> {
  const items: Array<vscode.QuickPickItem & { target: SourceTarget }> = [];
  if (draft?.uri.scheme === 'file') {
    items.push({ target: 'frontMatter', label: `$(file) ${vscode.l10n.t('This draft only')}`, description: vscode.l10n.t('front matter "sources:" of {0}', vscode.workspace.asRelativePath(draft.uri)) });
  }
  items.push({ target: 'config', label: `$(settings) ${vscode.l10n.t('The whole workspace')}`, description: vscode.l10n.t('grounded.json (shared with the CLI)') });
  if (items.length === 1) return items[0].target;
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where should Grounded record the source?') }))?.target;
}
