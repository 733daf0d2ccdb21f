// A stand-in for the `vscode` module, so the built extension bundle can be required and activated in plain
// Node (benchmark only: activation cost, and hover/completion through the registered providers).
// `install()` intercepts require('vscode') via Module._resolveFilename. Every register* call is recorded in
// `registry` so the benchmark can call the providers the extension registered. Unknown API members resolve to
// harmless no-ops (a function returning a Disposable), so the stub does not break when the adapter grows.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');

const registry = { hover: [], completion: [], codeAction: [], definition: [], commands: new Map(), diagnostics: [], other: [] };

class Disposable {
  constructor(fn) { this._fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach(i => i && i.dispose && i.dispose())); }
  dispose() { if (this._fn) { this._fn(); this._fn = undefined; } }
}

class Position {
  constructor(line, character) { this.line = line; this.character = character; }
  isBefore(o) { return this.line < o.line || (this.line === o.line && this.character < o.character); }
  isBeforeOrEqual(o) { return this.isBefore(o) || this.isEqual(o); }
  isAfter(o) { return !this.isBeforeOrEqual(o); }
  isAfterOrEqual(o) { return !this.isBefore(o); }
  isEqual(o) { return this.line === o.line && this.character === o.character; }
  compareTo(o) { return this.isBefore(o) ? -1 : this.isEqual(o) ? 0 : 1; }
  translate(a = 0, b = 0) {
    if (typeof a === 'object') return new Position(this.line + (a.lineDelta || 0), this.character + (a.characterDelta || 0));
    return new Position(this.line + a, this.character + b);
  }
  with(a, b) {
    if (a && typeof a === 'object') return new Position(a.line ?? this.line, a.character ?? this.character);
    return new Position(a ?? this.line, b ?? this.character);
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') { this.start = new Position(a, b); this.end = new Position(c, d); } else { this.start = a; this.end = b; }
    if (this.end.isBefore(this.start)) { const t = this.start; this.start = this.end; this.end = t; }
  }
  get isEmpty() { return this.start.isEqual(this.end); }
  get isSingleLine() { return this.start.line === this.end.line; }
  contains(p) {
    if (p instanceof Range) return this.contains(p.start) && this.contains(p.end);
    return !p.isBefore(this.start) && !this.end.isBefore(p);
  }
  intersection(o) {
    const s = this.start.isAfter(o.start) ? this.start : o.start;
    const e = this.end.isBefore(o.end) ? this.end : o.end;
    return s.isAfter(e) ? undefined : new Range(s, e);
  }
  union(o) { return new Range(this.start.isBefore(o.start) ? this.start : o.start, this.end.isAfter(o.end) ? this.end : o.end); }
  isEqual(o) { return this.start.isEqual(o.start) && this.end.isEqual(o.end); }
  with(s, e) { return new Range(s ?? this.start, e ?? this.end); }
}
class Selection extends Range {
  constructor(a, b, c, d) { super(a, b, c, d); this.anchor = this.start; this.active = this.end; }
}

class Uri {
  constructor(scheme, fsPath) { this.scheme = scheme; this.fsPath = fsPath; this.path = fsPath; this.authority = ''; this.query = ''; this.fragment = ''; }
  static file(p) { return new Uri('file', path.resolve(p)); }
  static parse(s) { const m = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(s); return m ? new Uri(m[1], m[2]) : Uri.file(s); }
  static joinPath(base, ...parts) { return new Uri(base.scheme, path.join(base.fsPath, ...parts)); }
  with(c) { return new Uri(c.scheme ?? this.scheme, c.path ?? this.fsPath); }
  toString() { return `${this.scheme}://${this.fsPath}`; }
  toJSON() { return this.toString(); }
}

class MarkdownString {
  constructor(value = '', supportThemeIcons = false) { this.value = value; this.supportThemeIcons = supportThemeIcons; this.isTrusted = false; this.supportHtml = false; }
  appendMarkdown(s) { this.value += s; return this; }
  appendText(s) { this.value += String(s).replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&'); return this; }
  appendCodeblock(s, lang = '') { this.value += `\n\`\`\`${lang}\n${s}\n\`\`\`\n`; return this; }
}

class Hover { constructor(contents, range) { this.contents = Array.isArray(contents) ? contents : [contents]; this.range = range; } }
class CompletionItem { constructor(label, kind) { this.label = label; this.kind = kind; } }
class CompletionList { constructor(items = [], isIncomplete = false) { this.items = items; this.isIncomplete = isIncomplete; } }
class SnippetString {
  constructor(value = '') { this.value = value; }
  appendText(s) { this.value += s; return this; }
  appendPlaceholder(s) { this.value += `\${1:${s}}`; return this; }
}
class Diagnostic { constructor(range, message, severity = 0) { this.range = range; this.message = message; this.severity = severity; } }
class DiagnosticRelatedInformation { constructor(location, message) { this.location = location; this.message = message; } }
class Location { constructor(uri, rangeOrPos) { this.uri = uri; this.range = rangeOrPos; } }
class TextEdit {
  constructor(range, newText) { this.range = range; this.newText = newText; }
  static replace(r, t) { return new TextEdit(r, t); }
  static insert(p, t) { return new TextEdit(new Range(p, p), t); }
  static delete(r) { return new TextEdit(r, ''); }
}
class WorkspaceEdit {
  constructor() { this.edits = []; }
  replace(uri, range, text) { this.edits.push({ uri, range, text }); }
  insert(uri, pos, text) { this.edits.push({ uri, range: new Range(pos, pos), text }); }
  delete(uri, range) { this.edits.push({ uri, range, text: '' }); }
  set(uri, edits) { for (const e of edits) this.edits.push({ uri, range: e.range, text: e.newText }); }
  get size() { return this.edits.length; }
}
class CodeActionKind {
  constructor(value) { this.value = value; }
  append(s) { return new CodeActionKind(this.value ? `${this.value}.${s}` : s); }
  contains(o) { return o.value === this.value || o.value.startsWith(this.value + '.'); }
  intersects(o) { return this.contains(o) || o.contains(this); }
}
for (const [k, v] of Object.entries({ Empty: '', QuickFix: 'quickfix', Refactor: 'refactor', RefactorExtract: 'refactor.extract',
  RefactorInline: 'refactor.inline', RefactorRewrite: 'refactor.rewrite', Source: 'source', SourceOrganizeImports: 'source.organizeImports',
  SourceFixAll: 'source.fixAll' })) CodeActionKind[k] = new CodeActionKind(v);
class CodeAction { constructor(title, kind) { this.title = title; this.kind = kind; } }
class CodeLens { constructor(range, command) { this.range = range; this.command = command; } get isResolved() { return !!this.command; } }
class ThemeColor { constructor(id) { this.id = id; } }
class ThemeIcon { constructor(id, color) { this.id = id; this.color = color; } }
ThemeIcon.File = new ThemeIcon('file');
ThemeIcon.Folder = new ThemeIcon('folder');
class TreeItem { constructor(label, state) { this.label = label; this.collapsibleState = state; } }
class CancellationTokenSource {
  constructor() { this.token = { isCancellationRequested: false, onCancellationRequested: () => new Disposable() }; }
  cancel() { this.token.isCancellationRequested = true; }
  dispose() {}
}
class EventEmitter {
  constructor() { this._l = new Set(); this.event = (fn, thisArg, disposables) => { const f = fn.bind(thisArg); this._l.add(f); const d = new Disposable(() => this._l.delete(f)); if (disposables) disposables.push(d); return d; }; }
  fire(e) { for (const l of this._l) l(e); }
  dispose() { this._l.clear(); }
}
class RelativePattern { constructor(base, pattern) { this.base = base; this.baseUri = typeof base === 'string' ? Uri.file(base) : base.uri ?? base; this.pattern = pattern; } }

const noEvent = () => new Disposable();
/** An object whose unknown members are no-op functions returning a Disposable (or no-op events for on*). */
function lenient(name, known) {
  return new Proxy(known, {
    get(t, p) {
      if (p in t || typeof p === 'symbol') return t[p];
      if (p === 'then') return undefined;
      if (/^on[A-Z]/.test(p)) return noEvent;
      if (/^register/.test(p)) return (...args) => { registry.other.push({ api: `${name}.${p}`, args }); return new Disposable(); };
      return () => new Disposable();
    },
  });
}

function configuration(overrides = {}) {
  return {
    get: (key, def) => (key in overrides ? overrides[key] : def),
    has: key => key in overrides,
    inspect: key => ({ key, defaultValue: undefined, globalValue: overrides[key] }),
    update: async () => {},
  };
}

/** A TextDocument over a string (enough of the API for providers). */
function makeTextDocument(fileName, text, languageId = 'markdown', version = 1) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const positionAt = off => {
    off = Math.max(0, Math.min(off, text.length));
    let lo = 0; let hi = starts.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (starts[m] <= off) lo = m; else hi = m - 1; }
    return new Position(lo, off - starts[lo]);
  };
  const offsetAt = p => Math.min(text.length, (starts[Math.min(p.line, starts.length - 1)] ?? 0) + p.character);
  const lineText = l => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] - 1 : text.length).replace(/\r$/, '');
  return {
    uri: Uri.file(fileName), fileName, languageId, version, isDirty: false, isClosed: false, isUntitled: false, eol: 1,
    lineCount: starts.length, encoding: 'utf8',
    getText: r => (r ? text.slice(offsetAt(r.start), offsetAt(r.end)) : text),
    positionAt, offsetAt,
    lineAt: l => {
      const line = typeof l === 'number' ? l : l.line;
      const t = lineText(line);
      return { lineNumber: line, text: t, range: new Range(line, 0, line, t.length), isEmptyOrWhitespace: !t.trim(),
        firstNonWhitespaceCharacterIndex: t.length - t.trimStart().length, rangeIncludingLineBreak: new Range(line, 0, line + 1, 0) };
    },
    getWordRangeAtPosition: (p, re) => {
      const t = lineText(p.line);
      const rx = new RegExp(re ? re.source : '[\\p{L}\\p{N}_\'’-]+', re ? (re.flags.includes('g') ? re.flags : re.flags + 'g') : 'gu');
      for (const m of t.matchAll(rx)) if (m.index <= p.character && p.character <= m.index + m[0].length) return new Range(p.line, m.index, p.line, m.index + m[0].length);
      return undefined;
    },
    validateRange: r => r, validatePosition: p => p, save: async () => true,
  };
}

const documents = [];
const settings = {};
const onDidChangeTextDocument = new EventEmitter();
const onDidOpenTextDocument = new EventEmitter();
const onDidSaveTextDocument = new EventEmitter();
const onDidCloseTextDocument = new EventEmitter();
const onDidChangeConfiguration = new EventEmitter();
let workspaceRoot = process.cwd();

const diagnosticCollection = name => {
  const map = new Map();
  const c = { name, set: (uri, d) => { if (Array.isArray(uri)) for (const [u, ds] of uri) map.set(String(u), ds); else map.set(String(uri), d || []); },
    delete: uri => map.delete(String(uri)), clear: () => map.clear(), get: uri => map.get(String(uri)), has: uri => map.has(String(uri)),
    forEach: fn => map.forEach((v, k) => fn(Uri.parse(k), v, c)), dispose: () => map.clear(), _map: map };
  registry.diagnostics.push(c);
  return c;
};

const languages = lenient('languages', {
  registerHoverProvider: (selector, provider) => { registry.hover.push({ selector, provider }); return new Disposable(); },
  registerCompletionItemProvider: (selector, provider, ...triggers) => { registry.completion.push({ selector, provider, triggers }); return new Disposable(); },
  registerCodeActionsProvider: (selector, provider, meta) => { registry.codeAction.push({ selector, provider, meta }); return new Disposable(); },
  registerDefinitionProvider: (selector, provider) => { registry.definition.push({ selector, provider }); return new Disposable(); },
  createDiagnosticCollection: diagnosticCollection,
  getDiagnostics: () => [],
  match: () => 10,
  setTextDocumentLanguage: async d => d,
  getLanguages: async () => ['markdown', 'plaintext'],
  onDidChangeDiagnostics: noEvent,
});

const channel = name => ({ name, append() {}, appendLine() {}, replace() {}, clear() {}, show() {}, hide() {}, dispose() {},
  trace() {}, debug() {}, info() {}, warn() {}, error() {}, logLevel: 2, onDidChangeLogLevel: noEvent });
const statusBarItem = () => ({ text: '', tooltip: '', command: undefined, show() {}, hide() {}, dispose() {} });

const window = lenient('window', {
  activeTextEditor: undefined, visibleTextEditors: [], tabGroups: { all: [], onDidChangeTabs: noEvent },
  createOutputChannel: channel, createStatusBarItem: statusBarItem,
  createTextEditorDecorationType: () => ({ key: 'd', dispose() {} }),
  showInformationMessage: async () => undefined, showWarningMessage: async () => undefined, showErrorMessage: async () => undefined,
  showQuickPick: async () => undefined, showInputBox: async () => undefined, showTextDocument: async () => undefined,
  withProgress: async (_o, task) => task({ report() {} }, new CancellationTokenSource().token),
  createWebviewPanel: () => ({ webview: { html: '', onDidReceiveMessage: noEvent, postMessage: async () => true, asWebviewUri: u => u, cspSource: '' }, onDidDispose: noEvent, reveal() {}, dispose() {} }),
  registerTreeDataProvider: () => new Disposable(),
  createTreeView: () => ({ dispose() {}, reveal: async () => {}, onDidChangeSelection: noEvent, onDidChangeVisibility: noEvent }),
});

const workspace = lenient('workspace', {
  get workspaceFolders() { return [{ uri: Uri.file(workspaceRoot), name: path.basename(workspaceRoot), index: 0 }]; },
  get rootPath() { return workspaceRoot; },
  name: 'bench',
  get textDocuments() { return documents; },
  getConfiguration: (section) => configuration(Object.fromEntries(Object.entries(settings)
    .filter(([k]) => !section || k.startsWith(section + '.')).map(([k, v]) => [section ? k.slice(section.length + 1) : k, v]))),
  getWorkspaceFolder: () => ({ uri: Uri.file(workspaceRoot), name: 'bench', index: 0 }),
  asRelativePath: p => path.relative(workspaceRoot, typeof p === 'string' ? p : p.fsPath),
  findFiles: async () => [],
  openTextDocument: async (arg) => {
    const p = typeof arg === 'string' ? arg : arg && arg.fsPath;
    const found = documents.find(d => d.fileName === p);
    if (found) return found;
    const d = makeTextDocument(p || 'untitled', p ? fs.readFileSync(p, 'utf8') : (arg && arg.content) || '');
    return d;
  },
  createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose() {} }),
  onDidChangeTextDocument: onDidChangeTextDocument.event, onDidOpenTextDocument: onDidOpenTextDocument.event,
  onDidSaveTextDocument: onDidSaveTextDocument.event, onDidCloseTextDocument: onDidCloseTextDocument.event,
  onDidChangeConfiguration: onDidChangeConfiguration.event,
  fs: {
    readFile: async u => fs.readFileSync(u.fsPath), writeFile: async (u, b) => fs.writeFileSync(u.fsPath, b),
    stat: async u => { const s = fs.statSync(u.fsPath); return { type: s.isDirectory() ? 2 : 1, size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs }; },
    readDirectory: async u => fs.readdirSync(u.fsPath, { withFileTypes: true }).map(e => [e.name, e.isDirectory() ? 2 : 1]),
  },
  applyEdit: async () => true,
  isTrusted: true,
});

const commands = lenient('commands', {
  registerCommand: (id, fn) => { registry.commands.set(id, fn); return new Disposable(() => registry.commands.delete(id)); },
  registerTextEditorCommand: (id, fn) => { registry.commands.set(id, fn); return new Disposable(() => registry.commands.delete(id)); },
  executeCommand: async (id, ...args) => (registry.commands.has(id) ? registry.commands.get(id)(...args) : undefined),
  getCommands: async () => [...registry.commands.keys()],
});

const env = { language: 'en', appName: 'Visual Studio Code (bench stub)', appRoot: '', uiKind: 1, machineId: 'bench', sessionId: 'bench',
  clipboard: { readText: async () => '', writeText: async () => {} }, openExternal: async () => true, uriScheme: 'vscode' };

const vscode = {
  version: '1.99.0',
  Disposable, Position, Range, Selection, Uri, MarkdownString, Hover, CompletionItem, CompletionList, SnippetString, Diagnostic,
  DiagnosticRelatedInformation, Location, TextEdit, WorkspaceEdit, CodeActionKind, CodeAction, CodeLens, ThemeColor, ThemeIcon, TreeItem,
  CancellationTokenSource, EventEmitter, RelativePattern,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3, 0: 'Error', 1: 'Warning', 2: 'Information', 3: 'Hint' },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  CompletionItemKind: Object.fromEntries(['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module',
    'Property', 'Unit', 'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct',
    'Event', 'Operator', 'TypeParameter', 'User', 'Issue'].map((k, i) => [k, i])),
  CompletionItemTag: { Deprecated: 1 },
  CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
  DecorationRangeBehavior: { OpenOpen: 0, ClosedClosed: 1, OpenClosed: 2, ClosedOpen: 3 },
  EndOfLine: { LF: 1, CRLF: 2 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  ExtensionKind: { UI: 1, Workspace: 2 },
  FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
  TextDocumentChangeReason: { Undo: 1, Redo: 2 },
  CodeActionTriggerKind: { Invoke: 1, Automatic: 2 },
  UIKind: { Desktop: 1, Web: 2 },
  languages, window, workspace, commands, env,
  extensions: lenient('extensions', { getExtension: () => undefined, all: [], onDidChange: noEvent }),
  l10n: { t: (m, ...args) => (typeof m === 'string' ? m.replace(/\{(\d+)\}/g, (_, i) => String(args[i])) : m.message), bundle: undefined, uri: undefined },
};

/** A minimal ExtensionContext. */
function makeContext(extensionPath) {
  const memento = () => { const m = new Map(); return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => { m.set(k, v); }, keys: () => [...m.keys()], setKeysForSync() {} }; };
  const storage = path.join(require('node:os').tmpdir(), 'grounded-bench-storage');
  return {
    subscriptions: [], extensionPath, extensionUri: Uri.file(extensionPath), extensionMode: 1,
    globalState: memento(), workspaceState: memento(),
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: noEvent },
    storageUri: Uri.file(storage), globalStorageUri: Uri.file(storage), logUri: Uri.file(storage),
    storagePath: storage, globalStoragePath: storage, logPath: storage,
    asAbsolutePath: p => path.join(extensionPath, p),
    environmentVariableCollection: lenient('environmentVariableCollection', {}),
    extension: { id: 'grounded.grounded', extensionPath, extensionUri: Uri.file(extensionPath), packageJSON: {}, isActive: true },
    languageModelAccessInformation: { onDidChange: noEvent, canSendRequest: () => undefined },
  };
}

let installed = false;
function install() {
  if (installed) return;
  installed = true;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (request === 'vscode') return 'vscode';
    return resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode, children: [], paths: [] };
}

/** Open a document in the stub workspace (fires onDidOpenTextDocument). */
function openDocument(fileName, text, languageId = 'markdown') {
  const d = makeTextDocument(fileName, text, languageId);
  const i = documents.findIndex(x => x.fileName === fileName);
  if (i >= 0) documents[i] = d; else documents.push(d);
  onDidOpenTextDocument.fire(d);
  return d;
}
/** Replace a document's text (fires onDidChangeTextDocument with one full-range change). */
function changeDocument(fileName, text) {
  const i = documents.findIndex(x => x.fileName === fileName);
  const old = documents[i];
  const d = makeTextDocument(fileName, text, old ? old.languageId : 'markdown', old ? old.version + 1 : 1);
  if (i >= 0) documents[i] = d; else documents.push(d);
  const range = old ? new Range(new Position(0, 0), old.positionAt(old.getText().length)) : new Range(0, 0, 0, 0);
  onDidChangeTextDocument.fire({ document: d, contentChanges: [{ range, rangeOffset: 0, rangeLength: old ? old.getText().length : 0, text }], reason: undefined });
  return d;
}

module.exports = {
  vscode, install, registry, makeContext, makeTextDocument, openDocument, changeDocument, settings,
  setWorkspaceRoot: r => { workspaceRoot = r; },
  cancellationToken: () => new CancellationTokenSource().token,
};
