import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, checked, closeAll, open } from './helper';

const label = (i: vscode.TreeItem) => typeof i.label === 'string' ? i.label : i.label?.label ?? '';

suite('Source Facts view and status bar', () => {
  teardown(closeAll);

  test('the tree shows the active draft\'s sources → kinds → facts; a fact reveals itself in its source', async () => {
    const api = await activate();
    const ed = await open('drafts/harbour.en.md');
    await checked(ed.document);
    const view = api.factsView;
    const roots = await view.getChildren();
    assert.deepStrictEqual(roots.map(r => view.getTreeItem(r).resourceUri?.path.split('/').pop()), ['harbour.en.md']);
    const kinds = await view.getChildren(roots[0]);
    const kindLabels = kinds.map(k => label(view.getTreeItem(k)));
    for (const k of ['Person', 'Organization', 'Quote', 'Demand']) assert.ok(kindLabels.includes(k), kindLabels.join(', '));
    const people = await view.getChildren(kinds[kindLabels.indexOf('Person')]);
    const bennett = people.map(p => view.getTreeItem(p)).find(i => label(i) === 'Laura Bennett');
    assert.ok(bennett?.command, 'a fact item has a command');
    await vscode.commands.executeCommand(bennett.command.command, ...(bennett.command.arguments ?? []));
    const src = vscode.window.activeTextEditor!;
    assert.match(src.document.uri.fsPath, /sources[\\/]harbour\.en\.md$/);
    assert.strictEqual(src.document.getText(src.selection), 'Laura Bennett');
  });

  test('the status bar shows the draft\'s sources and findings, and opens the report', async () => {
    const api = await activate();
    const ed = await open('drafts/harbour.en.md');
    const s = await checked(ed.document);
    const n = s.result!.findings.length;
    assert.match(api.status.item.text, new RegExp(`1 source · \\$\\((warning|check)\\) ${n === 1 ? '1 finding' : `${n} findings`}`));
    const cmd = api.status.item.command;
    assert.strictEqual(typeof cmd === 'string' ? cmd : cmd?.command, 'grounded.openReport');
  });
});
