import * as assert from 'assert';
import { addToConfig, addToFrontMatter, EditError } from '../../src/vscode/edits';

suite('vscode edits: front matter sources', () => {
  test('creates front matter when there is none', () => {
    assert.strictEqual(addToFrontMatter('# Title\n', ['../sources/a.md']), '---\nsources: [ ../sources/a.md ]\n---\n\n# Title\n');
  });

  test('adds to a flow list, without duplicates, keeping other keys', () => {
    const t = '---\ntitle: X\nsources: [a.txt]\n---\nBody\n';
    assert.strictEqual(addToFrontMatter(t, ['a.txt', 'b.txt']), '---\ntitle: X\nsources: [ a.txt, b.txt ]\n---\nBody\n');
  });

  test('adds to a block list', () => {
    const t = '---\nsources:\n  - a.txt\n---\nBody\n';
    assert.strictEqual(addToFrontMatter(t, ['b.txt']), '---\nsources:\n  - a.txt\n  - b.txt\n---\nBody\n');
  });

  test('turns a single string into a list; keeps CRLF', () => {
    const t = '---\r\nsources: a.txt\r\n---\r\nBody\r\n';
    assert.strictEqual(addToFrontMatter(t, ['b.txt'], '\r\n'), '---\r\nsources: [ a.txt, b.txt ]\r\n---\r\nBody\r\n');
  });

  test('adds `sources` to front matter that has none', () => {
    assert.strictEqual(addToFrontMatter('---\ntitle: X\n---\n', ['a.md']), '---\ntitle: X\nsources: [ a.md ]\n---\n');
  });

  test('refuses to rewrite broken front matter', () => {
    assert.throws(() => addToFrontMatter('---\ntitle: [x\n---\nBody\n', ['a.md']), EditError);
    assert.throws(() => addToFrontMatter('---\n- a\n- b\n---\nBody\n', ['a.md']), EditError);
  });
});

suite('vscode edits: config sources', () => {
  test('creates a config', () => {
    assert.strictEqual(addToConfig(undefined, ['sources/a.md']), '{\n  "sources": [\n    "sources/a.md"\n  ]\n}\n');
  });

  test('keeps other settings and existing sources', () => {
    const out = JSON.parse(addToConfig('{"strict": true, "sources": "x.md"}', ['x.md', 'y.md']));
    assert.deepStrictEqual(out, { strict: true, sources: ['x.md', 'y.md'] });
  });

  test('refuses to overwrite a config that is not JSON', () => {
    assert.throws(() => addToConfig('{ not json', ['a']), EditError);
    assert.throws(() => addToConfig('[1]', ['a']), EditError);
  });
});
