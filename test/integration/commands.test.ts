import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DraftState } from '../../src/vscode/diagnostics';
import { activate, checked, closeAll, copyFixture, open, scratch, until, wsUri } from './helper';

const tabLabels = () => vscode.window.tabGroups.all.flatMap(g => g.tabs.map(t => t.label));
const remove = (rel: string) => vscode.workspace.fs.delete(wsUri(rel)).then(undefined, () => undefined);

suite('commands', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('every command of package.json is registered', async () => {
    const pkg = vscode.extensions.getExtension('grounded.grounded')!.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands) assert.ok(all.has(c.command), `${c.command} is not registered`);
  });

  test('Check Draft re-checks the active draft and reveals Problems', async () => {
    const ed = await open('drafts/szpitale.pl.md');
    const state = await vscode.commands.executeCommand<DraftState>('grounded.checkDraft');
    assert.ok(state?.result, 'checked');
    assert.strictEqual(state.version, ed.document.version);
  });

  test('Check All Drafts checks the drafts that are not open, and keeps their diagnostics', async () => {
    const r = await vscode.commands.executeCommand<{ drafts: number; findings: number }>('grounded.checkAllDrafts');
    assert.ok(r.drafts >= 4, `only ${r.drafts} drafts`);
    const api = await activate();
    assert.ok(api.diagnostics.state(wsUri('drafts/faithful.en.md')), 'faithful.en.md was checked');
    const uris = vscode.workspace.textDocuments.map(d => d.uri.toString());
    assert.ok(!api.diagnostics.allStates().some(s => /sources\//.test(s.uri.path)), 'sources are not checked as drafts');
    assert.ok(uris.length > 0);
  });

  test('Show Source Facts: pick a fact → insert it into the draft', async () => {
    const ed = await open(await scratch('drafts/notes.md'));
    ed.selection = new vscode.Selection(ed.document.lineAt(0).range.end, ed.document.lineAt(0).range.end);
    const c = await vscode.commands.executeCommand<{ label: string }>('grounded.showSourceFacts', { value: 'Kraków', action: 'insert' });
    assert.strictEqual(c?.label, 'Kraków');
    assert.strictEqual(ed.document.lineAt(0).text, '# NotesKraków');
  });

  test('Show Source Facts: pick a fact → open its source there', async () => {
    await open('drafts/notes.md');
    await vscode.commands.executeCommand('grounded.showSourceFacts', { value: 'European Investment Bank', action: 'open' });
    const ed = vscode.window.activeTextEditor!;
    assert.match(ed.document.uri.fsPath, /harbour\.en\.md$/);
    assert.strictEqual(ed.document.getText(ed.selection), 'European Investment Bank');
  });

  test('Insert Fact inserts at the cursor (a quote with quotation marks)', async () => {
    const ed = await open(await scratch('drafts/notes.md'));
    const end = ed.document.lineAt(ed.document.lineCount - 1).range.end;
    ed.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('grounded.insertFact', { kind: 'quote', value: 'This harbour' });
    assert.match(ed.document.getText(), /“This harbour will carry the city for the next fifty years,?”$/);
  });

  test('Open Fact Check Report shows counts, flagged statements and evidence', async () => {
    await open('drafts/szpitale.pl.md');
    const html = await vscode.commands.executeCommand<string>('grounded.openReport');
    assert.ok(html, 'no report');
    assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
    for (const w of ['verified', 'contradicted', 'not found in the sources', 'Flagged statements']) assert.ok(html.includes(w), `"${w}" missing`);
    assert.match(html, /szpitale\.pl\.txt/);
    await until('the report tab', () => tabLabels().some(l => l.startsWith('Fact check:')), [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>]);
  });

  test('Suspend clears the diagnostics and stops checking; Resume checks again', async () => {
    const api = await activate();
    const ed = await open('drafts/szpitale.pl.md');
    await checked(ed.document);
    await vscode.commands.executeCommand('grounded.suspend');
    assert.strictEqual(api.diagnostics.suspended, true);
    assert.strictEqual(api.diagnostics.state(ed.document.uri), undefined);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(ed.document.uri), []);
    assert.match(api.status.item.text, /paused/);
    await vscode.commands.executeCommand('grounded.resume');
    assert.strictEqual(api.diagnostics.suspended, false);
    const s = await checked(ed.document);
    assert.ok(s.result);
  });

  test('Add Source… to the draft\'s front matter', async () => {
    await copyFixture('drafts/notes.md', 'drafts/add-source.md');
    try {
      const ed = await open('drafts/add-source.md');
      await vscode.commands.executeCommand('grounded.addSource', { files: [wsUri('sources/harbour.en.md')], target: 'frontMatter' });
      assert.match(ed.document.getText(), /^---\nsources: \[ \.\.\/sources\/harbour\.en\.md \]\n---\n\n# Notes/);
      const s = await checked(ed.document);
      assert.strictEqual(s.sources.origin, 'front-matter');
      assert.deepStrictEqual(s.sources.files.map(f => f.slice(f.lastIndexOf('/') + 1)), ['harbour.en.md']);
    } finally {
      await closeAll();
      await remove('drafts/add-source.md');
    }
  });

  test('Add Source… to the workspace config (grounded.json, shared with the CLI)', async () => {
    try {
      const ed = await open('drafts/notes.md');
      await vscode.commands.executeCommand('grounded.addSource', { files: [wsUri('sources/szpitale.pl.txt')], target: 'config' });
      const cfg = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri('grounded.json'))));
      assert.deepStrictEqual(cfg, { sources: ['sources/szpitale.pl.txt'] });
      const api = await activate();
      const s = await until('notes.md to use grounded.json', () => {
        const st = api.diagnostics.state(ed.document.uri);
        return st?.sources.origin === 'config' ? st : undefined;
      }, [api.diagnostics.onDidCheck]);
      assert.deepStrictEqual(s.sources.files.map(f => f.slice(f.lastIndexOf('/') + 1)), ['szpitale.pl.txt']);
    } finally {
      await remove('grounded.json');
    }
  });

  test('Use Active File as Source adds the open file to the last draft\'s front matter', async () => {
    await copyFixture('drafts/notes.md', 'drafts/use-active.md');
    await vscode.workspace.fs.writeFile(wsUri('notes/extra.txt'), new TextEncoder().encode('Dodatkowe źródło: Jan Nowak przyjechał do Gdyni we wtorek.\n'));
    try {
      const draft = await open('drafts/use-active.md');
      await open('notes/extra.txt');
      await vscode.commands.executeCommand('grounded.useActiveFileAsSource', { target: 'frontMatter' });
      assert.match(draft.document.getText(), /^---\nsources: \[ \.\.\/notes\/extra\.txt \]\n---\n/);
      const api = await activate();
      assert.ok(api.sources.isSource(wsUri('notes/extra.txt')), 'the file is a source now');
    } finally {
      await closeAll();
      await remove('drafts/use-active.md');
      await remove('notes');
    }
  });

  test('Refresh Source Facts runs', async () => {
    await vscode.commands.executeCommand('grounded.refreshSourceFacts');
  });
});
