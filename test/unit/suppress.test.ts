import * as assert from 'assert';
import {
  parseDirectives, buildSuppressions, parseIgnoreFile, addIgnoreEntry, removeIgnoreEntry, serializeIgnoreFile,
  ignoreEntryFor, ignoreMatcher, entryAppliesTo, normalizeContext,
} from '../../src/core/check/suppress';
import { analyzeDocument, lineStarts, positionAt } from '../../src/core/document';

/** Is a finding of `code` at the first occurrence of `marker` suppressed? */
function suppressedAt(text: string, marker: string, code: string, nth = 0): boolean {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(marker, at + 1);
  assert.ok(at >= 0, marker);
  const s = buildSuppressions(text);
  return s.isSuppressed(code, at, positionAt(lineStarts(text), at).line);
}

suite('in-text suppression', () => {
  test('parses directives with optional rule lists and reasons', () => {
    const d = parseDirectives('a\n<!-- grounded-disable-next-line time-mismatch, date-mismatch -- checked by phone -->\n<!--grounded-enable-->\n<!-- grounded-disable-file -->');
    assert.deepStrictEqual(d.map(x => [x.kind, x.rules, x.line]), [
      ['disable-next-line', ['time-mismatch', 'date-mismatch'], 1], ['enable', null, 2], ['disable-file', null, 3],
    ]);
    assert.deepStrictEqual(parseDirectives('<!-- grounded-disabled -->  <!-- grounded-disable-nextline -->'), []);
  });

  test('disable-next-line targets the next line with text, optionally one rule', () => {
    const t = 'A 16:35.\n<!-- grounded-disable-next-line -->\n\n<!-- other comment -->\nB 16:35.\nC 16:35.\n<!-- grounded-disable-next-line time-mismatch date-mismatch -->\nD 16:35.\n';
    assert.strictEqual(suppressedAt(t, 'A', 'x'), false);
    assert.strictEqual(suppressedAt(t, 'B', 'x'), true);
    assert.strictEqual(suppressedAt(t, 'C', 'x'), false);
    assert.strictEqual(suppressedAt(t, 'D', 'date-mismatch'), true);
    assert.strictEqual(suppressedAt(t, 'D', 'number-mismatch'), false);
  });

  test('disable-line covers its own line only', () => {
    const t = 'A 16:35. <!-- grounded-disable-line time-mismatch -->\nB 16:35.\n';
    assert.strictEqual(suppressedAt(t, 'A', 'time-mismatch'), true);
    assert.strictEqual(suppressedAt(t, 'A', 'date-mismatch'), false);
    assert.strictEqual(suppressedAt(t, 'B', 'time-mismatch'), false);
  });

  test('disable/enable regions, rule-specific and nested', () => {
    const t = 'A.\n<!-- grounded-disable -->\nB.\n<!-- grounded-enable time-mismatch -->\nC.\n<!-- grounded-enable -->\nD.\n'
      + '<!-- grounded-disable date-mismatch -->\nE.\n<!-- grounded-enable date-mismatch -->\nF.\n<!-- grounded-disable number-mismatch -->\nG.';
    assert.strictEqual(suppressedAt(t, 'A.', 'x'), false);
    assert.strictEqual(suppressedAt(t, 'B.', 'x'), true);
    assert.strictEqual(suppressedAt(t, 'C.', 'x'), true);
    assert.strictEqual(suppressedAt(t, 'C.', 'time-mismatch'), false);
    assert.strictEqual(suppressedAt(t, 'D.', 'x'), false);
    assert.strictEqual(suppressedAt(t, 'E.', 'date-mismatch'), true);
    assert.strictEqual(suppressedAt(t, 'E.', 'time-mismatch'), false);
    assert.strictEqual(suppressedAt(t, 'F.', 'date-mismatch'), false);
    assert.strictEqual(suppressedAt(t, 'G.', 'number-mismatch'), true, 'an unclosed region runs to the end');
  });

  test('disable-file, anywhere in the file', () => {
    const t = 'A.\nB.\n<!-- grounded-disable-file quote-mismatch -->\n';
    assert.strictEqual(suppressedAt(t, 'A.', 'quote-mismatch'), true);
    assert.strictEqual(suppressedAt(t, 'A.', 'time-mismatch'), false);
    assert.strictEqual(suppressedAt('A.\n<!-- grounded-disable-file -->', 'A.', 'anything'), true);
  });

  test('comments inside fenced code are not directives', () => {
    const t = '```html\n<!-- grounded-disable-file -->\n```\nA 16:35.\n';
    assert.strictEqual(suppressedAt(t, 'A', 'x'), false);
    assert.ok(buildSuppressions('no comments here').empty);
  });
});

suite('ignore file', () => {
  const doc = analyzeDocument('drafts/a.md', '# Tytuł\n\nRozmowa   zaczęła się o **16:35** czasu moskiewskiego. Trwała godzinę.\n');
  const at = doc.text.indexOf('16:35');
  const finding = { code: 'time-mismatch', found: '16:35', start: at };

  test('entries are built from the finding and its sentence, and round-trip through the file', () => {
    const e = ignoreEntryFor(finding, doc, 'drafts\\a.md');
    assert.deepStrictEqual(e, { file: 'drafts/a.md', code: 'time-mismatch', found: '16:35', context: 'Rozmowa zaczęła się o 16:35 czasu moskiewskiego.' });
    const r1 = addIgnoreEntry(undefined, e);
    assert.ok(r1.ok);
    const parsed = parseIgnoreFile(r1.text);
    assert.deepStrictEqual(parsed.errors, []);
    assert.deepStrictEqual(parsed.data, { version: 1, ignore: [e] });
    const r2 = addIgnoreEntry(r1.text, e);
    assert.ok(r2.ok);
    assert.strictEqual(r2.text, r1.text, 'no duplicate entry');
    assert.strictEqual(r1.text, serializeIgnoreFile(parsed.data));
    assert.ok(r1.text.endsWith('}\n'));
    const r3 = removeIgnoreEntry(r1.text, e);
    assert.ok(r3.ok);
    assert.deepStrictEqual(parseIgnoreFile(r3.text).data.ignore, []);
  });

  test('an entry survives edits elsewhere in the file but not in its sentence', () => {
    const entry = ignoreEntryFor(finding, doc, 'drafts/a.md');
    assert.ok(ignoreMatcher([entry], doc)(finding));
    const edited = analyzeDocument('drafts/a.md', 'Nowy akapit na początku.\n\n# Tytuł\n\nRozmowa zaczęła się o 16:35 czasu moskiewskiego. Trwała dwie godziny.\n');
    assert.ok(ignoreMatcher([entry], edited)({ ...finding, start: edited.text.indexOf('16:35') }));
    const changed = analyzeDocument('drafts/a.md', 'Rozmowa zaczęła się o 16:35 czasu polskiego.\n');
    assert.ok(!ignoreMatcher([entry], changed)({ ...finding, start: changed.text.indexOf('16:35') }));
    assert.ok(!ignoreMatcher([{ ...entry, code: 'date-mismatch' }], doc)(finding));
    assert.ok(!ignoreMatcher([{ ...entry, file: 'drafts/b.md' }], doc)(finding));
  });

  test('file paths match as suffixes; entries without a file apply everywhere', () => {
    assert.ok(entryAppliesTo({ file: 'drafts/a.md', code: '', found: '', context: '' }, '/home/u/ws/drafts/a.md'));
    assert.ok(!entryAppliesTo({ file: 'drafts/a.md', code: '', found: '', context: '' }, '/home/u/ws/olddrafts/a.md'));
    assert.ok(entryAppliesTo({ code: '', found: '', context: '' }, 'x.md'));
  });

  test('malformed files: clear messages, never a throw; they are not rewritten', () => {
    assert.match(parseIgnoreFile('{nope').errors[0], /not valid JSON/);
    assert.match(parseIgnoreFile('[]').errors[0], /must hold a JSON object/);
    assert.match(parseIgnoreFile('{"version": 1, "ignore": {}}').errors[0], /"ignore" must be a list/);
    assert.match(parseIgnoreFile('{"version": 7, "ignore": []}').errors[0], /unsupported version 7/);
    const mixed = parseIgnoreFile('{"version": 1, "ignore": [{"code": "a", "found": "b", "context": "c"}, 5, {"code": 1}]}');
    assert.strictEqual(mixed.data.ignore.length, 1);
    assert.strictEqual(mixed.errors.length, 2);
    assert.deepStrictEqual(parseIgnoreFile('').errors, []);
    const r = addIgnoreEntry('{broken', { code: 'a', found: 'b', context: 'c' });
    assert.ok(!r.ok);
    assert.match(r.error, /not valid JSON.*fix or remove/);
    assert.strictEqual(normalizeContext(' a\u200b \n b '), 'a b');
  });
});
