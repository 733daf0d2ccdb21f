import * as assert from 'assert';
import * as vscode from 'vscode';
import { RULE_INFO } from '../../src/core/check';
import { activate, checked, closeAll, codeOf, diagnosticsWhere, open, posOf, scratch, until, wsUri } from './helper';

const names = (files: string[]) => files.map(f => f.slice(f.lastIndexOf('/') + 1)).sort();

suite('sources', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('front matter names the draft\'s sources', async () => {
    const ed = await open('drafts/harbour.en.md');
    const s = await checked(ed.document);
    assert.strictEqual(s.sources.origin, 'front-matter');
    assert.deepStrictEqual(names(s.sources.files), ['harbour.en.md']);
  });

  test('without front matter, the setting grounded.sources applies', async () => {
    const ed = await open('drafts/notes.md');
    const s = await checked(ed.document);
    assert.strictEqual(s.sources.origin, 'settings');
    assert.deepStrictEqual(names(s.sources.files), ['harbour.en.md', 'szpitale.pl.txt']);
  });

  test('a front matter source that does not exist is reported', async () => {
    const uri = wsUri('drafts/missing-source.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nsources: [../sources/nope.txt, ../sources/harbour.en.md]\n---\n\nText.\n'));
    try {
      const ed = await open('drafts/missing-source.md');
      const s = await checked(ed.document);
      assert.deepStrictEqual(names(s.sources.files), ['harbour.en.md']);
      assert.ok(s.sources.problems.some(p => p.includes('nope.txt')), s.sources.problems.join('; '));
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('a draft with no sources says so (status bar + one hint), and is not checked', async () => {
    const api = await activate();
    const cfg = vscode.workspace.getConfiguration('grounded');
    await cfg.update('sources', ['no-such-folder/**/*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      const ed = await open('drafts/notes.md');
      const s = await until('notes.md without sources', () => {
        const st = api.diagnostics.state(ed.document.uri);
        return st && st.sources.origin === 'none' ? st : undefined;
      }, [api.diagnostics.onDidCheck]);
      assert.deepStrictEqual(s.sources.files, []);
      assert.match(api.status.item.text, /no sources/);
      assert.strictEqual(api.status.item.command && (typeof api.status.item.command === 'string' ? api.status.item.command : api.status.item.command.command), 'grounded.addSource');
      assert.ok(api.status.toldNoSources(ed.document.uri), 'the hint was shown');
      assert.deepStrictEqual(vscode.languages.getDiagnostics(ed.document.uri), []);
    } finally {
      await cfg.update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a huge draft is skipped with a clear message', async () => {
    const uri = wsUri('drafts/huge.txt');
    const line = 'Minister zdrowia Marek Zieliński spotkał się we wtorek z lekarzami w Krakowie.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(line.repeat(Math.ceil(1.5 * 1048576 / line.length))));
    try {
      const api = await activate();
      const ed = await open('drafts/huge.txt');
      const s = await checked(ed.document);
      assert.match(s.skipped ?? '', /skipped this file: it is 1\.\d MB, over the grounded\.maxFileSize limit of 1\.0 MB/);
      const d = vscode.languages.getDiagnostics(uri);
      assert.strictEqual(d.length, 1);
      assert.strictEqual(codeOf(d[0]), 'file-too-large');
      assert.strictEqual(d[0].severity, vscode.DiagnosticSeverity.Information);
      assert.match(api.status.item.text, /skipped/);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('a source edited in an editor is re-indexed, and its drafts re-checked', async function () {
    if (!RULE_INFO.some(r => r.code === 'time-mismatch')) this.skip();
    const source = await scratch('sources/szpitale.pl.txt');
    const draft = await open(await scratch('drafts/szpitale.pl.md', t => t.replace('../sources/szpitale.pl.txt', `../${source}`)));
    await diagnosticsWhere(draft.document.uri, 'time-mismatch', d => d.some(x => codeOf(x) === 'time-mismatch'));
    const src = await open(source);
    const at = posOf(src.document, '10:30', 0);
    await src.edit(b => b.replace(new vscode.Range(at, at.translate(0, 5)), '11:30'));
    await diagnosticsWhere(draft.document.uri, 'no time-mismatch once the source says 11:30', d => !d.some(x => codeOf(x) === 'time-mismatch'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhere(draft.document.uri, 'time-mismatch back', d => d.some(x => codeOf(x) === 'time-mismatch'));
  });

  test('a source changed on disk is re-indexed', async () => {
    const api = await activate();
    const uri = wsUri('sources/extra.source.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Rzecznik Jan Kowalski przyjechał do Gdańska.\n'));
    try {
      await until('extra.source.md to be found', () => api.sources.settingsSources().some(f => f.endsWith('/extra.source.md')), [api.sources.onDidChange]);
      const ed = await open('drafts/notes.md');
      const path = api.sources.settingsSources().find(f => f.endsWith('/extra.source.md'))!;
      await until('notes.md to use extra.source.md', () => api.diagnostics.state(ed.document.uri)?.sources.files.includes(path), [api.diagnostics.onDidCheck]);
      assert.ok(api.sources.index.get(path)?.text.includes('Jan Kowalski'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Rzecznik Piotr Wiśniewski przyjechał do Gdańska.\n'));
      await until('the new text to be indexed', () => api.sources.index.get(path)?.text.includes('Wiśniewski'), [api.sources.onDidChange]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
