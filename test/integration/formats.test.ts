// Sources in other formats inside real VS Code: the read-only view of a PDF source's extracted text opens at the
// evidence, and "Add Source from URL" saves a page served by a local server (127.0.0.1 only).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createServer, type Server } from 'http';
import { readFileSync, mkdtempSync, rmSync, mkdirSync, copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';
import { addSourceFromUrl, EXTRACTED_SCHEME, loadConvertedSource, openExtractedSource, registerExtractedSourceView, sourceOfExtractedUri } from '../../src/vscode/formats';

const fixtures = join(__dirname, '../../../test/fixtures/formats');

suite('formats (VS Code)', function () {
  this.timeout(120000); // the first PDF loads pdf.js (1.6 MB) in the extension host: slow on a busy machine
  const texts = new Map<string, string>();
  let registration: vscode.Disposable;
  suiteSetup(() => { registration = registerExtractedSourceView(f => texts.get(f)); });
  suiteTeardown(() => registration.dispose());

  test('evidence in a PDF source opens read-only extracted text at the fact', async () => {
    const file = join(fixtures, 'report.pdf');
    const r = await loadConvertedSource(file);
    assert.ok(!('error' in r), JSON.stringify(r));
    texts.set(file, r.text);
    const start = r.text.indexOf('2,9 mln zł');
    assert.ok(start > 0);
    const editor = await openExtractedSource(file, start, start + '2,9 mln zł'.length);
    assert.strictEqual(editor.document.uri.scheme, EXTRACTED_SCHEME);
    assert.strictEqual(sourceOfExtractedUri(editor.document.uri), file);
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.strictEqual(editor.document.getText(editor.selection), '2,9 mln zł');
    const line = editor.document.lineAt(editor.selection.start.line).text;
    assert.match(line, /^Przychody fundacji wyniosły 3,2 mln zł/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a .docx source opens as extracted text too', async () => {
    const file = join(fixtures, 'press-release.docx');
    const editor = await openExtractedSource(file, 0, 0); // not indexed: converted on demand
    assert.match(editor.document.getText(), /# Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Add Source from URL saves the article from a local server as Markdown', async () => {
    const page = readFileSync(join(fixtures, 'news-pl.html'));
    const server: Server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const tmp = mkdtempSync(join(tmpdir(), 'grounded-url-'));
    try {
      const port = (server.address() as { port: number }).port;
      const target = vscode.Uri.file(join(tmp, 'budzet.md'));
      const saved = await addSourceFromUrl(undefined, `http://127.0.0.1:${port}/krakow/budzet`, target);
      assert.strictEqual(saved?.fsPath, target.fsPath);
      const text = readFileSync(target.fsPath, 'utf8');
      assert.match(text, new RegExp(`^---\\ntitle: Radni przyjęli budżet[\\s\\S]*url: http://127\\.0\\.0\\.1:${port}/krakow/budzet\\n`));
      assert.match(text, /Za uchwałą budżetową głosowało 26 radnych/);
      assert.ok(!text.includes('Marek_K'));
    } finally {
      server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// With the extension: a draft whose front matter names a PDF source. The hover on a contradicted amount links to the
// evidence; following the link opens the PDF's extracted text, read-only, with the source's amount selected.
suite('formats: PDF source in the extension', function () {
  this.timeout(180000);
  let dir: string;
  suiteSetup(() => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(root, 'no workspace folder');
    dir = join(root, 'formats-pdf');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(fixtures, 'report.pdf'), join(dir, 'raport.pdf'));
    writeFileSync(join(dir, 'notatka.md'), '---\nsources: [raport.pdf]\n---\n\nPrzychody fundacji wyniosły 3,5 mln zł, w tym 1,1 mln zł z darowizn indywidualnych i 1,8 mln zł z dotacji.\n');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  test('hover on a fact checked against a PDF source opens its evidence in the extracted text', async function () {
    const ext = vscode.extensions.getExtension('grounded.grounded');
    assert.ok(ext);
    // Until the extension wires converted sources (it contributes grounded.addSourceFromUrl then), there is nothing to test.
    const commands = (ext.packageJSON?.contributes?.commands ?? []) as Array<{ command: string }>;
    if (!commands.some(c => c.command === 'grounded.addSourceFromUrl')) this.skip();
    await ext.activate();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, 'notatka.md')));
    await vscode.window.showTextDocument(doc);
    // The PDF is converted in the background; the draft is re-checked when it is ready.
    const deadline = Date.now() + 150000;
    let diag: vscode.Diagnostic | undefined;
    while (!diag && Date.now() < deadline) {
      diag = vscode.languages.getDiagnostics(doc.uri).find(d => d.source === 'Grounded' && doc.getText(d.range) === '3,5 mln zł' && d.severity === vscode.DiagnosticSeverity.Error);
      if (!diag) await new Promise(r => setTimeout(r, 250));
    }
    assert.ok(diag, `no contradiction on "3,5 mln zł"; diagnostics: ${vscode.languages.getDiagnostics(doc.uri).map(d => d.message).join(' | ')}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, diag.range.start.translate(0, 1));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    const link = /\(command:grounded\.openSource\?([^)]+)\)/.exec(text);
    assert.ok(link, `no evidence link in the hover: ${text}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as Array<{ file: string; start: number; end: number }>;
    assert.match(args[0].file, /raport\.pdf$/);
    await vscode.commands.executeCommand('grounded.openSource', ...args);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.scheme, EXTRACTED_SCHEME);
    assert.strictEqual(editor.document.getText(editor.selection), '3,2 mln zł');
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^Przychody fundacji wyniosły 3,2 mln zł/);
    // Hovering a fact in the extracted text shows its card, as in any source file.
    const card = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.start.translate(0, 1));
    const cardText = card.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(cardText, /\*\*Amount of money\*\* · 3,2 mln zł/, cardText);
    assert.match(cardText, /raport\.pdf:\d+/, cardText);
  });
});
