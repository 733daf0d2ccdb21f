// Which sources a draft uses, and keeping them analysed. The order of precedence (shared with the CLI):
//   1. the draft's front matter `sources:` (paths or globs relative to the draft),
//   2. the workspace config file (grounded.json / .groundedrc.json, found walking up from the draft),
//   3. the setting `grounded.sources` (workspace-relative globs).
// Sources live in the engine's SourceIndex (analysed once per text). They are re-indexed when they change on disk
// (file watcher) or in an open editor (debounced), and `onDidChange` tells the checker which files changed.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { decodeText } from '../core/decode';
import { RULE_INFO, SourceIndex } from '../core/check';
import type { IndexedSourceEntry } from '../core/check/sources';
import {
  CONFIG_FILE_NAMES, dirnamePath, expandSources, frontMatterSources, loadConfigFor, normalizePath, type FileAccess, type GroundedConfig,
} from '../core/check/config';
import { parseFrontMatter } from '../core/document';
import { formatBytes, readSettings } from './config';
import { isConvertedPath, loadConvertedSource, refreshExtractedSource } from './formats';

const ruleCodes = () => RULE_INFO.map(r => r.code);

export type SourceOrigin = 'front-matter' | 'config' | 'settings' | 'none';

export interface DraftSources {
  /** Normalised paths ('/' separated) of the sources this draft uses. */
  files: string[];
  origin: SourceOrigin;
  /** The config file that applied (origin 'config'), or that was found. */
  configFile?: string;
  /** The workspace config file's settings (severities, strict, language) when one applies to the draft. */
  config?: GroundedConfig;
  /** Problems: malformed front matter or config, patterns matching nothing, unreadable or skipped sources. */
  problems: string[];
}

/** The '/'-separated path the engine uses for a file URI. */
export const pathOf = (uri: vscode.Uri): string => normalizePath(uri.fsPath);
export const uriOf = (path: string): vscode.Uri => vscode.Uri.file(path);

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', '.vscode-test']);
const MAX_LISTED = 20000;

/** Synchronous file access for the engine's config helpers (sources are local files in the extension host). */
const nodeFiles: FileAccess & { readFile(p: string): string | undefined } = {
  isFile: p => { try { return fs.statSync(p).isFile(); } catch { return false; } },
  readFile: p => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } },
  listFiles: dir => {
    const out: string[] = [];
    const walk = (d: string) => {
      let entries: fs.Dirent[];
      try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        if (out.length >= MAX_LISTED) return;
        if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(`${d}/${e.name}`); } else if (e.isFile()) out.push(`${d}/${e.name}`);
      }
    };
    walk(normalizePath(dir));
    return out;
  },
};

export class SourceManager implements vscode.Disposable {
  readonly index = new SourceIndex();
  private readonly changed = new vscode.EventEmitter<{ files: string[] }>();
  /** Fires after sources were (re-)indexed or removed, or when the set of sources may have changed. */
  readonly onDidChange = this.changed.event;
  /** Files matched by the `grounded.sources` globs, per workspace folder. */
  private settingsFiles = new Map<string, string[]>();
  private settingsScan: Promise<void> | undefined;
  /** Why a source could not be indexed (too large, binary, missing...). */
  readonly problems = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subsets = new Map<string, SourceIndex>();
  /** Converted sources (.html/.docx/.pdf) whose text is being extracted. */
  private readonly converting = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(watcher, this.changed,
      watcher.onDidChange(uri => this.onDiskChange(uri, false)),
      watcher.onDidCreate(uri => this.onDiskChange(uri, true)),
      watcher.onDidDelete(uri => this.onDiskDelete(uri)),
      vscode.workspace.onDidChangeTextDocument(e => this.onEditorChange(e.document)),
      vscode.workspace.onDidCloseTextDocument(doc => {
        // Unsaved edits of a source are gone: go back to the text on disk.
        const p = pathOf(doc.uri);
        if (doc.uri.scheme === 'file' && this.index.has(p)) this.reload([p]);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  /** Finds the files matched by the settings globs (in the background; `ready` resolves when done). */
  rescan(): Promise<void> {
    const scan = (async () => {
      const next = new Map<string, string[]>();
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const files = new Set<string>();
        for (const glob of readSettings(folder.uri).sources) {
          try {
            const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/{node_modules,.git}/**', 5000);
            for (const u of uris) files.add(pathOf(u));
          } catch { /* a malformed glob matches nothing */ }
        }
        next.set(pathOf(folder.uri), [...files].sort());
      }
      this.settingsFiles = next;
    })();
    this.settingsScan = scan;
    return scan.then(() => this.changed.fire({ files: [] }));
  }

  /** Resolves once the first scan of the settings globs is done. */
  get ready(): Promise<void> {
    return this.settingsScan ?? this.rescan();
  }

  /** Every file the settings globs match (all workspace folders). */
  settingsSources(): string[] {
    return [...this.settingsFiles.values()].flat();
  }

  /** True when a file is a source (so it is not checked as a draft, and hovering it shows its facts). */
  isSource(uri: vscode.Uri): boolean {
    const p = pathOf(uri);
    return this.index.has(p) || this.settingsSources().includes(p) || /\.source\.[^/.]+$/i.test(p);
  }

  /** Which sources a draft uses, and why (front matter, config file or settings). Sync: the globs were scanned. */
  resolve(doc: vscode.TextDocument): DraftSources {
    const problems: string[] = [];
    const draft = pathOf(doc.uri);
    const isFile = doc.uri.scheme === 'file';
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const root = folder ? pathOf(folder.uri) : undefined;
    let config: GroundedConfig | undefined;
    let configFile: string | undefined;
    if (isFile) {
      const cfg = loadConfigFor(draft, nodeFiles, root, ruleCodes());
      problems.push(...cfg.errors);
      config = cfg.file ? cfg.config : undefined;
      configFile = cfg.file;
    }
    const finish = (files: string[], origin: SourceOrigin): DraftSources =>
      ({ files: files.filter(f => f !== draft), origin, configFile, config, problems });

    const fm = parseFrontMatter(doc.getText());
    if (fm.error) problems.push(fm.error);
    const fromFm = frontMatterSources(fm.data);
    problems.push(...fromFm.errors);
    if (fromFm.patterns.length && isFile) {
      const ex = expandSources(fromFm.patterns, dirnamePath(draft), nodeFiles);
      for (const u of ex.unmatched) problems.push(vscode.l10n.t('The front matter source "{0}" matches no file.', u));
      return finish(ex.files, 'front-matter');
    }
    if (config && configFile && config.sources.length) {
      const ex = expandSources(config.sources, dirnamePath(configFile), nodeFiles);
      for (const u of ex.unmatched) problems.push(vscode.l10n.t('The source "{0}" in {1} matches no file.', u, configFile));
      return finish(ex.files, 'config');
    }
    const files = root ? this.settingsFiles.get(root) ?? [] : this.settingsSources();
    return finish(files, files.length ? 'settings' : 'none');
  }

  /**
   * Makes sure every file is in the index (reading open editors first, then the disk) and returns the entries
   * that could be read; files that cannot are listed in `problems`.
   */
  load(files: readonly string[]): IndexedSourceEntry[] {
    const out: IndexedSourceEntry[] = [];
    for (const f of files) {
      const e = this.index.get(f) ?? this.read(f);
      if (e) out.push(e);
    }
    return out;
  }

  /** Reads one source into the index; undefined (and a recorded problem) when it cannot be used. */
  private read(file: string): IndexedSourceEntry | undefined {
    if (isConvertedPath(file)) { this.convert(file); return undefined; }
    const max = readSettings(uriOf(file)).maxFileSize;
    const open = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && pathOf(d.uri) === file);
    let text: string;
    if (open) {
      text = open.getText();
      if (text.length > max) return this.problem(file, vscode.l10n.t('skipped: {0} is over the grounded.maxFileSize limit ({1})', formatBytes(text.length), formatBytes(max)));
    } else {
      let bytes: Uint8Array;
      try {
        const st = fs.statSync(file);
        if (!st.isFile()) return this.problem(file, vscode.l10n.t('not a file'));
        if (st.size > max) return this.problem(file, vscode.l10n.t('skipped: {0} is over the grounded.maxFileSize limit ({1})', formatBytes(st.size), formatBytes(max)));
        bytes = fs.readFileSync(file);
      } catch {
        return this.problem(file, vscode.l10n.t('cannot be read'));
      }
      const d = decodeText(bytes, max);
      if (!d.ok) return this.problem(file, d.reason);
      text = d.text;
    }
    this.problems.delete(file);
    try {
      return this.index.update(file, text, open?.version);
    } catch (e) {
      return this.problem(file, vscode.l10n.t('could not be analysed: {0}', (e as Error).message));
    }
  }

  /** Extracts the text of an .html/.docx/.pdf source in the background; indexes it and tells listeners when done. */
  private convert(file: string): void {
    if (this.converting.has(file)) return;
    this.converting.add(file);
    void loadConvertedSource(file).then(r => {
      this.converting.delete(file);
      if ('error' in r) this.problem(file, r.error);
      else {
        this.problems.delete(file);
        try { this.index.update(file, r.text); } catch (e) { this.problem(file, vscode.l10n.t('could not be analysed: {0}', (e as Error).message)); }
        refreshExtractedSource(file);
      }
      this.changed.fire({ files: [file] });
    });
  }

  /** True while converted sources are still being read (their drafts are checked again when they are ready). */
  get busy(): boolean {
    return this.converting.size > 0;
  }

  private problem(file: string, reason: string): undefined {
    this.problems.set(file, reason);
    this.index.remove(file);
    return undefined;
  }

  /**
   * An index holding exactly these sources, sharing the analysed documents of the main index (nothing is
   * analysed twice). Cached per set of files; refreshed when one of them was re-analysed.
   */
  indexFor(files: readonly string[]): SourceIndex {
    const entries = this.load(files);
    const key = entries.map(e => e.file).join('\u0000');
    let sub = this.subsets.get(key);
    if (!sub) {
      if (this.subsets.size > 50) this.subsets.clear();
      sub = new SourceIndex();
      this.subsets.set(key, sub);
    }
    for (const e of entries) {
      const have = sub.get(e.file);
      if (!have || have.document !== e.document) sub.put(e.file, e.document, e.facts, e.version);
    }
    return sub;
  }

  /** Re-reads indexed sources (after a change) and tells listeners. */
  reload(files: string[]): void {
    for (const f of files) { this.index.remove(f); this.read(f); }
    this.changed.fire({ files });
  }

  private onDiskChange(uri: vscode.Uri, created: boolean): void {
    const p = pathOf(uri);
    const name = p.slice(p.lastIndexOf('/') + 1);
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(name)) { this.changed.fire({ files: [] }); return; }
    if (created) { void this.rescan(); return; }
    // Open in an editor: the editor's text wins (it is re-indexed on edit).
    if (this.index.has(p) && !vscode.workspace.textDocuments.some(d => d.uri.scheme === 'file' && pathOf(d.uri) === p && d.isDirty)) {
      this.reload([p]);
    } else if (this.problems.has(p)) {
      this.problems.delete(p);
      this.changed.fire({ files: [p] });
    }
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const p = pathOf(uri);
    const known = this.index.remove(p) || this.problems.delete(p);
    if (this.settingsSources().some(f => f === p || f.startsWith(p + '/'))) void this.rescan();
    else if (known) this.changed.fire({ files: [p] });
  }

  private onEditorChange(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file') return;
    const p = pathOf(doc.uri);
    if (!this.index.has(p)) return;
    clearTimeout(this.pending.get(p));
    this.pending.set(p, setTimeout(() => {
      this.pending.delete(p);
      if (doc.isClosed) return;
      this.index.update(p, doc.getText(), doc.version);
      this.changed.fire({ files: [p] });
    }, readSettings(doc.uri).checkDelay));
  }
}
