// The checker's owner in the editor: checks a draft on open, on edit (debounced, stale runs dropped) and on save,
// and publishes the findings as diagnostics per file (never touching other files' entries). Checks go through the
// engine's `DraftChecker`: an edit re-checks only the paragraphs it touched (the result equals a full check's, see
// src/core/check/incremental.ts); opening, saving, a change of the sources or of the ignore list check in full.
// The last result per draft is kept for hover cards, quick fixes, the report and the status bar.
import * as vscode from 'vscode';
import { type CheckResult } from '../core/check';
import { DraftChecker } from '../core/check/incremental';
import { readSettings, formatBytes, type Settings } from './config';
import { pathOf, uriOf, type DraftSources, type SourceManager } from './sources';
import type { IgnoreStore } from './ignore';
import type { Finding, Severity } from '../core/types';
import { ruleDocUri } from './ruleDocs';
import { extractedUri, isConvertedPath } from './formats';

export const DIAGNOSTIC_SOURCE = 'Grounded';

export interface DraftState {
  uri: vscode.Uri;
  version: number;
  /** Undefined when the draft was skipped (too large) or has no sources. */
  result?: CheckResult;
  sources: DraftSources;
  /** Set when the draft was not checked, with the reason shown to the user. */
  skipped?: string;
  /** Diagnostic → its finding (for quick fixes and hover). */
  findingOf: Map<vscode.Diagnostic, Finding>;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('grounded');
  private readonly states = new Map<string, DraftState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Run counter per draft: a run that finds a newer counter when it resumes is stale and is dropped. */
  private readonly runs = new Map<string, number>();
  /** Drafts whose next run must be a full check (anything but typing asked for one since the last run). */
  private readonly wantFull = new Set<string>();
  /** Remembers each draft's last result: an edit re-checks only the paragraphs it touched. */
  private readonly checker = new DraftChecker();
  private readonly emitter = new vscode.EventEmitter<DraftState | undefined>();
  /** Fires after a draft was checked (or cleared: undefined). */
  readonly onDidCheck = this.emitter.event;
  private suspendedFlag = false;
  private readonly kept = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly sources: SourceManager, private readonly ignore: IgnoreStore) {
    this.disposables.push(this.collection, this.emitter,
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidDeleteFiles(e => { for (const f of e.files) { this.kept.delete(f.toString()); this.forget(f); } }),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (!e.contentChanges.length) return;
        const s = readSettings(e.document.uri);
        if (s.checkOnType) this.schedule(e.document, s.checkDelay, false);
      }),
      vscode.workspace.onDidSaveTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      sources.onDidChange(e => this.recheckUsing(e.files)),
      ignore.onDidChange(() => this.recheckUsing([])),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  get suspended(): boolean { return this.suspendedFlag; }

  /** Suspends checking (clears every diagnostic) or resumes it (re-checks the open drafts). */
  setSuspended(on: boolean): void {
    this.suspendedFlag = on;
    if (on) {
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
      this.collection.clear();
      this.states.clear();
      this.checker.clear();
      this.emitter.fire(undefined);
    } else {
      this.checkOpenDrafts();
    }
  }

  /** A document this extension checks: a configured language, not a source, a file or an unsaved editor. */
  isDraft(doc: vscode.TextDocument, settings: Settings = readSettings(doc.uri)): boolean {
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return false;
    if (!settings.languages.includes(doc.languageId)) return false;
    return !this.sources.isSource(doc.uri);
  }

  state(uri: vscode.Uri): DraftState | undefined {
    return this.states.get(uri.toString());
  }

  allStates(): DraftState[] {
    return [...this.states.values()];
  }

  /**
   * Checks again after `delay` ms; an edit before then restarts the wait. `full: false` (typing) lets the check
   * re-check only the edited paragraphs.
   */
  schedule(doc: vscode.TextDocument, delay: number, full = true): void {
    if (this.suspendedFlag || !this.isDraft(doc)) return;
    const key = doc.uri.toString();
    if (full) this.wantFull.add(key);
    clearTimeout(this.timers.get(key));
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1); // anything in flight is stale now
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.run(doc); }, delay));
  }

  checkOpenDrafts(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** Checks a draft now and returns its state (undefined when it is not a draft or checking is suspended). */
  async checkNow(doc: vscode.TextDocument): Promise<DraftState | undefined> {
    if (this.suspendedFlag || !this.isDraft(doc)) return undefined;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1);
    this.wantFull.add(key);
    return this.run(doc);
  }

  /** The state for the document's current text, checking it first when the last result is older. */
  async fresh(doc: vscode.TextDocument): Promise<DraftState | undefined> {
    const s = this.states.get(doc.uri.toString());
    if (s && s.version === doc.version) return s;
    return this.checkNow(doc);
  }

  private async run(doc: vscode.TextDocument): Promise<DraftState | undefined> {
    const key = doc.uri.toString();
    const run = this.runs.get(key) ?? 0;
    await this.sources.ready; // the first scan of the settings globs (instant afterwards)
    if (this.runs.get(key) !== run || doc.isClosed || this.suspendedFlag) return this.states.get(key);
    const settings = readSettings(doc.uri);
    const sources = this.sources.resolve(doc);
    const base: Omit<DraftState, 'findingOf'> = { uri: doc.uri, version: doc.version, sources };
    const text = doc.getText();
    let state: DraftState;
    if (text.length > settings.maxFileSize) {
      const skipped = vscode.l10n.t('Grounded skipped this file: it is {0}, over the grounded.maxFileSize limit of {1}.', formatBytes(text.length), formatBytes(settings.maxFileSize));
      state = { ...base, skipped, findingOf: new Map() };
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), skipped, vscode.DiagnosticSeverity.Information);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = 'file-too-large';
      this.collection.set(doc.uri, [d]);
    } else {
      const index = this.sources.indexFor(sources.files);
      for (const f of sources.files) {
        const p = this.sources.problems.get(f);
        if (p) sources.problems.push(`${vscode.workspace.asRelativePath(uriOf(f))}: ${p}`);
      }
      const config = sources.config;
      const full = this.wantFull.delete(key);
      const result = this.checker.check({ file: pathOf(doc.uri), text }, index, {
        strict: settings.strict || (config?.strict ?? false),
        language: config?.language,
        severities: { ...config?.severities, ...settings.severity },
        ignore: this.ignore.entriesFor(doc.uri),
      }, full);
      state = { ...base, result, findingOf: new Map() };
      this.collection.set(doc.uri, result.findings.map(f => {
        const d = this.toDiagnostic(f);
        state.findingOf.set(d, f);
        return d;
      }));
    }
    this.states.set(key, state);
    this.emitter.fire(state);
    return state;
  }

  private toDiagnostic(f: Finding): vscode.Diagnostic {
    const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.code, target: ruleDocUri(f.code) };
    if (f.evidence) {
      const ev = f.evidence;
      const open = vscode.workspace.textDocuments.find(t => t.uri.scheme === 'file' && pathOf(t.uri) === ev.file);
      const entry = this.sources.index.get(ev.file);
      const start = ev.factStart ?? ev.start;
      const end = ev.factEnd ?? ev.end;
      const range = open ? new vscode.Range(open.positionAt(start), open.positionAt(end)) : entry ? rangeIn(entry.text, start, end) : new vscode.Range(ev.line, 0, ev.line, 0);
      // Converted sources (.pdf, .docx, .html): the evidence is in their extracted text, shown read-only.
      const where = isConvertedPath(ev.file) ? extractedUri(ev.file) : uriOf(ev.file);
      d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(where, range),
        vscode.l10n.t('Source: {0}', ev.text.replace(/\s+/g, ' ').trim()))];
    }
    return d;
  }

  /** Keeps a draft's diagnostics after its document closes (drafts checked by "Check All Drafts"). */
  keep(uri: vscode.Uri): void {
    this.kept.add(uri.toString());
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.kept.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.runs.delete(key);
    this.wantFull.delete(key);
    this.checker.forget(pathOf(uri));
    if (this.states.delete(key)) this.emitter.fire(undefined);
    this.collection.delete(uri);
  }

  /** Re-checks the open drafts that use one of these sources (all open drafts when `files` is empty). */
  private recheckUsing(files: string[]): void {
    if (this.suspendedFlag) return;
    const changed = new Set(files);
    for (const doc of vscode.workspace.textDocuments) {
      const s = this.states.get(doc.uri.toString());
      if (!changed.size || !s || s.sources.files.some(f => changed.has(f))) this.schedule(doc, 0);
    }
  }
}

/** Range of [start, end) in a text that is not open in an editor. */
export function rangeIn(text: string, start: number, end: number): vscode.Range {
  const pos = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split(/\r\n|\r|\n/).length - 1;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return new vscode.Position(line, o - lastBreak - 1);
  };
  return new vscode.Range(pos(start), pos(end));
}
