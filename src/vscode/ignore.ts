// The workspace ignore file (`.grounded-ignore.json`, found like the CLI finds it), shared with the CLI: read for every
// check, written by the "Ignore this finding" quick fix. The file format and matching are the engine's
// (core/check/suppress); this file only reads, caches and writes it.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  IGNORE_FILE_NAME, addIgnoreEntry, ignoreEntryFor, parseIgnoreFile, removeIgnoreEntry, type IgnoreEntry,
} from '../core/check/suppress';
import type { AnalyzedDocument, Finding } from '../core/types';
import { dirnamePath, normalizePath, relativePath } from '../core/check/config';

export class IgnoreStore implements vscode.Disposable {
  private readonly cache = new Map<string, { mtime: number; entries: IgnoreEntry[]; errors: string[] }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when an ignore file changed (on disk or through this store). */
  readonly onDidChange = this.emitter.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${IGNORE_FILE_NAME}`);
  private readonly disposables: vscode.Disposable[];

  constructor() {
    const changed = () => { this.cache.clear(); this.emitter.fire(); };
    this.disposables = [this.watcher, this.emitter,
      this.watcher.onDidChange(changed), this.watcher.onDidCreate(changed), this.watcher.onDidDelete(changed)];
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }

  /**
   * The ignore file of a draft, as the CLI finds it: the nearest one walking up from the draft's folder to the
   * workspace folder; the workspace folder's (new) one when there is none. Undefined outside a workspace.
   */
  fileFor(draft: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(draft);
    if (!folder || draft.scheme !== 'file') return undefined;
    const root = normalizePath(folder.uri.fsPath);
    for (let dir = dirnamePath(normalizePath(draft.fsPath)); dir.startsWith(root); dir = dirnamePath(dir)) {
      const p = `${dir}/${IGNORE_FILE_NAME}`;
      if (fs.existsSync(p)) return vscode.Uri.file(p);
      if (dir === root || dirnamePath(dir) === dir) break;
    }
    return vscode.Uri.joinPath(folder.uri, IGNORE_FILE_NAME);
  }

  /** The entries that may apply to a draft (the engine matches them on file, code, text and sentence). */
  entriesFor(draft: vscode.Uri): IgnoreEntry[] {
    return this.read(draft).entries;
  }

  /** Problems reading the ignore file (shown with the draft's other problems). */
  errorsFor(draft: vscode.Uri): string[] {
    return this.read(draft).errors;
  }

  private read(draft: vscode.Uri): { entries: IgnoreEntry[]; errors: string[] } {
    const file = this.fileFor(draft);
    if (!file) return { entries: [], errors: [] };
    let mtime = -1;
    try { mtime = fs.statSync(file.fsPath).mtimeMs; } catch { /* no ignore file */ }
    const cached = this.cache.get(file.fsPath);
    if (cached && cached.mtime === mtime) return cached;
    let text = '';
    if (mtime >= 0) { try { text = fs.readFileSync(file.fsPath, 'utf8'); } catch { /* unreadable: empty */ } }
    const { data, errors } = parseIgnoreFile(text);
    const entry = { mtime, entries: data.ignore, errors };
    this.cache.set(file.fsPath, entry);
    return entry;
  }

  /** The ignore-file entry for a finding of a draft (its path relative to the ignore file's folder). */
  entryFor(draft: vscode.Uri, document: AnalyzedDocument, finding: Finding): IgnoreEntry {
    const file = this.fileFor(draft);
    const rel = file ? relativePath(dirnamePath(normalizePath(file.fsPath)), normalizePath(draft.fsPath)) : undefined;
    return ignoreEntryFor(finding, document, rel);
  }

  /** Adds an entry; resolves to an error message when the file cannot be changed (left untouched then). */
  async add(draft: vscode.Uri, entry: IgnoreEntry): Promise<string | undefined> {
    return this.edit(draft, text => addIgnoreEntry(text, entry));
  }

  async remove(draft: vscode.Uri, entry: IgnoreEntry): Promise<string | undefined> {
    return this.edit(draft, text => text === undefined ? { ok: true, text: '' } : removeIgnoreEntry(text, entry));
  }

  private async edit(draft: vscode.Uri, change: (text: string | undefined) => { ok: true; text: string } | { ok: false; error: string }): Promise<string | undefined> {
    const file = this.fileFor(draft);
    if (!file) return vscode.l10n.t('Open a workspace folder to keep an ignore file.');
    let text: string | undefined;
    try { text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file)); } catch { text = undefined; }
    const r = change(text);
    if (!r.ok) return r.error;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(r.text));
    this.cache.clear();
    this.emitter.fire();
    return undefined;
  }
}
