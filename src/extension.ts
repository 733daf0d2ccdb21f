// Wiring only: build the adapter's parts (src/vscode, one file per provider) on the engine (src/core) and register
// them. Activation stays cheap: the sources are found and analysed after activation, without blocking it.
import * as vscode from 'vscode';
import { readSettings, onSettingsChanged } from './vscode/config';
import { SourceManager } from './vscode/sources';
import { IgnoreStore } from './vscode/ignore';
import { DiagnosticsManager } from './vscode/diagnostics';
import { registerHover } from './vscode/hover';
import { registerCompletion } from './vscode/completion';
import { registerCodeActions } from './vscode/codeActions';
import { Commands } from './vscode/commands';
import { registerFactsView, type FactsView } from './vscode/factsView';
import { ReportPanel } from './vscode/report';
import { StatusBar } from './vscode/status';
import { registerRuleDocs } from './vscode/ruleDocs';
import { EXTRACTED_SCHEME, registerExtractedSourceView } from './vscode/formats';

/** What the extension returns from activate() (used by the integration tests and other extensions). */
export interface GroundedApi {
  sources: SourceManager;
  diagnostics: DiagnosticsManager;
  status: StatusBar;
  ignore: IgnoreStore;
  factsView: FactsView;
  /** Resolves when the first scan of the sources is done. */
  ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): GroundedApi {
  const sources = new SourceManager();
  const ignore = new IgnoreStore();
  const diagnostics = new DiagnosticsManager(sources, ignore);
  const report = new ReportPanel(context.extensionUri);
  const status = new StatusBar(diagnostics);
  const facts = registerFactsView(sources, diagnostics);
  context.subscriptions.push(sources, ignore, diagnostics, report, status, ...facts.disposables, registerRuleDocs(),
    registerExtractedSourceView(file => sources.index.get(file)?.text),
    ...new Commands(sources, diagnostics, ignore, report).register(),
    diagnostics.onDidCheck(s => report.update(s, () => sources.indexFor(s?.sources.files ?? []))));

  // Language features follow the settings (languages, completion trigger): re-registered when they change.
  let features: vscode.Disposable[] = [];
  const registerFeatures = () => {
    for (const d of features) d.dispose();
    const s = readSettings();
    const selector = s.languages.flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
    void vscode.commands.executeCommand('setContext', 'grounded.languages', s.languages);
    features = [
      registerHover([...selector, { scheme: EXTRACTED_SCHEME }], sources, diagnostics), // also the text view of PDF/.docx/HTML sources
      registerCompletion(selector, sources, diagnostics, s.completionTrigger),
      registerCodeActions(selector, diagnostics),
    ];
  };
  registerFeatures();
  context.subscriptions.push({ dispose: () => features.forEach(d => d.dispose()) }, onSettingsChanged(e => {
    if (e.affectsConfiguration('grounded.languages') || e.affectsConfiguration('grounded.completion.trigger')) registerFeatures();
    if (e.affectsConfiguration('grounded.sources')) void sources.rescan();
    else diagnostics.checkOpenDrafts();
  }));
  void vscode.commands.executeCommand('setContext', 'grounded.suspended', false);

  // Index the sources in the background, then check the drafts already open.
  const ready = new Promise<void>(resolve => setTimeout(resolve, 0))
    .then(() => sources.rescan())
    .then(() => diagnostics.checkOpenDrafts());
  return { sources, diagnostics, status, ignore, factsView: facts.view, ready };
}

export function deactivate(): void {}
