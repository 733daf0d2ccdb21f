// End to end: `node out/cli.js facts …` on temporary files (needs `npm run build` first).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const CLI = join(__dirname, '../../cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'facts', ...args], { encoding: 'utf8', timeout: 30000 });

suite('cli: grounded facts', function () {
  this.timeout(120000);
  let dir = '';
  const file = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };
  suiteSetup(() => { dir = mkdtempSync(join(tmpdir(), 'grounded-facts-')); });
  suiteTeardown(() => { rmSync(dir, { recursive: true, force: true }); });

  const fails = (args: string[], pattern: RegExp) => {
    const r = run(...args);
    assert.strictEqual(r.status, 2, `exit ${r.status}: ${r.stderr}`);
    assert.strictEqual(r.stdout, '');
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.strictEqual(lines.length, 1, r.stderr);
    assert.match(lines[0], pattern);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  };

  test('unreadable inputs: one line on stderr, exit 2, nothing on stdout', () => {
    fails([file('empty.txt', '')], /empty/);
    fails([file('blank.txt', ' \n\n\t ')], /no text/);
    fails([file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0xff]))], /binary/);
    fails([file('latin2.txt', Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0xb6, 0x6c, 0xb1, 0x2e, 0x0a]))], /UTF-8/);
    const d = join(dir, 'adir');
    mkdirSync(d, { recursive: true });
    fails([d], /directory/);
    fails([join(dir, 'missing.txt')], /no such file/);
  });

  test('a bad file among good ones prints nothing but the error', () => {
    const good = file('good.txt', 'Rozmowa trwała 50 minut.');
    fails([good, join(dir, 'nope.md')], /nope\.md: no such file/);
  });

  test('bad usage: unknown option, bad --format, bad --lang, no file', () => {
    const good = file('good2.txt', 'Rozmowa trwała 50 minut.');
    fails([good, '--bogus'], /unknown option --bogus/);
    fails([good, '--format', 'xml'], /--format must be one of text, json/);
    fails([good, '--format'], /--format needs a value/);
    fails([good, '--lang', 'de'], /--lang must be one of pl, en/);
    fails([], /no input file/);
  });

  test('JSON has exactly the documented shape; every fact indexes the original text', () => {
    const pl = file('pl.txt', '„Nie ma zgody” – powiedział rzecznik. Rosja żąda wycofania wojsk NATO.\n\nRozmowa trwała 50 minut.\n');
    const en = file('en.txt', '"We will not accept it," the minister said. The union calls for an end to overtime.\n');
    const r = run(pl, en, '--format', 'json');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ['sources']);
    assert.deepStrictEqual(out.sources.map((s: { file: string; language: string }) => [s.file, s.language]), [[pl, 'pl'], [en, 'en']]);
    for (const s of out.sources) {
      assert.deepStrictEqual(Object.keys(s), ['file', 'language', 'facts']);
      const text = readFileSync(s.file, 'utf8');
      assert.ok(s.facts.length > 0);
      for (const f of s.facts) {
        assert.deepStrictEqual(Object.keys(f), ['kind', 'text', 'start', 'end', 'value', 'lemma', 'canonical', 'attributes', 'sentence']);
        assert.deepStrictEqual(Object.keys(f.sentence), ['start', 'end']);
        assert.strictEqual(f.text, text.slice(f.start, f.end));
        assert.ok(f.sentence.start <= f.start && f.start < f.end);
      }
    }
    const kinds = (k: number) => out.sources[k].facts.map((f: { kind: string }) => f.kind);
    assert.ok(kinds(0).includes('quote') && kinds(0).includes('demand'));
    assert.ok(kinds(1).includes('quote') && kinds(1).includes('demand'));
  });

  test('Markdown with front matter: offsets index the original text', () => {
    const text = '\ufeff---\ntitle: "Szkic"\nsources:\n  - a.txt\n---\n# Rozmowa\n\n„**Nie ma** zgody” – powiedział rzecznik.\r\n\r\nZwiązkowcy domagają się:\r\n- podwyżek;\r\n- premii\r\n';
    const md = file('draft.md', text);
    const r = run(md, '--format', 'json');
    assert.strictEqual(r.status, 0, r.stderr);
    const facts = JSON.parse(r.stdout).sources[0].facts as Array<{ kind: string; text: string; start: number; end: number; value: string }>;
    for (const f of facts) assert.strictEqual(f.text, text.slice(f.start, f.end));
    assert.deepStrictEqual(facts.filter(f => f.kind === 'quote').map(f => f.value), ['Nie ma zgody']);
    assert.deepStrictEqual(facts.filter(f => f.kind === 'demand').map(f => f.value), ['podwyżek', 'premii']);
    assert.ok(facts.every(f => f.start > text.indexOf('# Rozmowa')), 'nothing from the front matter');
  });

  test('--lang forces the language', () => {
    const f = file('short.txt', 'Test 123.');
    const r = run(f, '--format', 'json', '--lang', 'en');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).sources[0].language, 'en');
  });

  test('text format: a table grouped by kind', () => {
    const f = file('table.txt', '„Nie ma zgody” – powiedział rzecznik. Rosja żąda wycofania wojsk NATO.');
    const r = run(f);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^.*table\.txt \(pl\): \d+ facts?\n/);
    assert.match(r.stdout, /\n {2}quote \(1\)\n {4} +0 {2}„Nie ma zgody”/);
    assert.match(r.stdout, /\n {2}demand \(1\)\n.*wycofania wojsk NATO +head: żąda .*index: 1/);
    assert.ok(r.stdout.indexOf('quote (') < r.stdout.indexOf('demand ('));
  });

  test('--help prints the usage and exits 0', () => {
    const r = run('--help');
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /^usage: grounded facts FILE/);
  });
});
