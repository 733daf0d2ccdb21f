// The palette commands (category "Grounded") and the internal ones behind quick fixes, links and the tree.
// Commands that show a picker also take an argument (for keybindings and scripts), e.g.
//   grounded.insertFact { "value": "Zieliński" },  grounded.addSource { "files": [uri], "target": "config" }.
import * as vscode from 'vscode';
import type { FactKind } from '../core/types';
import { detectLanguage } from '../core/language';
import { COMMANDS } from './commandIds';
import type { DiagnosticsManager, DraftState } from './diagnostics';
import { pathOf, uriOf, type SourceManager } from './sources';
import type { IgnoreStore } from './ignore';
import type { IgnoreEntry } from '../core/check/suppress';
import { candidates, insertText, type FactCandidate } from './completion';
import { kindIcon, kindLabel } from './present';
import { addSources, pickTarget, type SourceTarget } from './addSource';
import type { ReportPanel } from './report';
import { readSettings } from './config';
import { addSourceFromUrl, isConvertedPath, openExtractedSource } from './formats';

export interface FactPickArgs { value?: string; kind?: FactKind; action?: 'insert' | 'open' }
export interface AddSourceArgs { files?: vscode.Uri[]; target?: SourceTarget }
export interface AddUrlArgs { address?: string; saveAs?: vscode.Uri; target?: SourceTarget }

const EXTENSIONS: Record<string, string[]> = {
  markdown: ['md', 'markdown', 'mdx'], plaintext: ['txt', 'text'], latex: ['tex'], asciidoc: ['adoc', 'asciidoc'], restructuredtext: ['rst'],
};

export class Commands {
  /** Drafts the user worked on, most recent first (for commands run from a source or the palette). */
  private recentDrafts: vscode.Uri[] = [];

  constructor(
    private readonly sources: SourceManager,
    private readonly diagnostics: DiagnosticsManager,
    private readonly ignore: IgnoreStore,
    private readonly report: ReportPanel,
  ) {}

  register(): vscode.Disposable[] {
    const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, async (...args: any[]) => {
      try {
        return await fn(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Grounded: {0}', (e as Error).message));
        return undefined;
      }
    });
    const track = (e: vscode.TextEditor | undefined) => {
      if (!e || !this.diagnostics.isDraft(e.document)) return;
      const key = e.document.uri.toString();
      this.recentDrafts = [e.document.uri, ...this.recentDrafts.filter(u => u.toString() !== key)].slice(0, 20);
    };
    track(vscode.window.activeTextEditor);
    return [
      vscode.window.onDidChangeActiveTextEditor(track),
      reg(COMMANDS.checkDraft, () => this.checkDraft()),
      reg(COMMANDS.checkAll, () => this.checkAll()),
      reg(COMMANDS.showFacts, (a?: FactPickArgs) => this.showFacts(a)),
      reg(COMMANDS.insertFact, (a?: FactPickArgs) => this.insertFact(a)),
      reg(COMMANDS.openReport, (uri?: vscode.Uri) => this.openReport(uri)),
      reg(COMMANDS.suspend, () => this.setSuspended(true)),
      reg(COMMANDS.resume, () => this.setSuspended(false)),
      reg(COMMANDS.addSource, (a?: AddSourceArgs) => this.addSource(a)),
      reg(COMMANDS.useActiveAsSource, (a?: AddSourceArgs) => this.useActiveAsSource(a)),
      reg(COMMANDS.addSourceFromUrl, (a?: AddUrlArgs) => this.addSourceFromUrl(a)),
      reg(COMMANDS.openSource, (a: { file: string; start: number; end: number }) => openSource(a)),
      reg(COMMANDS.ignoreFinding, (uri: vscode.Uri, code: string, start: number, found: string) => this.ignoreFinding(uri, code, start, found)),
      reg(COMMANDS.unignoreFinding, (uri: vscode.Uri, entry: IgnoreEntry) => this.ignore.remove(uri, entry)),
    ];
  }

  /** The draft in the active editor, or the last one the user worked on if it is still open. */
  private async activeDraft(): Promise<vscode.TextDocument | undefined> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.diagnostics.isDraft(doc)) return doc;
    return this.recentOpenDraft();
  }

  /** The most recent draft still open, other than `except`. */
  private recentOpenDraft(except?: vscode.Uri): vscode.TextDocument | undefined {
    for (const u of this.recentDrafts) {
      if (u.toString() === except?.toString()) continue;
      const d = vscode.workspace.textDocuments.find(x => x.uri.toString() === u.toString());
      if (d && !d.isClosed) return d;
    }
    return undefined;
  }

  private async checkDraft(): Promise<DraftState | undefined> {
    const doc = await this.activeDraft();
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: open a draft (Markdown or plain text) to check it.'));
      return undefined;
    }
    if (this.diagnostics.suspended) this.setSuspended(false);
    const state = await this.diagnostics.checkNow(doc);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return state;
  }

  /** Checks every draft of the workspace (files of the configured languages that are not sources). */
  private async checkAll(): Promise<{ drafts: number; findings: number }> {
    if (this.diagnostics.suspended) this.setSuspended(false);
    const exts = [...new Set(readSettings().languages.flatMap(l => EXTENSIONS[l] ?? []))];
    if (!exts.length) return { drafts: 0, findings: 0 };
    const uris = await vscode.workspace.findFiles(`**/*.{${exts.join(',')}}`, '**/{node_modules,.git,out}/**', 2000);
    let drafts = 0;
    let findings = 0;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Grounded: checking drafts'), cancellable: true }, async (progress, token) => {
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        if (this.sources.isSource(uri)) continue;
        const doc = await vscode.workspace.openTextDocument(uri);
        if (!this.diagnostics.isDraft(doc)) continue;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
        this.diagnostics.keep(uri);
        const state = await this.diagnostics.checkNow(doc);
        if (!state) continue;
        drafts++;
        findings += state.result?.findings.length ?? 0;
      }
    });
    void vscode.window.showInformationMessage(vscode.l10n.t('Grounded checked {0} draft(s): {1} finding(s).', drafts, findings));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return { drafts, findings };
  }

  private async draftCandidates(): Promise<{ doc?: vscode.TextDocument; list: FactCandidate[] }> {
    await this.sources.ready;
    const doc = await this.activeDraft();
    const files = doc ? this.sources.resolve(doc).files : [...new Set([...this.sources.settingsSources(), ...this.sources.index.list().map(e => e.file)])];
    const list = candidates(this.sources.indexFor(files)).list.filter(c => c.base);
    return { doc, list };
  }

  /** QuickPick of the source facts by kind; accept → insert into the draft (or open the source); the button opens the source. */
  private async showFacts(args?: FactPickArgs): Promise<FactCandidate | undefined> {
    const { doc, list } = await this.draftCandidates();
    if (!list.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: no source facts yet. Add a source first.'));
      return undefined;
    }
    const pick = args ? pickByArgs(list, args) : await pickFact(list, vscode.l10n.t('Source facts by kind: Enter inserts into the draft, the button opens the source'), true);
    if (!pick) return undefined;
    const action = args?.action ?? (pick.open || !doc ? 'open' : 'insert');
    if (action === 'insert' && doc) await insertInto(doc, pick.candidate);
    else await openSource({ file: pick.candidate.entry.file, start: pick.candidate.fact.start, end: pick.candidate.fact.end });
    return pick.candidate;
  }

  private async insertFact(args?: FactPickArgs): Promise<FactCandidate | undefined> {
    const { doc, list } = await this.draftCandidates();
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: open a draft to insert a fact.'));
      return undefined;
    }
    const pick = args ? pickByArgs(list, args) : await pickFact(list, vscode.l10n.t('Type to find a source fact to insert'), false);
    if (!pick) return undefined;
    await insertInto(doc, pick.candidate);
    return pick.candidate;
  }

  private async openReport(uri?: vscode.Uri): Promise<string | undefined> {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : await this.activeDraft();
    if (!doc || !this.diagnostics.isDraft(doc)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: open a draft to see its fact check report.'));
      return undefined;
    }
    const state = await this.diagnostics.fresh(doc);
    if (!state) return undefined;
    return this.report.show(doc, state, this.sources.indexFor(state.sources.files));
  }

  private setSuspended(on: boolean): boolean {
    this.diagnostics.setSuspended(on);
    void vscode.commands.executeCommand('setContext', 'grounded.suspended', on);
    return on;
  }

  private async addSource(args?: AddSourceArgs): Promise<vscode.Uri | undefined> {
    const draft = await this.activeDraft();
    const files = args?.files ?? await vscode.window.showOpenDialog({
      canSelectMany: true, openLabel: vscode.l10n.t('Add as source'), filters: { [vscode.l10n.t('Text')]: ['md', 'markdown', 'txt'] },
      defaultUri: draft && vscode.workspace.getWorkspaceFolder(draft.uri)?.uri,
    });
    if (!files?.length) return undefined;
    const target = args?.target ?? await pickTarget(draft);
    if (!target) return undefined;
    const changed = await addSources(files, target, draft);
    void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: added {0} source(s) to {1}.', files.length, vscode.workspace.asRelativePath(changed)));
    return changed;
  }

  /** Downloads a web page once, saves its text as a Markdown source, and adds it like "Add Source…". */
  private async addSourceFromUrl(args?: AddUrlArgs): Promise<vscode.Uri | undefined> {
    const draft = await this.activeDraft();
    const saved = await addSourceFromUrl(draft?.uri, args?.address, args?.saveAs);
    if (!saved) return undefined;
    return this.addSource({ files: [saved], target: args?.target });
  }

  private async useActiveAsSource(args?: AddSourceArgs): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (!active || active.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: open the file to use as a source first (it must be saved).'));
      return undefined;
    }
    const draft = this.recentOpenDraft(active.uri);
    const target = args?.target ?? await pickTarget(draft);
    if (!target) return undefined;
    const changed = await addSources([active.uri], target, draft);
    this.sources.load([pathOf(active.uri)]);
    void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: {0} is now a source ({1}).', vscode.workspace.asRelativePath(active.uri), vscode.workspace.asRelativePath(changed)));
    return changed;
  }

  private async ignoreFinding(uri: vscode.Uri, code: string, start: number, found: string): Promise<IgnoreEntry | undefined> {
    const state = this.diagnostics.state(uri);
    const finding = state?.result?.findings.find(f => f.code === code && f.start === start && f.found === found);
    if (!state?.result || !finding) return undefined;
    const entry = this.ignore.entryFor(uri, state.result.document, finding);
    const error = await this.ignore.add(uri, entry);
    if (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Grounded could not ignore the finding: {0}', error));
      return undefined;
    }
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(vscode.l10n.t('Grounded: finding ignored (kept in .grounded-ignore.json).'), undo)
      .then(a => { if (a === undo) void this.ignore.remove(uri, entry); });
    return entry;
  }
}

interface Picked { candidate: FactCandidate; open: boolean }

function pickByArgs(list: FactCandidate[], a: FactPickArgs): Picked | undefined {
  const v = a.value?.toLocaleLowerCase();
  const c = list.find(x => (!a.kind || x.kind === a.kind) && (!v || x.label.toLocaleLowerCase() === v))
    ?? list.find(x => (!a.kind || x.kind === a.kind) && (!v || x.label.toLocaleLowerCase().includes(v)));
  return c && { candidate: c, open: a.action === 'open' };
}

/** A QuickPick of facts grouped by kind (separators), with an "open source" button on each item. */
function pickFact(list: FactCandidate[], placeholder: string, openButton: boolean): Promise<Picked | undefined> {
  type Item = vscode.QuickPickItem & { candidate?: FactCandidate };
  const items: Item[] = [];
  let kind: FactKind | undefined;
  for (const c of list) {
    if (c.kind !== kind) {
      kind = c.kind;
      items.push({ label: kindLabel(kind), kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({
      label: `$(${kindIcon(c.kind)}) ${c.label}`, description: c.detail && c.detail !== c.label ? c.detail : undefined,
      detail: c.entry.document.text.slice(c.fact.sentence.start, c.fact.sentence.end).replace(/\s+/g, ' '),
      candidate: c,
      buttons: openButton ? [{ iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: vscode.l10n.t('Open in source') }] : undefined,
    });
  }
  const qp = vscode.window.createQuickPick<Item>();
  qp.items = items;
  qp.placeholder = placeholder;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  return new Promise(resolve => {
    let done = false;
    const finish = (p: Picked | undefined) => { if (!done) { done = true; resolve(p); qp.dispose(); } };
    qp.onDidAccept(() => { const c = qp.selectedItems[0]?.candidate; finish(c && { candidate: c, open: false }); });
    qp.onDidTriggerItemButton(e => { if (e.item.candidate) finish({ candidate: e.item.candidate, open: true }); });
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** Inserts a fact at the draft's cursor (quotes in the draft language's quotation marks). */
async function insertInto(doc: vscode.TextDocument, c: FactCandidate): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  const text = insertText(c, detectLanguage(doc.getText()));
  await editor.edit(b => { for (const sel of editor.selections) b.replace(sel, text); });
}

/** Opens a file with [start, end) selected and centred (converted sources: their extracted text, read-only). */
export async function openSource(a: { file: string; start: number; end: number }): Promise<vscode.TextEditor> {
  if (isConvertedPath(a.file)) return openExtractedSource(a.file, a.start, a.end);
  const doc = await vscode.workspace.openTextDocument(uriOf(a.file));
  const range = new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end));
  return vscode.window.showTextDocument(doc, { selection: range, preview: true });
}
