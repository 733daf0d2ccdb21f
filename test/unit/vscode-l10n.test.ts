// Every UI string of the extension (vscode.l10n.t) has a Polish translation with the same placeholders.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..', '..');
const dir = join(root, 'src', 'vscode');
const strings = new Set<string>();
for (const f of readdirSync(dir).filter(f => f.endsWith('.ts'))) {
  const text = readFileSync(join(dir, f), 'utf8');
  for (const m of text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) strings.add(m[2].replace(/\\(['"\\])/g, '$1'));
}
const pl: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.pl.json'), 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort().join(',');

suite('vscode l10n', () => {
  test('the extension has UI strings', () => assert.ok(strings.size > 50, `${strings.size}`));

  test('every UI string has a Polish translation', () => {
    const missing = [...strings].filter(s => !(s in pl));
    assert.deepStrictEqual(missing, []);
  });

  test('no stale translations', () => {
    assert.deepStrictEqual(Object.keys(pl).filter(k => !strings.has(k)), []);
  });

  test('translations keep the placeholders', () => {
    for (const [en, t] of Object.entries(pl)) assert.strictEqual(placeholders(t), placeholders(en), en);
  });
});
