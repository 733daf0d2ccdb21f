import * as assert from 'assert';
import * as vscode from 'vscode';

suite('activation', () => {
  test('the extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension('grounded.grounded');
    assert.ok(ext, 'extension grounded.grounded not found');
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });
});
