import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID } from './helper';

suite('activation', () => {
  test('the extension activates and returns its API', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    const api = await activate();
    assert.strictEqual(ext.isActive, true);
    assert.ok(api.sources && api.diagnostics && api.status, 'API parts missing');
  });

  test('activation is lazy: only on Markdown / plain text (and the commands)', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { activationEvents: string[] };
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  test('the settings globs found the fixture sources', async () => {
    const api = await activate();
    const names = api.sources.settingsSources().map(f => f.slice(f.lastIndexOf('/') + 1)).sort();
    assert.deepStrictEqual(names, ['harbour.en.md', 'szpitale.pl.txt']);
  });
});
