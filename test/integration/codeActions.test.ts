import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { RULE_INFO } from '../../src/core/check';
import { activate, closeAll, codeOf, copyFixture, diagnosticsWhere, open, workspaceRoot, wsUri } from './helper';

const CODE = 'time-mismatch';
const DRAFT = 'drafts/fix-me.pl.md';

async function actionsFor(editor: vscode.TextEditor): Promise<{ diag: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diags = await diagnosticsWhere(editor.document.uri, CODE, d => d.some(x => codeOf(x) === CODE));
  const diag = diags.find(x => codeOf(x) === CODE)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diag.range);
  // Several findings may share the range (e.g. not-in-sources): keep this rule's fixes.
  const mine = (a: vscode.CodeAction) => a.title.startsWith('Replace') || a.title === 'Open source at evidence' && String(a.command?.arguments?.[0]?.file).includes('szpitale')
    || a.title === 'Ignore this finding' && a.command?.arguments?.[1] === CODE || a.title.includes(` ${CODE} `);
  return { diag, actions: actions.filter(mine) };
}

async function applyAndUndo(title: RegExp, check: (text: string) => void): Promise<void> {
  const editor = await open(DRAFT);
  const original = editor.document.getText();
  const { actions } = await actionsFor(editor);
  const action = actions.find(a => title.test(a.title));
  assert.ok(action?.edit, `no "${title}" among ${actions.map(a => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  check(editor.document.getText());
  await diagnosticsWhere(editor.document.uri, `${CODE} gone`, d => !d.some(x => codeOf(x) === CODE));
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  assert.strictEqual(editor.document.getText(), original, 'undo restores the draft');
  await diagnosticsWhere(editor.document.uri, `${CODE} back`, d => d.some(x => codeOf(x) === CODE));
}

suite('quick fixes', () => {
  suiteSetup(async function () {
    if (!RULE_INFO.some(r => r.code === CODE)) this.skip();
    await activate();
    await copyFixture('drafts/szpitale.pl.md', DRAFT);
  });
  teardown(closeAll);
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(wsUri(DRAFT)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(wsUri('.grounded-ignore.json')).then(undefined, () => undefined);
  });

  test('every fix is offered for a value mismatch', async () => {
    const { actions } = await actionsFor(await open(DRAFT));
    const titles = actions.map(a => a.title);
    for (const t of [/^Replace with the source's value: "(godz\. )?10:30"$/, /^Open source at evidence$/, /^Ignore this finding$/, /^Disable rule time-mismatch for this line$/, /^Disable rule time-mismatch for this file$/]) {
      assert.ok(titles.some(x => t.test(x)), `${t} not in ${titles.join(' | ')}`);
    }
    assert.ok(actions.find(a => a.title.startsWith('Replace'))!.isPreferred, 'the replacement is the preferred fix');
  });

  test('replace with the source\'s value, then undo', () =>
    applyAndUndo(/^Replace with the source's value/, t => assert.match(t, /o godz\. 10:30 w Krakowie/)));

  test('disable the rule for this line, then undo', () =>
    applyAndUndo(/for this line$/, t => assert.match(t, /11:30[^\n]*<!-- grounded-disable-line time-mismatch -->\n/)));

  test('disable the rule for this file, then undo', () =>
    applyAndUndo(/for this file$/, t => assert.match(t, /^---\n[\s\S]*?\n---\n<!-- grounded-disable-file time-mismatch -->\n/)));

  test('open the source at the evidence (and go back)', async () => {
    const editor = await open(DRAFT);
    const { actions } = await actionsFor(editor);
    const action = actions.find(a => a.title === 'Open source at evidence')!;
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    const src = vscode.window.activeTextEditor!;
    assert.match(src.document.uri.fsPath, /szpitale\.pl\.txt$/);
    assert.match(src.document.getText(src.selection), /^(godz\. )?10:30$/);
    await vscode.commands.executeCommand('workbench.action.navigateBack');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  test('ignore file round trip: ignore, the CLI agrees, un-ignore', async () => {
    const api = await activate();
    const editor = await open(DRAFT);
    const { actions } = await actionsFor(editor);
    const action = actions.find(a => a.title === 'Ignore this finding')!;
    const entry = await vscode.commands.executeCommand<{ code: string; found: string; file: string }>(action.command!.command, ...(action.command!.arguments ?? []));
    assert.ok(entry, 'the finding was ignored');
    await diagnosticsWhere(editor.document.uri, `${CODE} ignored`, d => !d.some(x => codeOf(x) === CODE));
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri('.grounded-ignore.json'))));
    assert.strictEqual(file.version, 1);
    assert.deepStrictEqual(file.ignore.map((e: { file: string; code: string }) => [e.file, e.code]), [[DRAFT, CODE]]);
    assert.match(file.ignore[0].found, /11:30$/);
    // The CLI reads the same file (run from the workspace folder).
    const cli = path.resolve(__dirname, '..', '..', 'cli.js');
    const run = () => { try { return execFileSync(process.execPath, [cli, 'check', DRAFT, '--format', 'json'], { cwd: workspaceRoot().fsPath, encoding: 'utf8' }); } catch (e) { return String((e as { stdout?: string }).stdout ?? ''); } };
    assert.ok(!run().includes(`"${CODE}"`), 'the CLI honours the ignore file');
    await vscode.commands.executeCommand('grounded.unignoreFinding', editor.document.uri, api.ignore.entriesFor(editor.document.uri)[0]);
    await diagnosticsWhere(editor.document.uri, `${CODE} back`, d => d.some(x => codeOf(x) === CODE));
    assert.ok(run().includes(`"${CODE}"`), 'and reports it again once un-ignored');
  });
});
