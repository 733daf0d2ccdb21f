import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, dirname } from 'path';

const CLI = join(__dirname, '../../cli.js');
const SAMPLE = readFileSync(join(__dirname, '../../../data/samples/biden-putin-call.pl.txt'), 'utf8');

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'grounded-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const DRAFT = 'Prezydenci rozmawiali o sytuacji na Ukrainie.\n\nRozmowa była długa.\n';

suite('CLI: grounded check', function () {
  this.timeout(60000);
  test('no contradiction: exit 0 with JSON, text and SARIF', () => {
    const dir = workspace({ 'd.md': DRAFT, 'src/a.txt': SAMPLE });
    const j = run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'json');
    assert.strictEqual(j.code, 0, j.err);
    assert.ok(Array.isArray(JSON.parse(j.out).findings));
    const t = run(dir, 'd.md', '--source', 'src/a.txt');
    assert.strictEqual(t.code, 0, t.err);
    assert.match(t.out, /No contradictions found in 1 draft \(checked against 1 source\)/);
    const s = run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'sarif');
    assert.strictEqual(s.code, 0, s.err);
    const sarif = JSON.parse(s.out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].tool.driver.name, 'Grounded');
  });

  test('bad usage and unreadable input: exit 2 with a one-line reason', () => {
    const dir = workspace({ 'd.md': DRAFT, 'src/a.txt': SAMPLE, 'bin.txt': Buffer.from([0, 1, 2, 3, 0, 255]), 'empty.md': '' });
    const cases: Array<[string[], RegExp]> = [
      [[], /no draft given/],
      [['d.md'], /no sources to check against.*--source/],
      [['missing.md', '--source', 'src/a.txt'], /missing\.md: no such file/],
      [['d.md', '--source', 'missing.txt'], /missing\.txt: no such file/],
      [['d.md', '--source', 'bin.txt'], /bin\.txt: .*binary/],
      [['empty.md', '--source', 'src/a.txt'], /empty\.md: the file is empty/],
      [['d.md', '--source', 'src'], /src: is a directory/],
      [['d.md', '--source', 'src/a.txt', '--format', 'xml'], /--format must be one of text, json, sarif/],
      [['d.md', '--source', 'src/a.txt', '--lang', 'de'], /--lang must be one of pl, en/],
      [['d.md', '--source', 'src/a.txt', '--bogus'], /unknown option --bogus/],
      [['d.md', '--source', 'src/a.txt', '--config', 'nope.json'], /nope\.json: no such file/],
    ];
    for (const [args, re] of cases) {
      const r = run(dir, ...args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, re, args.join(' '));
      assert.strictEqual(r.out, '', args.join(' '));
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });

  test('a source that is the draft itself is skipped; nothing else left → exit 2', () => {
    const dir = workspace({ 'notes/d.md': DRAFT, 'notes/a.md': SAMPLE });
    assert.strictEqual(run(dir, 'notes/d.md', '--source', 'notes/*.md').code, 0);
    const r = run(dir, 'notes/d.md', '--source', 'notes/d.md');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /no sources/);
  });

  test('sources from globs, front matter and the config file', () => {
    const dir = workspace({
      'drafts/fm.md': `---\nsources:\n  - ../ref/a.txt\n---\n${DRAFT}`,
      'drafts/fm-one.md': `---\nsources: "../ref/*.txt"\n---\n${DRAFT}`,
      'drafts/fm-missing.md': `---\nsources: [../ref/none.txt]\n---\n${DRAFT}`,
      'ref/a.txt': SAMPLE,
      'other/b.md': DRAFT,
    });
    let r = run(dir, 'drafts/fm.md', '--format', 'text');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /checked against 1 source/);
    r = run(dir, 'drafts/fm-one.md');
    assert.strictEqual(r.code, 0, r.err);
    r = run(dir, 'drafts/fm-missing.md');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /front matter source \.\.\/ref\/none\.txt matches no file/);
    assert.match(r.err, /no sources/);
    // Globs with ** and {a,b}, relative to cwd.
    r = run(dir, 'other/b.md', '--source', '**/*.{txt,text}');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /checked against 1 source/);
    // Config file found walking up from the draft; sources relative to it.
    writeFileSync(join(dir, 'grounded.json'), JSON.stringify({ sources: ['ref/**/*.txt', 'drafts/fm.md'], strict: false }));
    r = run(join(dir, 'other'), 'b.md');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /checked against 2 sources/);
  });

  test('a malformed config file is a clear error (exit 2); unknown settings only warn', () => {
    const dir = workspace({ 'd.md': DRAFT, 'a.txt': SAMPLE, 'grounded.json': '{ "sources": ["a.txt"], ' });
    let r = run(dir, 'd.md');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /grounded\.json: not valid JSON/);
    writeFileSync(join(dir, 'grounded.json'), JSON.stringify({ sources: 'a.txt', strict: 'yes' }));
    r = run(dir, 'd.md');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /"strict" must be true or false/);
    writeFileSync(join(dir, 'grounded.json'), JSON.stringify({ sources: ['a.txt'], colour: 'blue', severities: { 'no-such-rule': 'off' } }));
    r = run(dir, 'd.md');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /unknown setting "colour"/);
    assert.match(r.err, /unknown rule "no-such-rule"/);
    writeFileSync(join(dir, 'custom.json'), JSON.stringify({ sources: ['a.txt'] }));
    r = run(dir, 'd.md', '--config', 'custom.json');
    assert.strictEqual(r.code, 0, r.err);
  });

  test('a broken ignore file warns but does not stop the check', () => {
    const dir = workspace({ 'd.md': DRAFT, 'a.txt': SAMPLE, '.grounded-ignore.json': '{"version": 1, "ignore": [{"code": 5}]}' });
    const r = run(dir, 'd.md', '--source', 'a.txt');
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /entry 1: "code", "found", "context" must be text/);
  });

  test('--help prints the usage', () => {
    const r = run(tmpdir(), '--help');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /usage: grounded check DRAFT/);
  });

  suite('on real contradictions (sample article)', () => {
    const CONTRA = 'Prezydenci rozmawiali o sytuacji na Ukrainie.\n\nPoprzednią rozmowę telefoniczną obaj prezydenci odbyli 9 grudnia.\n';
    const dateFinding = (out: string) => JSON.parse(out).findings.filter((f: { code: string }) => f.code === 'date-mismatch');

    test('a changed date: exit 1, finding with range inside the draft and the source sentence as evidence', () => {
      const dir = workspace({ 'd.md': CONTRA, 'src/a.txt': SAMPLE });
      const r = run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'json');
      assert.strictEqual(r.code, 1, r.err);
      const [f] = dateFinding(r.out);
      assert.ok(f, r.out);
      assert.strictEqual(f.severity, 'error');
      assert.strictEqual(f.range.start.line, 2);
      assert.match(CONTRA.slice(f.start, f.end), /9 grudnia/);
      assert.strictEqual(f.evidence.file, 'src/a.txt');
      assert.strictEqual(SAMPLE.slice(f.evidence.start, f.evidence.end), f.evidence.text);
      assert.match(f.evidence.text, /7 grudnia/);
      assert.strictEqual(f.evidence.line, SAMPLE.slice(0, f.evidence.start).split('\n').length - 1);
      const t = run(dir, 'd.md', '--source', 'src/a.txt');
      assert.strictEqual(t.code, 1);
      assert.match(t.out, /^d\.md:3:\d+ error date-mismatch /m);
      assert.match(t.out, new RegExp(`^ {4}source: src/a\\.txt:${f.evidence.line + 1}: .*7 grudnia`, 'm'));
      const s = JSON.parse(run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'sarif').out);
      const res = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'date-mismatch');
      assert.strictEqual(res.level, 'error');
      assert.strictEqual(res.locations[0].physicalLocation.region.startLine, 3);
      assert.strictEqual(res.relatedLocations[0].physicalLocation.artifactLocation.uri, 'src/a.txt');
      assert.deepStrictEqual(dateFinding(run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'json', '--lang', 'pl').out), [f]);
    });

    test('silenced by a comment, the ignore file or a severity in grounded.json', () => {
      const commented = CONTRA.replace('Poprzednią', '<!-- grounded-disable-next-line date-mismatch -->\nPoprzednią');
      const dir = workspace({ 'drafts/d.md': CONTRA, 'drafts/c.md': commented, 'src/a.txt': SAMPLE });
      assert.strictEqual(dateFinding(run(dir, 'drafts/c.md', '--source', 'src/a.txt', '--format', 'json').out).length, 0);
      const [f] = dateFinding(run(dir, 'drafts/d.md', '--source', 'src/a.txt', '--format', 'json').out);
      writeFileSync(join(dir, '.grounded-ignore.json'), JSON.stringify({ version: 1, ignore: [
        { file: 'drafts/d.md', code: 'date-mismatch', found: f.found, context: 'Poprzednią rozmowę telefoniczną obaj prezydenci   odbyli 9 grudnia.' },
      ] }));
      assert.strictEqual(dateFinding(run(dir, 'drafts/d.md', '--source', 'src/a.txt', '--format', 'json').out).length, 0);
      writeFileSync(join(dir, '.grounded-ignore.json'), '{"version": 1, "ignore": []}');
      writeFileSync(join(dir, 'grounded.json'), JSON.stringify({ sources: ['src/*.txt'], severities: { 'date-mismatch': 'off' } }));
      const r = run(dir, 'drafts/d.md', '--format', 'json');
      assert.strictEqual(dateFinding(r.out).length, 0, r.out);
    });

    test('--strict warns about names no source contains; otherwise they are information only', () => {
      const dir = workspace({ 'd.md': 'Rozmowę prezydentów skomentował Donald Tusk.\n', 'src/a.txt': SAMPLE });
      const plain = run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'json');
      assert.strictEqual(plain.code, 0, plain.out);
      const info = JSON.parse(plain.out).findings.filter((f: { code: string }) => f.code === 'not-in-sources');
      assert.ok(info.length && info.every((f: { severity: string }) => f.severity === 'information'));
      const strict = run(dir, 'd.md', '--source', 'src/a.txt', '--format', 'json', '--strict');
      assert.strictEqual(strict.code, 1);
      const w = JSON.parse(strict.out).findings.find((f: { code: string }) => f.code === 'not-in-sources');
      assert.strictEqual(w.severity, 'warning');
      assert.strictEqual(w.found, 'Donald Tusk');
      // Names the sources hold, even inflected, are not reported.
      writeFileSync(join(dir, 'e.md'), 'Joe Biden rozmawiał z Putinem.\n');
      const ok = run(dir, 'e.md', '--source', 'src/a.txt', '--format', 'json', '--strict');
      assert.strictEqual(ok.code, 0, ok.out);
    });
  });
});
