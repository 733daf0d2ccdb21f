// Shared helpers for the integration tests: activate the extension, open fixture files, and wait on events
// (diagnostics changes, finished checks) with a time limit, never on fixed sleeps.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { GroundedApi } from '../../src/extension';
import type { DraftState } from '../../src/vscode/diagnostics';

export const EXTENSION_ID = 'grounded.grounded';

let api: GroundedApi | undefined;

export async function activate(): Promise<GroundedApi> {
  if (api) return api;
  const ext = vscode.extensions.getExtension<GroundedApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const a = await ext.activate();
  await a.ready;
  // Warm-up: the engine builds its lexicons on first use (seconds on a busy machine). Check one draft once, so the
  // tests' own time limits measure the extension, not the warm-up.
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'drafts', 'faithful.en.md'));
  await until('the warm-up check', () => a.diagnostics.state(doc.uri)?.result, [a.diagnostics.onDidCheck], 180000);
  api = a;
  return a;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return folder.uri;
}

export const wsUri = (rel: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
export const wsPath = (rel: string): string => path.join(workspaceRoot().fsPath, rel);

/** Resolves when `predicate()` holds, re-testing whenever one of `events` fires; rejects after `ms`. */
export function until<T>(what: string, predicate: () => T | undefined | false, events: vscode.Event<unknown>[], ms = 60000): Promise<T> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (fn: () => void) => { clearTimeout(timer); subs.forEach(s => s.dispose()); fn(); };
    const test = () => {
      let v: T | undefined | false;
      try { v = predicate(); } catch (e) { done(() => reject(e)); return; }
      if (v) done(() => resolve(v as T));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`))), ms);
    for (const e of events) subs.push(e(test));
    test();
  });
}

/** Waits until the draft was checked at its current version; returns that state. */
export async function checked(doc: vscode.TextDocument): Promise<DraftState> {
  const a = await activate();
  return until(`a check of ${path.basename(doc.uri.fsPath)} v${doc.version}`, () => {
    const s = a.diagnostics.state(doc.uri);
    return s && s.version === doc.version ? s : undefined;
  }, [a.diagnostics.onDidCheck]);
}

/** Waits until the diagnostics of a file satisfy `predicate`. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, predicate: (d: vscode.Diagnostic[]) => boolean, ms?: number): Promise<vscode.Diagnostic[]> {
  const now = () => vscode.languages.getDiagnostics(uri).filter(x => x.source === 'Grounded');
  return until(what, () => {
    const d = now();
    return predicate(d) ? d : undefined;
  }, [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>], ms).catch((e: Error) => {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    const st = api?.diagnostics.state(uri);
    throw new Error(`${e.message}; diagnostics now: ${now().map(d => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || 'none'}`
      + `; document v${doc?.version} dirty=${doc?.isDirty}, checked v${st?.version}; text: ${JSON.stringify(doc?.getText().slice(0, 400))}`);
  });
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  await activate();
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  return vscode.window.showTextDocument(doc);
}

/** Position of the `nth` occurrence of `needle` in the document, `delta` characters in. */
export function posOf(doc: vscode.TextDocument, needle: string, delta = 1, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(at + delta);
}

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n---\n');
}

export async function completionItems(doc: vscode.TextDocument, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  // Resolve the first items as VS Code does for the ones it shows (documentation is built on resolve).
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger, 20);
  return list.items;
}

export const labelOf = (i: vscode.CompletionItem): string => typeof i.label === 'string' ? i.label : i.label.label;
export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** Types text at the end of a line (as a user would: one edit). */
export async function typeAt(editor: vscode.TextEditor, pos: vscode.Position, text: string): Promise<vscode.Position> {
  await editor.edit(b => b.insert(pos, text));
  return pos.translate(0, text.length);
}

const scratchFiles: vscode.Uri[] = [];
let scratchCount = 0;

/**
 * A scratch copy of a fixture file (same folder, name "scratch-N-<name>"), for tests that edit files: the fixtures
 * themselves are never modified. `edit` changes the copy's text. Deleted by `closeAll`.
 */
export async function scratch(from: string, edit?: (text: string) => string): Promise<string> {
  const slash = from.lastIndexOf('/');
  const rel = `${from.slice(0, slash + 1)}scratch-${++scratchCount}-${from.slice(slash + 1)}`;
  scratchFiles.push(await copyFixture(from, rel, edit));
  return rel;
}

/** Closes every editor (reverting unsaved changes) and deletes the scratch files. */
export async function closeAll(): Promise<void> {
  for (const d of vscode.workspace.textDocuments) {
    if (!d.isDirty || d.isClosed) continue;
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (d.isDirty && scratchFiles.some(u => u.toString() === d.uri.toString())) await d.save();
    assert.ok(!d.isDirty, `${d.uri.fsPath} is still modified: a test edited a fixture instead of a scratch copy`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const u of scratchFiles.splice(0)) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
}

/** Makes a copy of a fixture file under another name in the workspace (tests that edit files use copies). */
export async function copyFixture(from: string, to: string, edit?: (text: string) => string): Promise<vscode.Uri> {
  const bytes = await vscode.workspace.fs.readFile(wsUri(from));
  const text = new TextDecoder().decode(bytes);
  const target = wsUri(to);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(edit ? edit(text) : text));
  return target;
}
