// The status bar item (sources count and findings count of the active draft; click → the report) and the
// "this draft has no sources" hint, shown once per draft with a button to add one.
import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import type { DiagnosticsManager, DraftState } from './diagnostics';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('grounded.status', vscode.StatusBarAlignment.Right, 100);
  /** Drafts already told that they have no sources (once per session). */
  private readonly told = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsManager) {
    this.item.name = vscode.l10n.t('Grounded');
    this.disposables = [this.item,
      diagnostics.onDidCheck(s => { this.update(); if (s) this.hintNoSources(s); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const item = this.item;
    if (!doc || !this.diagnostics.isDraft(doc)) { item.hide(); return; }
    item.backgroundColor = undefined;
    if (this.diagnostics.suspended) {
      item.text = `$(debug-pause) ${vscode.l10n.t('Grounded: paused')}`;
      item.tooltip = vscode.l10n.t('Checking is suspended. Click to resume.');
      item.command = COMMANDS.resume;
      item.show();
      return;
    }
    const state = this.diagnostics.state(doc.uri);
    if (!state) {
      item.text = `$(sync~spin) ${vscode.l10n.t('Grounded')}`;
      item.tooltip = vscode.l10n.t('Checking…');
      item.command = undefined;
    } else if (state.skipped) {
      item.text = `$(circle-slash) ${vscode.l10n.t('Grounded: skipped')}`;
      item.tooltip = state.skipped;
      item.command = undefined;
    } else if (!state.sources.files.length) {
      item.text = `$(warning) ${vscode.l10n.t('Grounded: no sources')}`;
      item.tooltip = vscode.l10n.t('This draft has no sources, so nothing is checked. Click to add one.');
      item.command = COMMANDS.addSource;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      const n = state.sources.files.length;
      const f = state.result?.findings.length ?? 0;
      item.text = `$(book) ${n === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', n)} · ${f ? '$(warning)' : '$(check)'} ${f === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', f)}`;
      const tip = new vscode.MarkdownString(`**Grounded** — ${vscode.l10n.t('click for the fact check report')}\n\n`);
      for (const p of state.sources.problems) tip.appendText(`⚠ ${p}\n\n`);
      item.tooltip = tip;
      item.command = COMMANDS.openReport;
    }
    item.show();
  }

  /** Says once per draft that it has no sources (non-modal), with a button to add one. */
  private hintNoSources(s: DraftState): void {
    const key = s.uri.toString();
    if (s.skipped || s.sources.files.length || this.told.has(key)) return;
    this.told.add(key);
    const add = vscode.l10n.t('Add Source…');
    const why = s.sources.problems.length ? ` (${s.sources.problems[0]})` : '';
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Grounded: {0} has no sources, so it is not checked{1}. Name them in its front matter ("sources:"), in grounded.json or in the setting grounded.sources.', vscode.workspace.asRelativePath(s.uri), why),
      add,
    ).then(a => { if (a === add) void vscode.commands.executeCommand(COMMANDS.addSource); });
  }

  /** For tests: whether the no-sources hint was shown for a draft. */
  toldNoSources(uri: vscode.Uri): boolean {
    return this.told.has(uri.toString());
  }
}
