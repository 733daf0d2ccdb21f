// VS Code side of sources in other formats (.html, .docx, .pdf) and of "Grounded: Add Source from URL…".
// Self-contained (depends only on the VS Code API and src/node); the extension wires it:
//   1. SourceManager.read(file): when `isConvertedPath(file)`, do not read the editor buffer or decode the bytes;
//      call `loadConvertedSource(file)` (async, cached per file version) and index `result.text` when it resolves
//      (fire onDidChange for the file then); record `result.error` as the file's problem.
//   2. Evidence / "open source" for a converted file: `openExtractedSource(file, start, end, text)` opens a
//      read-only view of the extracted text (the text the offsets point into) with the range selected.
//      Register `registerExtractedSourceView(getText)` once in activate().
//   3. Command grounded.addSourceFromUrl: `addSourceFromUrl(draftUri)` asks for the address, downloads the page with
//      a cancellable progress notification, asks where to save the Markdown and returns the saved file's URI; the
//      caller then adds it like "Add Source…" does (front matter or grounded.json).
//   4. .vscodeignore (allowlist): `!out/pdfjs.mjs` and `!out/pdfjs.LICENSE.txt` (pdf.js, loaded when a PDF is met).
import * as vscode from 'vscode';
import { fetchSource, isConvertedPath, parseUrl, SourceReader, suggestFileName, type ConvertResult } from '../node/sources';

export { isConvertedPath };

export const EXTRACTED_SCHEME = 'grounded-extracted';

const reader = new SourceReader();

/** The extracted text of an .html/.docx/.pdf source (converted once per file version). */
export function loadConvertedSource(file: string, maxBytes?: number): Promise<ConvertResult> {
  return reader.read(file, maxBytes === undefined ? {} : { maxBytes });
}

/** Forget a converted file (on delete; a changed file is noticed by its size and modification time anyway). */
export function forgetConvertedSource(file: string): void {
  reader.forget(file);
}

/** The read-only view's URI for a converted source: shows as "report.pdf (text).md". */
export function extractedUri(file: string): vscode.Uri {
  return vscode.Uri.from({ scheme: EXTRACTED_SCHEME, path: `${file.replace(/\\/g, '/').replace(/^(?!\/)/, '/')} (text).md`, query: encodeURIComponent(file) });
}

/** The source file a read-only view shows. */
export function sourceOfExtractedUri(uri: vscode.Uri): string | undefined {
  return uri.scheme === EXTRACTED_SCHEME ? decodeURIComponent(uri.query) : undefined;
}

class ExtractedSourceView implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  constructor(private readonly getText: (file: string) => string | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = sourceOfExtractedUri(uri);
    if (!file) return '';
    // The indexed text, so offsets of facts and evidence match exactly; else convert now.
    const indexed = this.getText(file);
    if (indexed !== undefined) return indexed;
    const r = await loadConvertedSource(file);
    return 'error' in r ? vscode.l10n.t('Grounded could not read {0}: {1}', file, r.error) : r.text;
  }

  refresh(file: string): void {
    this.changed.fire(extractedUri(file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

let view: ExtractedSourceView | undefined;

/**
 * Registers the read-only view of extracted text. `getText(file)` gives the text the source index holds for a
 * file (undefined when not indexed). Call `refreshExtractedSource(file)` after re-indexing a converted source.
 */
export function registerExtractedSourceView(getText: (file: string) => string | undefined): vscode.Disposable {
  view = new ExtractedSourceView(getText);
  const reg = vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, view);
  const v = view;
  return new vscode.Disposable(() => { reg.dispose(); v.dispose(); if (view === v) view = undefined; });
}

export function refreshExtractedSource(file: string): void {
  view?.refresh(file);
}

/** Opens the extracted text of a converted source, read-only, with [start, end) selected and revealed. */
export async function openExtractedSource(file: string, start: number, end: number): Promise<vscode.TextEditor> {
  let doc = await vscode.workspace.openTextDocument(extractedUri(file));
  if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

/**
 * "Grounded: Add Source from URL…": the only network access Grounded makes. Returns the saved Markdown file, or
 * undefined when the user cancelled or the page could not be read (the reason is shown). `address` skips the prompt;
 * `target` skips the save dialog (both for tests and scripted use).
 */
export async function addSourceFromUrl(draft?: vscode.Uri, address?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (address === undefined) {
    let guess = '';
    try { const c = (await vscode.env.clipboard.readText()).trim(); if (/^https?:\/\/\S+$/i.test(c)) guess = c; } catch { /* no clipboard */ }
    address = await vscode.window.showInputBox({
      title: vscode.l10n.t('Grounded: Add Source from URL'),
      prompt: vscode.l10n.t('Address of the article: Grounded downloads it once and saves its text as a Markdown source'),
      placeHolder: 'https://…',
      value: guess,
      ignoreFocusOut: true,
      validateInput: v => { const u = parseUrl(v); return v.trim() && 'error' in u ? u.error : undefined; },
    });
    if (!address?.trim()) return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Grounded: downloading {0}', address), cancellable: true },
    (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return fetchSource(address!, { signal: controller.signal });
    });
  if ('error' in result) {
    if (!/cancelled/.test(result.error)) void vscode.window.showErrorMessage(vscode.l10n.t('Grounded could not add {0}: {1}', address, result.error));
    return undefined;
  }
  for (const w of result.source.warnings) void vscode.window.showWarningMessage(`Grounded: ${w}`);
  if (!target) {
    const folder = (draft && vscode.workspace.getWorkspaceFolder(draft)) ?? vscode.workspace.workspaceFolders?.[0];
    const base = folder ? (await exists(vscode.Uri.joinPath(folder.uri, 'sources')) ? vscode.Uri.joinPath(folder.uri, 'sources') : folder.uri) : undefined;
    const name = suggestFileName(result.source.title, result.page.url);
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save the article as a source'),
      defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
      filters: { Markdown: ['md'] },
    });
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  return target;
}
