import * as assert from 'assert';
import { checkDraft, RULE_INFO } from '../../src/core/check';
import { formatJson, formatSarif, formatText, fileUri } from '../../src/core/check/report';
import type { RawFinding, Rule } from '../../src/core/check/rule';

const SOURCE = 'Wstęp źródła.\nRozmowa zaczęła się o 15:35 czasu moskiewskiego.\n';
const DRAFT = '# Szkic\n\nZażółć. Rozmowa zaczęła się o 16:35.\n';

const rule: Rule = {
  code: 'test-mismatch', description: 'test rule', defaultSeverity: 'error',
  check(ctx): RawFinding[] {
    const at = ctx.draft.text.indexOf('16:35');
    const ev = ctx.sources[0].document.text.indexOf('15:35');
    return [
      { code: 'test-mismatch', start: at, end: at + 5, found: '16:35', expected: '15:35', message: { en: 'Time differs: 15:35 in the source.', pl: 'Inna godzina: w źródle 15:35.' }, evidence: { source: 0, sentence: 1, start: ev, end: ev + 5 } },
      { code: 'soft', severity: 'information', start: 0, end: 1, found: '#', expected: '', message: { en: 'A note.', pl: 'Uwaga.' }, evidence: null },
    ];
  },
};

// The draft time is also not in the source (not-in-sources): silenced, these tests are about the formats.
const result = checkDraft({ file: 'drafts/d.md', text: DRAFT }, [{ file: 'src/a.txt', text: SOURCE }], { rules: [rule], language: 'en', severities: { 'not-in-sources': 'off' } });
const input = { findings: result.findings, drafts: [result.document], sourceCount: 1, sourceText: (f: string) => f === 'src/a.txt' ? SOURCE : undefined, baseDir: '/ws', toolVersion: '0.1.0' };

suite('report formats', () => {
  test('json: exactly the documented fields, 0-based UTF-16 positions', () => {
    const out = JSON.parse(formatJson(input));
    assert.deepStrictEqual(Object.keys(out), ['findings']);
    const f = out.findings[1];
    assert.deepStrictEqual(Object.keys(f), ['file', 'code', 'severity', 'message', 'range', 'start', 'end', 'found', 'expected', 'evidence']);
    assert.deepStrictEqual(f.range, { start: { line: 2, character: 30 }, end: { line: 2, character: 35 } });
    assert.strictEqual(DRAFT.slice(f.start, f.end), '16:35');
    assert.deepStrictEqual(Object.keys(f.evidence), ['file', 'start', 'end', 'line', 'text']);
    assert.deepStrictEqual(f.evidence, { file: 'src/a.txt', start: 14, end: 62, line: 1, text: 'Rozmowa zaczęła się o 15:35 czasu moskiewskiego.' });
    assert.strictEqual(out.findings[0].evidence, null);
  });

  test('sarif: valid 2.1.0 shape (required fields of the spec), levels, 1-based regions, related evidence', () => {
    const log = JSON.parse(formatSarif(input));
    validateSarif(log);
    const run = log.runs[0];
    assert.strictEqual(run.tool.driver.name, 'Grounded');
    for (const info of RULE_INFO) assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === info.code));
    const [note, err] = run.results;
    assert.strictEqual(note.level, 'note');
    assert.strictEqual(err.level, 'error');
    assert.strictEqual(err.ruleId, 'test-mismatch');
    assert.strictEqual(run.tool.driver.rules[err.ruleIndex].id, 'test-mismatch');
    assert.strictEqual(run.tool.driver.rules[note.ruleIndex].id, 'soft');
    assert.strictEqual(err.message.text, 'Time differs: 15:35 in the source.');
    const loc = err.locations[0].physicalLocation;
    assert.deepStrictEqual(loc.artifactLocation, { uri: 'drafts/d.md', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual({ ...loc.region, snippet: undefined }, { startLine: 3, startColumn: 31, endLine: 3, endColumn: 36, snippet: undefined });
    const rel = err.relatedLocations[0].physicalLocation;
    assert.strictEqual(rel.artifactLocation.uri, 'src/a.txt');
    assert.deepStrictEqual({ l: rel.region.startLine, c: rel.region.startColumn, e: rel.region.endColumn }, { l: 2, c: 23, e: 28 });
    assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///ws/');
  });

  test('file URIs: relative under the base folder, file:// otherwise, percent-encoded', () => {
    assert.deepStrictEqual(fileUri('/ws/a b/ż.md', '/ws'), { uri: 'a%20b/%C5%BC.md', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(fileUri('/elsewhere/x.md', '/ws'), { uri: 'file:///elsewhere/x.md' });
    assert.deepStrictEqual(fileUri('C:/ws/x.md'), { uri: 'file:///C:/ws/x.md' });
  });

  test('text: file:line:col severity code message, the draft and source sentences, a summary', () => {
    const t = formatText(input);
    assert.match(t, /^drafts\/d\.md:3:31 error test-mismatch Time differs: 15:35 in the source\.$/m);
    assert.match(t, /^ {4}draft: {2}Rozmowa zaczęła się o 16:35\.$/m);
    assert.match(t, /^ {4}source: src\/a\.txt:2: Rozmowa zaczęła się o 15:35 czasu moskiewskiego\.$/m);
    assert.match(t, /1 problem \(1 error, 0 warnings\) and 1 note in 1 draft \(checked against 1 source\)\.\n$/);
    assert.match(formatText({ findings: [], drafts: [result.document], sourceCount: 2 }), /^No contradictions found in 1 draft \(checked against 2 sources\)\.\n$/);
  });
});

/** Structural check of a SARIF 2.1.0 log against the required properties and value ranges of the specification. */
function validateSarif(log: any): void {
  const isObj = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  assert.strictEqual(log.version, '2.1.0');
  assert.ok(typeof log.$schema === 'string');
  assert.ok(Array.isArray(log.runs) && log.runs.length >= 1);
  for (const run of log.runs) {
    assert.ok(isObj(run.tool) && isObj(run.tool.driver), 'run.tool.driver');
    assert.ok(typeof run.tool.driver.name === 'string' && run.tool.driver.name, 'toolComponent.name');
    const rules = run.tool.driver.rules ?? [];
    const ids = new Set<string>();
    for (const r of rules) {
      assert.ok(typeof r.id === 'string' && r.id, 'reportingDescriptor.id');
      assert.ok(!ids.has(r.id), 'unique rule ids'); ids.add(r.id);
      if (r.shortDescription) assert.ok(typeof r.shortDescription.text === 'string', 'multiformatMessageString.text');
      if (r.defaultConfiguration) assert.ok(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration.level));
    }
    if (run.columnKind) assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind));
    assert.ok(Array.isArray(run.results));
    const checkLocation = (loc: any) => {
      assert.ok(isObj(loc));
      const pl = loc.physicalLocation;
      assert.ok(isObj(pl) && isObj(pl.artifactLocation), 'physicalLocation.artifactLocation');
      assert.ok(typeof pl.artifactLocation.uri === 'string');
      assert.doesNotThrow(() => new URL(pl.artifactLocation.uri, 'file:///base/'));
      if (pl.region) {
        const g = pl.region;
        assert.ok(Number.isInteger(g.startLine) && g.startLine >= 1, 'region.startLine >= 1');
        if (g.startColumn !== undefined) assert.ok(Number.isInteger(g.startColumn) && g.startColumn >= 1);
        if (g.endLine !== undefined) assert.ok(g.endLine >= g.startLine);
        if (g.endColumn !== undefined) assert.ok(g.endColumn >= 1 && (g.endLine > g.startLine || g.endColumn >= g.startColumn));
      }
    };
    for (const res of run.results) {
      assert.ok(isObj(res.message) && typeof res.message.text === 'string', 'result.message.text');
      assert.ok(['none', 'note', 'warning', 'error'].includes(res.level));
      if (res.ruleIndex !== undefined) assert.strictEqual(rules[res.ruleIndex].id, res.ruleId);
      for (const loc of res.locations ?? []) checkLocation(loc);
      for (const loc of res.relatedLocations ?? []) { checkLocation(loc); if (loc.id !== undefined) assert.ok(Number.isInteger(loc.id) && loc.id >= 0); }
    }
    for (const v of Object.values(run.originalUriBaseIds ?? {}) as any[]) assert.ok(/\/$/.test(v.uri), 'base URIs end with a slash');
  }
}
