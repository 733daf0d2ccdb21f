import * as assert from 'assert';
import {
  parseConfig, globToRegExp, globBase, expandSources, frontMatterSources, findConfigFile, loadConfigFor,
  normalizePath, joinPath, dirnamePath, relativePath, type FileAccess,
} from '../../src/core/check/config';

/** An in-memory file tree for the pure helpers. */
function memFs(files: Record<string, string>): FileAccess & { readFile(p: string): string | undefined } {
  const all = Object.keys(files).map(normalizePath);
  return {
    isFile: p => all.includes(normalizePath(p)),
    listFiles: dir => { const d = normalizePath(dir).replace(/\/$/, ''); return all.filter(f => d === '.' ? !f.startsWith('/') : f.startsWith(d + '/')); },
    readFile: p => files[normalizePath(p)],
  };
}

suite('config file', () => {
  test('a valid config', () => {
    const r = parseConfig(JSON.stringify({ sources: ['sources/**/*.md', 'ref/report.txt'], severities: { 'time-mismatch': 'off', 'date-mismatch': 'Warning', x: 'info' }, strict: true, language: 'en', maxFileSize: 1000 }));
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.config, {
      sources: ['sources/**/*.md', 'ref/report.txt'], severities: { 'time-mismatch': 'off', 'date-mismatch': 'warning', x: 'information' },
      strict: true, language: 'en', maxFileSize: 1000,
    });
    assert.deepStrictEqual(parseConfig('{"sources": "a.md"}').config.sources, ['a.md']);
  });

  test('malformed JSON and wrong types give one clear message each, keeping the valid parts', () => {
    assert.match(parseConfig('{"sources": [', 'ws/grounded.json').errors[0], /^ws\/grounded\.json: not valid JSON/);
    assert.match(parseConfig('[1, 2]').errors[0], /must hold a JSON object, not a list/);
    const r = parseConfig(JSON.stringify({ sources: ['ok.md', 5, ''], severities: { a: 'loud', b: 'hint' }, strict: 'yes', language: 'de', maxFileSize: -1 }));
    assert.deepStrictEqual(r.config, { sources: ['ok.md'], severities: { b: 'hint' } });
    assert.strictEqual(r.errors.length, 6);
    assert.ok(r.errors.some(e => /"sources" entry 2 must be a non-empty path or glob, not 5/.test(e)));
    assert.ok(r.errors.some(e => /severity of "a" must be one of off, hint, information, warning, error, not "loud"/.test(e)));
    assert.ok(r.errors.some(e => /"strict" must be true or false, not "yes"/.test(e)));
    assert.ok(r.errors.some(e => /"language" must be "pl" or "en", not "de"/.test(e)));
    assert.ok(r.errors.some(e => /"maxFileSize" must be a positive number/.test(e)));
    assert.match(parseConfig('{"severities": []}').errors[0], /"severities" must be an object/);
    const w = parseConfig(JSON.stringify({ colour: 1, severities: { 'time-mismatch': 'off', 'nope': 'off' } }), 'g.json', ['time-mismatch']);
    assert.deepStrictEqual(w.errors, []);
    assert.strictEqual(w.warnings.length, 2);
  });

  test('found by walking up from the draft, stopping at the root', () => {
    const fs = memFs({ '/ws/grounded.json': '{"sources": ["src/*.md"]}', '/ws/sub/.groundedrc.json': '{"strict": true}', '/grounded.json': '{}' });
    assert.strictEqual(findConfigFile('/ws/drafts/deep/a.md', fs.isFile, '/ws'), '/ws/grounded.json');
    assert.strictEqual(findConfigFile('/ws/sub/a.md', fs.isFile, '/ws'), '/ws/sub/.groundedrc.json');
    assert.strictEqual(findConfigFile('/other/a.md', fs.isFile, '/other'), undefined);
    assert.strictEqual(findConfigFile('/other/a.md', fs.isFile), '/grounded.json');
    const loaded = loadConfigFor('/ws/drafts/a.md', fs, '/ws');
    assert.strictEqual(loaded.file, '/ws/grounded.json');
    assert.deepStrictEqual(loaded.config.sources, ['src/*.md']);
    assert.deepStrictEqual(loadConfigFor('/x/a.md', memFs({}), '/x'), { config: { sources: [], severities: {} }, errors: [], warnings: [] });
  });
});

suite('front matter sources', () => {
  test('list, single string, bad types', () => {
    assert.deepStrictEqual(frontMatterSources({ sources: ['a.md', ' b/*.txt '] }), { patterns: ['a.md', 'b/*.txt'], errors: [] });
    assert.deepStrictEqual(frontMatterSources({ sources: 'ref.md' }), { patterns: ['ref.md'], errors: [] });
    assert.deepStrictEqual(frontMatterSources({ title: 'x' }), { patterns: [], errors: [] });
    assert.deepStrictEqual(frontMatterSources(undefined), { patterns: [], errors: [] });
    assert.match(frontMatterSources({ sources: { a: 1 } }).errors[0], /must be a list of paths, not an object/);
    assert.deepStrictEqual(frontMatterSources({ sources: ['a.md', 3] }).patterns, ['a.md']);
  });
});

suite('globs and paths', () => {
  const m = (glob: string, path: string) => globToRegExp(glob).test(path);

  test('glob syntax', () => {
    assert.ok(m('sources/**/*.md', 'sources/a.md'));
    assert.ok(m('sources/**/*.md', 'sources/x/y/a.md'));
    assert.ok(!m('sources/**/*.md', 'sources/a.txt'));
    assert.ok(!m('sources/*.md', 'sources/x/a.md'));
    assert.ok(m('**', 'a/b/c'));
    assert.ok(m('**/*.txt', 'a.txt'));
    assert.ok(m('ref/?.txt', 'ref/a.txt'));
    assert.ok(!m('ref/?.txt', 'ref/ab.txt'));
    assert.ok(m('*.{md,txt}', 'a.txt'));
    assert.ok(m('{a,b/{c,d}}.md', 'b/d.md'));
    assert.ok(!m('{a,b/{c,d}}.md', 'b/e.md'));
    assert.ok(m('[ab]*.md', 'b1.md'));
    assert.ok(!m('[!ab]*.md', 'b1.md'));
    assert.ok(m('a+b (1).md', 'a+b (1).md'), 'regex characters are literal');
    assert.ok(m('x{y.md', 'x{y.md'), 'an unclosed brace is literal');
    assert.strictEqual(globBase('sources/**/*.md'), 'sources');
    assert.strictEqual(globBase('*.md'), '.');
    assert.strictEqual(globBase('/abs/dir/*.md'), '/abs/dir');
  });

  test('path helpers', () => {
    assert.strictEqual(normalizePath('a/./b/../c//d'), 'a/c/d');
    assert.strictEqual(normalizePath('../x'), '../x');
    assert.strictEqual(normalizePath('C:\\ws\\a\\..\\b.md'), 'C:/ws/b.md');
    assert.strictEqual(joinPath('/ws/drafts', '../ref/a.md'), '/ws/ref/a.md');
    assert.strictEqual(joinPath('/ws', '/abs.md'), '/abs.md');
    assert.strictEqual(dirnamePath('/ws/a.md'), '/ws');
    assert.strictEqual(dirnamePath('/a.md'), '/');
    assert.strictEqual(relativePath('/ws/drafts', '/ws/ref/a.md'), '../ref/a.md');
    assert.strictEqual(relativePath('.', 'a/b.md'), 'a/b.md');
  });

  test('expanding sources relative to a folder', () => {
    const fs = memFs({ '/ws/ref/a.txt': '', '/ws/ref/deep/b.txt': '', '/ws/ref/c.md': '', '/ws/drafts/d.md': '' });
    assert.deepStrictEqual(expandSources(['ref/**/*.txt', 'ref/c.md', 'ref/a.txt'], '/ws', fs), { files: ['/ws/ref/a.txt', '/ws/ref/deep/b.txt', '/ws/ref/c.md'], unmatched: [] });
    assert.deepStrictEqual(expandSources(['../ref/*.md', 'missing.md', '*.pdf'], '/ws/drafts', fs), { files: ['/ws/ref/c.md'], unmatched: ['missing.md', '*.pdf'] });
    assert.deepStrictEqual(expandSources(['/ws/ref/deep/*'], '/elsewhere', fs).files, ['/ws/ref/deep/b.txt']);
  });
});
