// The "Source Facts" tree (Explorer): source → kind → fact. It shows the sources of the active draft (or every
// known source when no draft is active); clicking a fact reveals it in its source.
import * as vscode from 'vscode';
import type { Fact, FactKind } from '../core/types';
import type { IndexedSourceEntry } from '../core/check/sources';
import { FACT_KINDS } from '../core/types';
import { COMMANDS } from './commandIds';
import type { DiagnosticsManager } from './diagnostics';
import { uriOf, type SourceManager } from './sources';
import { factValue, kindIcon, kindLabel } from './present';

type Node =
  | { type: 'source'; entry: IndexedSourceEntry }
  | { type: 'problem'; file: string; reason: string }
  | { type: 'kind'; entry: IndexedSourceEntry; kind: FactKind; facts: Fact[] }
  | { type: 'fact'; entry: IndexedSourceEntry; fact: Fact };

export class FactsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly sources: SourceManager, private readonly diagnostics: DiagnosticsManager) {
    const refresh = () => this.refresh();
    this.disposables = [this.emitter, sources.onDidChange(refresh), vscode.window.onDidChangeActiveTextEditor(refresh), diagnostics.onDidCheck(refresh)];
  }

  dispose(): void { clearTimeout(this.timer); for (const d of this.disposables) d.dispose(); }

  /** Refreshes soon (several events in a row make one refresh). */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emitter.fire(undefined), 100);
  }

  /** The files shown: the active draft's sources, or every source known so far. */
  files(): string[] {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.diagnostics.isDraft(doc)) {
      const s = this.diagnostics.state(doc.uri);
      return s ? s.sources.files : this.sources.resolve(doc).files;
    }
    return [...new Set([...this.sources.index.list().map(e => e.file), ...this.sources.settingsSources()])];
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      await this.sources.ready;
      const files = this.files();
      const entries = this.sources.load(files);
      const problems: Node[] = files.filter(f => this.sources.problems.has(f)).map(f => ({ type: 'problem', file: f, reason: this.sources.problems.get(f)! }));
      return [...entries.map(entry => ({ type: 'source' as const, entry })), ...problems];
    }
    if (node.type === 'source') {
      const byKind = new Map<FactKind, Fact[]>();
      for (const f of node.entry.facts) {
        const l = byKind.get(f.kind);
        if (l) l.push(f); else byKind.set(f.kind, [f]);
      }
      return FACT_KINDS.filter(k => byKind.has(k)).map(kind => ({ type: 'kind', entry: node.entry, kind, facts: byKind.get(kind)! }));
    }
    if (node.type === 'kind') return node.facts.map(fact => ({ type: 'fact', entry: node.entry, fact }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'source': {
        const item = new vscode.TreeItem(uriOf(node.entry.file), vscode.TreeItemCollapsibleState.Expanded);
        item.description = vscode.l10n.t('{0} facts', node.entry.facts.length);
        item.contextValue = 'source';
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(uriOf(node.file), vscode.TreeItemCollapsibleState.None);
        item.description = node.reason;
        item.iconPath = new vscode.ThemeIcon('warning');
        item.tooltip = node.reason;
        return item;
      }
      case 'kind': {
        const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.facts.length);
        item.iconPath = new vscode.ThemeIcon(kindIcon(node.kind));
        item.id = `${node.entry.file}#${node.kind}`;
        return item;
      }
      case 'fact': {
        const f = node.fact;
        const label = f.kind === 'person' || f.kind === 'organization' || f.kind === 'place' ? f.canonical ?? f.text : f.text;
        const item = new vscode.TreeItem(label.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        item.description = factValue(f) || (label !== f.text ? f.text : undefined);
        item.tooltip = new vscode.MarkdownString().appendText(node.entry.text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' '));
        item.command = { command: COMMANDS.openSource, title: vscode.l10n.t('Reveal in source'), arguments: [{ file: node.entry.file, start: f.start, end: f.end }] };
        item.id = `${node.entry.file}#${f.kind}#${f.start}-${f.end}`;
        return item;
      }
    }
  }
}

export function registerFactsView(sources: SourceManager, diagnostics: DiagnosticsManager): { view: FactsView; disposables: vscode.Disposable[] } {
  const view = new FactsView(sources, diagnostics);
  const tree = vscode.window.createTreeView('grounded.sourceFacts', { treeDataProvider: view, showCollapseAll: true });
  return { view, disposables: [view, tree, vscode.commands.registerCommand(COMMANDS.refreshFacts, () => view.refresh())] };
}
