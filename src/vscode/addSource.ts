// "Grounded: Add Source…" and "Grounded: Use Active File as Source": add files to the draft's front matter
// `sources:` or to the workspace config file (grounded.json, shared with the CLI), as the user chooses.
import * as vscode from 'vscode';
import { addToConfig, addToFrontMatter, EditError } from './edits';
import { CONFIG_FILE_NAMES, dirnamePath, normalizePath, relativePath } from '../core/check/config';
import { pathOf } from './sources';

export type SourceTarget = 'frontMatter' | 'config';

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
    const next = localized(() => addToFrontMatter(text, rel, eol));
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
  const next = localized(() => addToConfig(text, files.map(f => relativePath(base, pathOf(f)))));
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

/** Runs an edit, turning its errors into localised messages. */
function localized<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof EditError) {
      throw new Error(e.reason === 'bad-front-matter'
        ? vscode.l10n.t('The front matter is not valid YAML: {0}', e.message)
        : vscode.l10n.t('The config file is not valid JSON ({0}); fix it first.', e.message));
    }
    throw e;
  }
}
