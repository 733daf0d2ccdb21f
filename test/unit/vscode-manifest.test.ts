// The extension manifest (package.json) against the code: commands, settings defaults, NLS keys, rule codes.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { COMMANDS } from '../../src/vscode/commandIds';
import { DEFAULTS } from '../../src/vscode/defaults';
import { RULE_INFO } from '../../src/core/check';

const root = join(__dirname, '..', '..', '..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const pkg = read('package.json');
const nls: Record<string, string> = read('package.nls.json');
const nlsPl: Record<string, string> = read('package.nls.pl.json');

suite('vscode manifest', () => {
  test('every command id in the code is contributed, and every contributed command exists in the code', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(COMMANDS).sort());
  });

  test('internal commands are hidden from the palette', () => {
    const hidden = new Set(pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const id of [COMMANDS.openSource, COMMANDS.ignoreFinding, COMMANDS.unignoreFinding]) assert.ok(hidden.has(id), id);
  });

  test('settings defaults equal the code\'s defaults', () => {
    const p = pkg.contributes.configuration.properties;
    const map: Record<string, unknown> = {
      'grounded.languages': DEFAULTS.languages, 'grounded.sources': DEFAULTS.sources, 'grounded.check.onType': DEFAULTS.checkOnType,
      'grounded.check.delay': DEFAULTS.checkDelay, 'grounded.check.strict': DEFAULTS.strict, 'grounded.severity': DEFAULTS.severity,
      'grounded.maxFileSize': DEFAULTS.maxFileSize, 'grounded.completion.enabled': DEFAULTS.completionEnabled,
      'grounded.completion.trigger': DEFAULTS.completionTrigger, 'grounded.hover.enabled': DEFAULTS.hoverEnabled,
    };
    assert.deepStrictEqual(Object.keys(p).sort(), Object.keys(map).sort());
    for (const [k, v] of Object.entries(map)) assert.deepStrictEqual(p[k].default, v, k);
  });

  test('the per-rule severities name real rules and accept every severity', () => {
    const sev = pkg.contributes.configuration.properties['grounded.severity'];
    const codes = new Set(RULE_INFO.map(r => r.code));
    for (const code of Object.keys(sev.properties)) assert.ok(codes.has(code), `package.json names unknown rule "${code}"`);
    assert.deepStrictEqual(sev.additionalProperties.enum, ['off', 'hint', 'information', 'warning', 'error']);
  });

  test('every %key% has an English and a Polish text, and the two files have the same keys', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    for (const k of keys) {
      assert.ok(nls[k], `package.nls.json lacks "${k}"`);
      assert.ok(nlsPl[k], `package.nls.pl.json lacks "${k}"`);
    }
    assert.deepStrictEqual(Object.keys(nlsPl).sort(), Object.keys(nls).sort());
  });

  test('activation is lazy and the engine range matches the pinned @types/vscode', () => {
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.strictEqual(pkg.engines.vscode, '^1.99.0');
    assert.strictEqual(pkg.devDependencies['@types/vscode'], '1.99.0');
  });

  test('.vscodeignore is an allowlist', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
    assert.strictEqual(lines[0], '**');
    assert.ok(lines.slice(1).every(l => l.startsWith('!')), lines.join(' '));
  });
});
