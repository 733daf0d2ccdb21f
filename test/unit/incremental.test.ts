import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkDraft, DraftChecker, SourceIndex, type CheckResult } from '../../src/core';

const samples = join(__dirname, '../../../data/samples');
const sourceText = readFileSync(join(samples, 'biden-putin-call.pl.txt'), 'utf8');
// The sample draft followed by the source's own paragraphs (which agree with it): long enough that one paragraph
// is a small part of it (a short draft is always checked in full).
const draftText = readFileSync(join(samples, 'biden-putin-call.draft.md'), 'utf8') + '\n' + sourceText;
const FILE = 'drafts/biden.md';

function index(): SourceIndex {
  const idx = new SourceIndex();
  idx.update('sources/biden-putin-call.pl.txt', sourceText);
  return idx;
}

/** Replace the first occurrence of `from` (after `after`) by `to`. */
function edit(text: string, from: string, to: string, after = ''): string {
  const i = text.indexOf(from, after ? text.indexOf(after) : 0);
  assert.ok(i >= 0, `"${from}" not in the draft`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

const findings = (r: CheckResult) => JSON.stringify(r.findings);

/** The spliced document model must be a valid one for the new text. */
function assertConsistent(r: CheckResult, text: string): void {
  const d = r.document;
  assert.strictEqual(d.text, text);
  assert.strictEqual(d.prose.length, text.length);
  d.tokens.forEach(t => assert.strictEqual(text.slice(t.start, t.end), t.text));
  d.sentences.forEach((s, i) => {
    assert.strictEqual(s.index, i);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) assert.strictEqual(d.tokens[k].sentence, i);
    assert.ok(d.paragraphs[s.paragraph].start <= s.start && s.end <= d.paragraphs[s.paragraph].end);
  });
  d.paragraphs.forEach((p, i) => assert.strictEqual(p.index, i));
  for (const f of r.facts) {
    assert.strictEqual(text.slice(f.start, f.end), f.text);
    const s = d.sentences[f.sentenceIndex];
    assert.ok(s.start <= f.start && f.end <= s.end, `fact "${f.text}" outside its sentence`);
  }
  for (const m of r.matches) assert.ok(r.facts.includes(m.draftFact));
  const lines = text.split('\n');
  for (const f of r.findings) {
    const line = lines[f.range.start.line];
    assert.strictEqual(line.slice(f.range.start.character, f.range.start.character + f.found.length), text.slice(f.start, f.start + f.found.length));
  }
}

suite('incremental re-check (DraftChecker)', function () {
  this.timeout(60000); // several full checks each; the machine may be busy
  test('a one-word edit re-checks only its paragraphs and gives the full check\'s findings', () => {
    const idx = index();
    const dc = new DraftChecker();
    const first = dc.check({ file: FILE, text: draftText }, idx);
    assert.strictEqual(first.mode, 'full');
    assert.ok(first.findings.length > 0, 'the sample draft has contradictions');
    // Edits in the first, a middle and the last paragraph; each builds on the previous version.
    let text = draftText;
    for (const [from, to, after] of [['15:45', '15:55', ''], ['30 minut', '40 minut', 'Rozmowa trwała'], ['1997', '1999', 'przed majem']]) {
      text = edit(text, from, to, after);
      const quick = dc.check({ file: FILE, text }, idx);
      assert.strictEqual(quick.mode, 'incremental');
      assertConsistent(quick, text);
      assert.strictEqual(findings(quick), findings(checkDraft({ file: FILE, text }, idx)));
    }
  });

  test('a contradiction typed into a paragraph is found by the quick check', () => {
    const idx = index();
    const dc = new DraftChecker();
    const base = edit(draftText, 'ok. 30 minut', 'ok. 50 minut');
    const before = dc.check({ file: FILE, text: base }, idx);
    const text = edit(base, 'ok. 50 minut', 'ok. 90 minut');
    const quick = dc.check({ file: FILE, text }, idx);
    assert.strictEqual(quick.mode, 'incremental');
    const at = text.indexOf('90 minut');
    assert.ok(!before.findings.some(f => f.start <= at && at < f.end), 'no finding on "50 minut" (the source says 50)');
    assert.ok(quick.findings.some(f => f.start <= at && at < f.end), 'a finding on "90 minut"');
    assert.strictEqual(findings(quick), findings(checkDraft({ file: FILE, text }, idx)));
  });

  test('inserting and deleting whole paragraphs moves the rest', () => {
    const idx = index();
    const dc = new DraftChecker();
    dc.check({ file: FILE, text: draftText }, idx);
    const marker = 'Rozmowa trwała ok. 30 minut.';
    // (No names in the new paragraphs: a name added or removed is checked in full, see below.)
    const inserted = edit(draftText, marker, 'Spotkanie trwało długo.\n\nDrugi akapit dodany na próbę.\n\n' + marker);
    for (const text of [inserted, draftText, draftText.replace(/\n\n(?=Rozmowa trwała)/, '\n')]) {
      const quick = dc.check({ file: FILE, text }, idx);
      assert.strictEqual(quick.mode, 'incremental');
      assertConsistent(quick, text);
      assert.strictEqual(findings(quick), findings(checkDraft({ file: FILE, text }, idx)));
    }
  });

  test('falls back to a full check when splicing would be unsafe', () => {
    const idx = index();
    const dc = new DraftChecker();
    dc.check({ file: FILE, text: draftText }, idx);
    // Front matter edited.
    const fm = draftText.replace('title: Biden', 'title: Joe Biden');
    assert.strictEqual(dc.check({ file: FILE, text: fm }, idx).mode, 'full');
    // Fenced code (a fence can span paragraphs).
    const fenced = fm.replace('Rozmowa trwała', '```\nkod\n\nkod\n```\n\nRozmowa trwała');
    assert.strictEqual(dc.check({ file: FILE, text: fenced }, idx).mode, 'full');
    assert.strictEqual(dc.check({ file: FILE, text: fenced.replace('kod', 'code') }, idx).mode, 'full');
    // Other options, changed sources, sources given as texts.
    assert.strictEqual(dc.check({ file: FILE, text: fm }, idx, { strict: true }).mode, 'full');
    idx.update('sources/other.txt', 'Inny tekst o czymś innym.');
    assert.strictEqual(dc.check({ file: FILE, text: fm.replace('Kreml', 'Kremlin') }, idx, { strict: true }).mode, 'full');
    assert.strictEqual(dc.check({ file: FILE, text: fm }, [{ file: 'a.txt', text: sourceText }]).mode, 'full');
    // An unchanged text returns the remembered result.
    const again = dc.check({ file: FILE, text: fm.replace('Kreml', 'Kremlin') }, idx, { strict: true });
    assert.strictEqual(again.mode, 'incremental');
    assert.strictEqual(findings(again), findings(checkDraft({ file: FILE, text: fm.replace('Kreml', 'Kremlin') }, idx, { strict: true })));
  });

  /** Everything a check gives, comparable: findings, facts and fact matches. */
  const everything = (r: CheckResult) => JSON.stringify({
    findings: r.findings,
    facts: r.facts.map(f => [f.kind, f.start, f.end, f.text, f.value, f.lemma, f.canonical, f.attributes, f.sentenceIndex]),
    matches: r.matches.map(m => [r.facts.indexOf(m.draftFact), m.verdict, m.source?.file, m.source?.fact.start, m.source?.line, m.otherMentions]),
  });

  /** A small seeded generator (the same edits on every run). */
  function rng(seed: number): (n: number) => number {
    let x = seed >>> 0;
    return n => { x = (x * 1664525 + 1013904223) >>> 0; return x % n; };
  }

  test('random edits: every quick result equals a full check (findings, facts, matches)', function () {
    this.timeout(180000);
    const idx = index();
    const dc = new DraftChecker();
    let text = draftText;
    dc.check({ file: FILE, text }, idx);
    const next = rng(20261125);
    const modes = { full: 0, incremental: 0 };
    const words = ['minut', 'rozmowa', 'kwietnia', 'spotkanie', 'Moskwa', 'Pieskow', 'prezydent', '45', '1997', 'nie', 'rosyjskich'];
    for (let i = 0; i < 24; i++) {
      // A word replaced, a word inserted, a word deleted, or a name typed: anywhere after the front matter.
      const body = text.indexOf('\n---', 4) + 4;
      const re = /[\p{L}\p{N}]+/gu;
      re.lastIndex = body + next(text.length - body);
      const m = re.exec(text) ?? re.exec(text.slice(0)) as RegExpExecArray;
      if (!m) continue;
      const w = words[next(words.length)];
      const op = next(4);
      text = op === 0 ? text.slice(0, m.index) + w + text.slice(m.index + m[0].length)
        : op === 1 ? text.slice(0, m.index) + w + ' ' + text.slice(m.index)
          : op === 2 ? text.slice(0, m.index) + text.slice(m.index + m[0].length).replace(/^ /, '')
            : text.slice(0, m.index) + m[0].slice(0, -1) + 'a' + text.slice(m.index + m[0].length);
      const quick = dc.check({ file: FILE, text }, idx);
      modes[quick.mode]++;
      assertConsistent(quick, text);
      assert.strictEqual(everything(quick), everything(checkDraft({ file: FILE, text }, idx)), `edit ${i} (${quick.mode}) differs from a full check`);
    }
    assert.ok(modes.incremental >= 12, `most edits are checked incrementally (${JSON.stringify(modes)})`);
  });

  test('a name typed into a paragraph: checked in full when it can change names elsewhere, and equal either way', () => {
    const idx = index();
    const dc = new DraftChecker();
    dc.check({ file: FILE, text: draftText }, idx);
    // A full name whose surname is used alone elsewhere makes those mentions that person.
    const text = edit(draftText, 'Rozmowa trwała', 'Rzecznik Anatolij Pieskow ocenił, że rozmowa trwała');
    const quick = dc.check({ file: FILE, text }, idx);
    assert.strictEqual(everything(quick), everything(checkDraft({ file: FILE, text }, idx)));
  });
});
