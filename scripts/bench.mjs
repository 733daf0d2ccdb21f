#!/usr/bin/env node
// `npm run bench [-- --json] [-- --quick] [-- --pl FILE.jsonl] [-- --en FILE.jsonl] [-- --only REGEX] [-- --no-build] [-- --save]`
//
// In-process micro and macro benchmarks of the engine (the transpiled engine in out/src/core, the built bundle in
// out/extension.js): warm-up, then many iterations; median (p50) and p95; memory from process.memoryUsage() after
// gc(). Inputs are built in memory from data/samples (with synthetic variation) or from JSONL news files given on
// the command line, at several sizes so growth is visible. Prints a table; with --json also one JSON object with
// every figure (stable names, units in the names) as the last line. Units: ms, MB = 10^6 bytes, words = whitespace-
// separated tokens holding a letter or digit. Timings are never asserted in tests: this script reports them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, statSync, mkdirSync, writeFileSync, readdirSync, mkdtempSync, rmSync, cpSync, symlinkSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { rng, countWords, utf8Bytes, readJsonl, readSamples, corpus, buildSources, buildDraft, editOneWord, splitParagraphs } from './bench/inputs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------- arguments
const USAGE = `usage: npm run bench [-- options]
  --json          print one JSON object with every figure as the last line
  --quick         short run (fewer sizes and iterations)
  --cpu-time      time with the process's CPU time instead of the wall clock: on a machine shared with other
                  work, wall times include waiting for a CPU; CPU time is close to an idle machine's wall time
  --pl FILE       Polish articles, JSONL (field text/article/...), instead of the sample with synthetic variation
  --en FILE       English articles, JSONL; adds English rows (extraction, 5,000-word article, 2,000w vs 50kw check)
  --only REGEX    run only the sections whose name matches (extract, article, memory, check, recheck, hover,
                  completion, activation, bundle)
  --no-build      use out/ as it is (default: run the build first)
  --save          also write the JSON to bench-results/bench-<date>.json
  --out DIR       benchmark the build in DIR instead of out/ (implies --no-build)`;
const argv = process.argv.slice(2);
const opt = { json: false, quick: false, cpuTime: false, pl: null, en: null, only: null, build: true, save: false, out: null };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--json') opt.json = true;
  else if (a === '--quick') opt.quick = true;
  else if (a === '--cpu-time') opt.cpuTime = true;
  else if (a === '--pl' || a === '--en' || a === '--only' || a === '--out') { opt[a.slice(2)] = argv[++i]; if (!opt[a.slice(2)]) fail(`${a} needs a value`); }
  else if (a === '--no-build') opt.build = false;
  else if (a === '--save') opt.save = true;
  else if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
  else fail(`unknown option ${a}`);
}
function fail(msg) { console.error(`bench: ${msg}\n${USAGE}`); process.exit(2); }
for (const k of ['pl', 'en']) if (opt[k] && !existsSync(opt[k])) fail(`--${k}: no such file ${opt[k]}`);
const only = opt.only ? new RegExp(opt.only) : null;
const want = section => !only || only.test(section);

// Memory figures need gc(): re-run under --expose-gc when started without it.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...argv], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const gc = () => { for (let i = 0; i < 3; i++) globalThis.gc(); };

// ---------------------------------------------------------------------------------------------- build + engine
const log = (...a) => process.stderr.write(a.join(' ') + '\n');
if (opt.out) opt.build = false;
if (opt.build) {
  log('bench: building…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) { log('bench: build failed'); process.exit(1); }
}
const OUT = opt.out ? resolve(opt.out) : join(ROOT, 'out');
const CORE = join(OUT, 'src/core/index.js');
if (!existsSync(CORE)) { log('bench: out/src/core/index.js missing: run npm run build'); process.exit(1); }
const core = require(CORE);
const tryRequire = p => { try { return existsSync(p) ? require(p) : null; } catch (e) { log(`bench: cannot load ${p}: ${e.message}`); return null; } };

// ---------------------------------------------------------------------------------------------- measuring
const wall = () => Number(process.hrtime.bigint()) / 1e6;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
/** The clock of every timing (wall by default; --cpu-time: this process's CPU time, all threads). */
const now = opt.cpuTime ? cpu : wall;
const T = opt.quick
  ? { timeMs: 300, minIter: 3, maxIter: 60, warm: 2 }
  : { timeMs: 1500, minIter: 5, maxIter: 300, warm: 5 };
let sink = 0;
const consume = r => { sink = (sink + (Array.isArray(r) ? r.length : r && typeof r === 'object' ? 1 : 0)) | 0; };

function pct(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))]; }
function stats(samples) {
  const s = samples.slice().sort((a, b) => a - b);
  return { n: s.length, p50: pct(s, 50), p95: pct(s, 95), min: s[0], max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}
/**
 * Time `fn(prepare(i))` (prepare is not timed): warm-up iterations, then iterations until `timeMs` has passed
 * and at least `minIter` ran (at most `maxIter`).
 */
function measure(fn, { prepare = i => i, timeMs = T.timeMs, minIter = T.minIter, maxIter = T.maxIter, warm = T.warm } = {}) {
  let i = 0;
  const tw = now();
  for (let w = 0; w < warm && (w === 0 || now() - tw < timeMs); w++) consume(fn(prepare(i++)));
  const samples = [];
  const t0 = now();
  // Slow cases (seconds per iteration) stop early so the whole run stays within a few minutes.
  while ((samples.length < minIter && (now() - t0 < 4 * Math.max(timeMs, 1000) || !samples.length)) || (now() - t0 < timeMs && samples.length < maxIter)) {
    const arg = prepare(i++);
    const a = now();
    const r = fn(arg);
    samples.push(now() - a);
    consume(r);
  }
  return stats(samples);
}

/** measure() for an async function (the VS Code providers return promises). */
async function measureAsync(fn, { prepare = i => i, timeMs = T.timeMs, minIter = T.minIter, maxIter = T.maxIter, warm = T.warm } = {}) {
  let i = 0;
  for (let w = 0; w < warm; w++) consume(await fn(prepare(i++)));
  const samples = [];
  const t0 = now();
  while ((samples.length < minIter && now() - t0 < 4 * Math.max(timeMs, 1000)) || (now() - t0 < timeMs && samples.length < maxIter)) {
    const arg = prepare(i++);
    const a = now();
    const r = await fn(arg);
    samples.push(now() - a);
    consume(r);
  }
  return stats(samples);
}

// ---------------------------------------------------------------------------------------------- results
const R = {};                  // every figure, flat, units in the names; null = not available
const NA = {};                 // reason a figure is n/a
const rows = [];               // the table for people: [section, label, key | text]
const errors = [];
const round = (x, d = 3) => (x == null || !Number.isFinite(x) ? x : Number(x.toFixed(d)));
function set(key, value, d = 3) { R[key] = value == null ? null : round(value, d); return R[key]; }
function na(keys, reason) { for (const k of [].concat(keys)) { R[k] = null; NA[k] = reason; } }
async function section(name, title, body) {
  if (!want(name)) return;
  log(`bench: ${title}…`);
  rows.push({ title });
  const t0 = wall();
  try { await body(); } catch (e) { errors.push(`${name}: ${e.stack || e}`); rows.push({ label: 'error', text: String(e.message || e).split('\n')[0] }); log(`bench: ${name} failed: ${e.stack || e}`); }
  log(`bench:   (${((wall() - t0) / 1000).toFixed(1)} s)`);
}
const row = (label, ...keys) => rows.push({ label, keys });
const note = (label, text) => rows.push({ label, text });

// ---------------------------------------------------------------------------------------------- inputs
const samples = readSamples(join(ROOT, 'data/samples'));
const plArticles = opt.pl ? readJsonl(opt.pl) : samples.map(s => s.text);
if (!plArticles.length) fail(`no articles in ${opt.pl || 'data/samples'}`);
const plCorpus = corpus(plArticles, 1, !opt.pl);
const enArticles = opt.en ? readJsonl(opt.en) : null;
if (opt.en && !enArticles.length) fail(`no articles in ${opt.en}`);
const enCorpus = enArticles ? corpus(enArticles, 2, false) : null;
const inputLabel = opt.pl ? `pl: ${opt.pl} (${plArticles.length} articles)` : `pl: data/samples (${samples.length}) + synthetic variation`;

const cache = new Map();
const memo = (k, f) => { if (!cache.has(k)) cache.set(k, f()); return cache.get(k); };
const sourcesOf = (lang, spec) => memo(`${lang}:${JSON.stringify(spec)}`, () => buildSources(lang === 'en' ? enCorpus : plCorpus, spec, `${lang}-source`));
/** One article of about `words` words (articles concatenated, cut at a paragraph). */
const articleOf = (lang, words) => memo(`${lang}:article:${words}`, () => {
  const paras = sourcesOf(lang, { words }).flatMap(s => splitParagraphs(s.text));
  return paras.join('\n\n') + '\n';
});
const kw = w => `${w / 1000}kw`;

// ---------------------------------------------------------------------------------------------- checker API
// checkDraft(draft, sources: SourceIndex | {file,text}[], options). The index is built once per source set
// (what the extension does: sources change rarely, drafts on every keystroke).
function findChecker() {
  const mods = [core, tryRequire(join(OUT, 'src/core/check/index.js'))].filter(Boolean);
  const mod = mods.find(m => typeof m.checkDraft === 'function');
  if (!mod) return null;
  const makeIndex = sources => {
    for (const m of mods) {
      for (const name of ['buildSourceIndex', 'createSourceIndex', 'indexSources']) if (typeof m[name] === 'function') return m[name](sources);
      const SI = m.SourceIndex;
      if (typeof SI === 'function') {
        if (typeof SI.from === 'function') return SI.from(sources);
        if (typeof SI.build === 'function') return SI.build(sources);
        const idx = new SI();
        const add = ['update', 'set', 'upsert', 'add', 'addSource', 'setSource'].find(n => typeof idx[n] === 'function');
        if (!add) return null;
        for (const s of sources) idx[add](s.file, s.text);
        return idx;
      }
    }
    return null;
  };
  let draftArg = text => ({ file: 'draft.md', text });
  const check = (draftText, src, options = {}) => mod.checkDraft(draftArg(draftText), src, options);
  const findings = r => (Array.isArray(r) ? r : r && Array.isArray(r.findings) ? r.findings : []);
  // Probe how the draft is passed ({file,text}, AnalyzedDocument or string).
  const probeSources = [{ file: 'probe-source.txt', text: 'Rozmowa trwała 50 minut.\n' }];
  const probe = 'Rozmowa trwała 40 minut.\n';
  for (const f of [text => ({ file: 'draft.md', text }), text => core.analyzeDocument('draft.md', text), text => text]) {
    try { draftArg = f; check(probe, probeSources); break; } catch { /* next shape */ }
  }
  return { mod, check, makeIndex, findings, incremental: null };
}
const checker = findChecker();

// ---------------------------------------------------------------------------------------------- sections
const meta = {
  date: new Date().toISOString(), clock: opt.cpuTime ? 'process CPU time' : 'wall', node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model, quick: opt.quick, inputs: inputLabel + (opt.en ? `; en: ${opt.en} (${enArticles.length} articles)` : ''),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || null,
};

const analyzeAll = sources => sources.map(s => core.analyzeSource(s.file, s.text));

// Machine calibration: a fixed CPU-bound loop (about 20 ms on an idle 2-core machine of the project's kind). When
// other work shares the CPUs every figure is inflated by about calibration / 20.
function calibrate() {
  const a = new Float64Array(1 << 16);
  for (let i = 0; i < a.length; i++) a[i] = i % 7;
  const run = () => { let x = 0; for (let r = 0; r < 300; r++) for (let i = 0; i < a.length; i++) x += a[i] * r; return x; };
  return measure(run, { warm: 2, minIter: 5, maxIter: 9, timeMs: 0 }).p50;
}
set('machine_calibration_ms', calibrate(), 1);
set('machine_loadavg_1m', os.loadavg()[0], 2);
meta.loadavg_start = os.loadavg().map(x => round(x, 2));

await section('extract', 'Extraction throughput (analyzeSource: document model + all facts, per source file)', () => {
  const sizes = [[100e3, '100kb'], [1e6, '1mb'], [10e6, '10mb']];
  for (const [bytes, name] of sizes) {
    const key = `extract_${name}_mb_per_s`;
    if (opt.quick && bytes > 1e6) { na(key, 'skipped in --quick'); row(`${name.toUpperCase()} of sources`, key); continue; }
    const srcs = sourcesOf('pl', { bytes });
    const total = srcs.reduce((a, s) => a + utf8Bytes(s.text), 0);
    const big = bytes > 1e6;
    const st = measure(() => analyzeAll(srcs), big ? { warm: 0, minIter: opt.quick ? 1 : 2, maxIter: 3, timeMs: 0 } : {});
    set(key, total / 1e6 / (st.p50 / 1000), 2);
    set(`extract_${name}_ms_p50`, st.p50, 1);
    row(`${(total / 1e6).toFixed(2)} MB in ${srcs.length} files`, key, `extract_${name}_ms_p50`);
  }
  if (enCorpus) {
    const srcs = sourcesOf('en', { bytes: 1e6 });
    const total = srcs.reduce((a, s) => a + utf8Bytes(s.text), 0);
    const st = measure(() => analyzeAll(srcs));
    set('extract_1mb_en_mb_per_s', total / 1e6 / (st.p50 / 1000), 2);
    row(`English: ${(total / 1e6).toFixed(2)} MB in ${srcs.length} files`, 'extract_1mb_en_mb_per_s');
  }
  const keys = ['extract_100kb_mb_per_s', 'extract_1mb_mb_per_s', 'extract_10mb_mb_per_s'].filter(k => R[k] != null);
  set('extract_min_mb_per_s', Math.min(...keys.map(k => R[k])), 2);
});

await section('article', 'One 5,000-word article (issue 2: well under 20 ms after warm-up)', () => {
  for (const lang of enCorpus ? ['pl', 'en'] : ['pl']) {
    const text = articleOf(lang, 5000);
    const suffix = lang === 'pl' ? '' : '_en';
    const st = measure(() => core.analyzeSource('article.txt', text));
    const facts = core.analyzeSource('article.txt', text).facts.length;
    set(`extract_article_5000w${suffix}_ms_p50`, st.p50);
    set(`extract_article_5000w${suffix}_ms_p95`, st.p95);
    set(`extract_article_5000w${suffix}_facts`, facts, 0);
    row(`${lang}: ${countWords(text)} words, ${(utf8Bytes(text) / 1e3).toFixed(1)} KB, ${facts} facts`, `extract_article_5000w${suffix}_ms_p50`, `extract_article_5000w${suffix}_ms_p95`);
  }
});

await section('memory', 'Index memory (heap + external after gc, retained by the source index)', () => {
  const sizes = opt.quick ? [[1e6, '1mb']] : [[1e6, '1mb'], [10e6, '10mb']];
  for (const [bytes, name] of sizes) {
    const srcs = sourcesOf('pl', { bytes });
    const total = srcs.reduce((a, s) => a + utf8Bytes(s.text), 0);
    gc();
    const m0 = process.memoryUsage();
    let idx = checker ? checker.makeIndex(srcs) : null;
    const what = idx ? 'SourceIndex, after one check' : 'analyzeSource results';
    // One check, so that what the index builds lazily (fact maps, stem maps, caches) is counted.
    if (idx) consume(checker.check(buildDraft(srcs.slice(0, 20), 300, 3), idx));
    else idx = analyzeAll(srcs);
    gc();
    const m1 = process.memoryUsage();
    consume(idx);
    const used = (m1.heapUsed + m1.external - m0.heapUsed - m0.external) / 1e6;
    set(`index_mem_${name}_mb`, used, 1);
    set(`index_mem_${name}_mb_per_source_mb`, used / (total / 1e6), 1);
    row(`${(total / 1e6).toFixed(2)} MB of sources (${what})`, `index_mem_${name}_mb`, `index_mem_${name}_mb_per_source_mb`);
    idx = null;
  }
  set('index_mem_mb_per_source_mb', Math.max(...['index_mem_1mb_mb_per_source_mb', 'index_mem_10mb_mb_per_source_mb'].map(k => R[k] ?? -Infinity)), 1);
  set('rss_mb', process.memoryUsage().rss / 1e6, 1);
});

const DRAFTS = [500, 2000, 10000];
const SOURCES = [10000, 50000, 250000];
const indexes = new Map();
function indexFor(words, lang = 'pl') {
  const k = `${lang}:${words}`;
  if (!indexes.has(k)) {
    const srcs = sourcesOf(lang, { words });
    const t0 = now();
    const idx = checker.makeIndex(srcs);
    const ms = now() - t0;
    indexes.set(k, { idx, srcs, ms, arg: idx ?? srcs });
  }
  return indexes.get(k);
}

await section('check', 'Full check of a draft (checkDraft with a prebuilt source index; issue 3: 2,000w vs 50kw well under 100 ms)', () => {
  const keys = DRAFTS.flatMap(d => SOURCES.map(s => `check_${d}w_${kw(s)}_ms_p50`));
  if (!checker) {
    na([...keys, ...keys.map(k => k.replace('p50', 'p95'))], 'checkDraft not in the engine yet');
    note('checkDraft', 'n/a (not in the engine yet)');
    return;
  }
  for (const s of SOURCES) {
    const { ms, idx, srcs } = indexFor(s);
    set(`index_build_${kw(s)}_ms`, ms, 1);
    row(`index of ${s} words (${srcs.length} files)${idx ? '' : ' — no SourceIndex: sources passed raw'}`, `index_build_${kw(s)}_ms`);
  }
  for (const d of DRAFTS) {
    for (const s of SOURCES) {
      const { arg } = indexFor(s);
      const draft = memo(`draft:${d}:${s}`, () => buildDraft(indexFor(s).srcs, d, d + s));
      const st = measure(() => checker.check(draft, arg), d * s > 500 * 250000 ? { warm: 1, minIter: 3 } : {});
      const n = checker.findings(checker.check(draft, arg)).length;
      set(`check_${d}w_${kw(s)}_ms_p50`, st.p50);
      set(`check_${d}w_${kw(s)}_ms_p95`, st.p95);
      set(`check_${d}w_${kw(s)}_findings`, n, 0);
      row(`draft ${d} w vs sources ${s} w (${n} findings)`, `check_${d}w_${kw(s)}_ms_p50`, `check_${d}w_${kw(s)}_ms_p95`);
    }
  }
  if (enCorpus) {
    const { arg, srcs } = indexFor(50000, 'en');
    const draft = buildDraft(srcs, 2000, 7);
    const st = measure(() => checker.check(draft, arg));
    set('check_2000w_50kw_en_ms_p50', st.p50);
    set('check_2000w_50kw_en_ms_p95', st.p95);
    row('English: draft 2000 w vs sources 50000 w', 'check_2000w_50kw_en_ms_p50', 'check_2000w_50kw_en_ms_p95');
  }
  // Growth: least-squares slope of log(time) against log(size). 1 = linear, < 1 = sub-linear.
  const slope = pts => {
    const xs = pts.map(p => Math.log(p[0])); const ys = pts.map(p => Math.log(Math.max(p[1], 1e-3)));
    const mx = xs.reduce((a, b) => a + b) / xs.length; const my = ys.reduce((a, b) => a + b) / ys.length;
    return xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  };
  set('check_growth_draft_exponent', slope(DRAFTS.map(d => [d, R[`check_${d}w_50kw_ms_p50`]])), 2);
  set('check_growth_source_exponent', slope(SOURCES.map(s => [s, R[`check_2000w_${kw(s)}_ms_p50`]])), 2);
  rows.push({ matrix: true });
  row('growth with draft size (at 50 kw sources; 1 = linear)', 'check_growth_draft_exponent');
  row('growth with source size (at 2,000 w drafts; < 1 = sub-linear)', 'check_growth_source_exponent');
});

await section('recheck', 'Re-check after a one-word edit in a 5,000-word draft (a keystroke), sources 50 kw', () => {
  const keys = ['recheck_5000w_50kw_ms_p50', 'recheck_5000w_50kw_ms_p95'];
  if (!checker) { na(keys, 'checkDraft not in the engine yet'); note('re-check', 'n/a (checkDraft not in the engine yet)'); return; }
  const { arg, srcs } = indexFor(50000);
  let draft = buildDraft(srcs, 5000, 5000);
  const full = measure(() => checker.check(draft, arg), { warm: 2 });
  set('check_5000w_50kw_ms_p50', full.p50);
  const r = rng(99);
  // The engine's incremental checker (DraftChecker: re-checks only the edited paragraphs) when it has one.
  const dc = typeof core.DraftChecker === 'function' ? new core.DraftChecker() : null;
  const recheck = dc ? text => dc.check({ file: 'draft.md', text }, arg) : text => checker.check(text, arg);
  const modes = {};
  recheck(draft);
  // Each iteration edits the previous version (as typing does), so caches keyed on the whole text cannot help.
  const st = measure(text => { const res = recheck(text); if (res && res.mode) modes[res.mode] = (modes[res.mode] || 0) + 1; return res; },
    { prepare: () => (draft = editOneWord(draft, r).text), warm: 3, minIter: 10 });
  set(keys[0], st.p50);
  set(keys[1], st.p95);
  row(`full check of the 5000 w draft (${countWords(draft)} words)`, 'check_5000w_50kw_ms_p50');
  row(`after one-word edit (${dc ? `DraftChecker: ${Object.entries(modes).map(([m, n]) => `${n} ${m}`).join(', ')}` : 'checkDraft again'})`, ...keys);
  if (dc) {
    // How often the quick result's findings equal a full check's (the quick check skips context from other paragraphs).
    let same = 0;
    const n = opt.quick ? 5 : 15;
    for (let i = 0; i < n; i++) {
      draft = editOneWord(draft, r).text;
      const quick = recheck(draft);
      const full = checker.check(draft, arg);
      if (JSON.stringify(checker.findings(quick)) === JSON.stringify(checker.findings(full))) same++;
    }
    set('recheck_findings_agreement_pct', 100 * same / n, 0);
    row(`edits whose quick findings equal a full check's (${n} edits)`, 'recheck_findings_agreement_pct');
  }
});

// Hover and completion: the adapter's providers (src/vscode/hover.ts, completion.ts), loaded with the stub vscode
// module, over a checked 2,000-word draft and a 50,000-word source index. Completion: the exported pure functions
// candidates() + rank() + documentation() (what provideCompletionItems does per request). Hover: GroundedHover's
// provideHover with stand-ins for the adapter's source and diagnostics managers holding the check result.
function loadAdapter() {
  const stub = require('./bench/vscode-stub.cjs');
  stub.install();
  return {
    stub,
    completion: tryRequire(join(OUT, 'src/vscode/completion.js')),
    hover: tryRequire(join(OUT, 'src/vscode/hover.js')),
  };
}
function lookupSetup() {
  return memo('lookup-setup', () => {
    const { arg, srcs, idx } = indexFor(50000);
    const draft = memo('draft:2000:50000', () => buildDraft(srcs, 2000, 2000 + 50000));
    const result = checker.mod.checkDraft({ file: join(os.tmpdir(), 'grounded-bench-draft.md'), text: draft }, arg, {});
    return { idx, srcs, draft, result };
  });
}

await section('hover', 'Hover at a position (2,000 w draft checked against 50 kw sources)', async () => {
  const keys = ['hover_ms_p50', 'hover_ms_p95'];
  const { hover, stub } = memo('adapter', loadAdapter);
  if (!checker) { na(keys, 'checkDraft not in the engine yet'); note('hover', `n/a (${NA[keys[0]]})`); return; }
  if (!hover || typeof hover.GroundedHover !== 'function') { na(keys, 'no GroundedHover in out/src/vscode/hover.js yet'); note('hover', `n/a (${NA[keys[0]]})`); return; }
  const { idx, draft, result } = lookupSetup();
  const file = join(os.tmpdir(), 'grounded-bench-draft.md');
  const doc = stub.makeTextDocument(file, draft);
  const state = { result, version: doc.version, sources: { files: idx.list().map(e => e.file), origin: 'front-matter' } };
  const diagnostics = { isDraft: () => true, fresh: async () => state, state: () => state };
  const sources = { index: idx, indexFor: () => idx, isSource: () => false, ready: Promise.resolve(), load: () => [], resolve: () => state.sources };
  const provider = new hover.GroundedHover(sources, diagnostics);
  const token = stub.cancellationToken();
  // Positions: inside facts (most hovers that show a card) and anywhere.
  const r = rng(11);
  const offsets = Array.from({ length: 400 }, (_, i) => {
    if (i % 4 !== 3 && result.facts.length) { const f = result.facts[r.int(0, result.facts.length - 1)]; return r.int(f.start, f.end); }
    return r.int(0, draft.length - 1);
  });
  let cards = 0;
  const probe = await provider.provideHover(doc, doc.positionAt(offsets[0]), token);
  if (probe === undefined && result.facts.length && !(await provider.provideHover(doc, doc.positionAt(result.facts[0].start), token))) {
    throw new Error('the hover provider shows nothing over a fact with the stand-in managers (its interface changed?)');
  }
  const st = await measureAsync(async off => { const h = await provider.provideHover(doc, doc.positionAt(off), token); if (h) cards++; return h; },
    { prepare: i => offsets[i % offsets.length], maxIter: 2000, minIter: 50 });
  set(keys[0], st.p50); set(keys[1], st.p95);
  row(`provideHover (${result.facts.length} draft facts, ${result.findings.length} findings; ${Math.round(100 * cards / (st.n + T.warm))}% of positions show a card)`, ...keys);
});

await section('completion', 'Completion at a position (prefix typed in a 2,000 w draft, 50 kw sources)', async () => {
  const keys = ['completion_ms_p50', 'completion_ms_p95'];
  const { completion } = memo('adapter', loadAdapter);
  if (!checker) { na(keys, 'checkDraft not in the engine yet'); note('completion', `n/a (${NA[keys[0]]})`); return; }
  if (!completion || typeof completion.candidates !== 'function' || typeof completion.rank !== 'function') {
    na(keys, 'no candidates()/rank() in out/src/vscode/completion.js yet'); note('completion', `n/a (${NA[keys[0]]})`); return;
  }
  const { idx, draft } = lookupSetup();
  const t0 = now();
  const all = completion.candidates(idx);
  set('completion_candidates_build_ms', now() - t0, 1);
  set('completion_candidates', all.list.length, 0);
  // Prefixes a writer types: 2-6 letters of the draft's words (names, numbers, common words), some with a typo.
  const r = rng(13);
  const words = draft.match(/[\p{L}\p{N}]{3,}/gu) || ['Biden'];
  const prefixes = Array.from({ length: 300 }, () => {
    const w = r.pick(words);
    let p = w.slice(0, r.int(2, Math.min(6, w.length)));
    if (r() < 0.2 && p.length > 3) p = p.slice(0, 2) + p[3] + p[2] + p.slice(4);
    return p;
  });
  const doc = typeof completion.documentation === 'function' ? completion.documentation : () => null;
  // The provider builds the documentation of the first EAGER_DOCS items with the list and the others' in
  // resolveCompletionItem when it has one; before, it built it for all 100 items of every request.
  const lazyDocs = typeof completion.GroundedCompletion === 'function' && typeof completion.GroundedCompletion.prototype.resolveCompletionItem === 'function';
  const request = lazyDocs
    ? p => { const r = completion.rank(completion.candidates(idx), p).slice(0, 100); for (const c of r.slice(0, completion.EAGER_DOCS ?? 1)) doc(c); return r; }
    : p => completion.rank(completion.candidates(idx), p).slice(0, 100).map(c => doc(c));
  const st = measure(request, { prepare: i => prefixes[i % prefixes.length], maxIter: 1000, minIter: 30 });
  set(keys[0], st.p50); set(keys[1], st.p95);
  row(`candidates() once (${all.list.length} candidates)`, 'completion_candidates_build_ms');
  row(lazyDocs ? 'rank() for the first 100 + documentation() of the first few, per typed prefix' : 'rank() + documentation() for the first 100, per typed prefix', ...keys);
});

// The shipped extension is the production build (minified, scripts/build.mjs --production): made in a temporary
// copy of the project (src, data, scripts, package.json) so out/ is left alone. With --out, that build is measured.
const prodOut = memo('prod', () => {
  if (opt.out || !want('activation|bundle')) return OUT;
  const dir = mkdtempSync(join(os.tmpdir(), 'grounded-bench-prod-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['src', 'data', 'scripts', 'media', 'l10n', 'package.json', 'tsconfig.json']) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  log('bench: production build…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: dir, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) { errors.push('production build failed: measuring out/ as built'); return OUT; }
  return join(dir, 'out');
});

await section('activation', `Extension activation (fresh Node process: require the ${prodOut === OUT ? '' : 'production '}bundle with a stub vscode, activate())`, () => {
  const bundle = join(prodOut, 'extension.js');
  const keys = ['activation_ms_p50', 'activation_ms_p95', 'activation_require_ms_p50', 'activation_activate_ms_p50'];
  if (!existsSync(bundle)) { na(keys, `${bundle} missing`); return; }
  const runs = [];
  const n = opt.quick ? 4 : 12;
  let last;
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/activation-child.cjs'), bundle, ROOT], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    const line = (r.stdout || '').trim().split('\n').pop();
    try { last = JSON.parse(line); } catch { throw new Error(`activation child failed: ${(r.stderr || r.stdout || '').slice(0, 500)}`); }
    if (i > 0) runs.push(last);   // the first run warms the disk cache
  }
  const c = opt.cpuTime ? '_cpu' : '';
  const total = stats(runs.map(r => r[`total${c}_ms`]));
  set(keys[0], total.p50); set(keys[1], total.p95);
  set(keys[2], stats(runs.map(r => r[`require${c}_ms`])).p50);
  set(keys[3], stats(runs.map(r => r[`activate${c}_ms`])).p50);
  const p = last.providers;
  row(`require + activate (${runs.length} runs)`, keys[0], keys[1]);
  row('  of which require / activate', keys[2], keys[3]);
  note('registered', `${p.hover} hover, ${p.completion} completion, ${p.codeAction} code action, ${p.commands} commands, ${p.diagnosticCollections} diagnostic collections${last.error ? `; activate threw: ${last.error}` : ''}`);
});

await section('bundle', 'Bundle size', () => {
  const size = f => (existsSync(f) ? statSync(f).size : null);
  set('bundle_extension_bytes', size(join(prodOut, 'extension.js')), 0);
  set('bundle_cli_bytes', size(join(prodOut, 'cli.js')), 0);
  // Loaded only when needed (pdf.js for PDF sources), shipped next to the bundle.
  const lazy = existsSync(prodOut) ? readdirSync(prodOut).filter(f => /\.(m?js)$/.test(f) && !['extension.js', 'cli.js'].includes(f)) : [];
  set('bundle_lazy_bytes', lazy.reduce((a, f) => a + statSync(join(prodOut, f)).size, 0), 0);
  set('bundle_extension_dev_bytes', size(join(OUT, 'extension.js')), 0);
  const label = prodOut === OUT ? 'as built' : 'production, minified';
  row(`extension bundle (${label}): loaded on activation`, 'bundle_extension_bytes');
  row(`loaded lazily (${lazy.join(', ') || 'none'})`, 'bundle_lazy_bytes');
  row(`CLI bundle (${label})`, 'bundle_cli_bytes');
  row('extension bundle, dev build in out/ (not shipped)', 'bundle_extension_dev_bytes');
});

// ---------------------------------------------------------------------------------------------- budget + output
const BUDGET = [
  ['check_2000w_50kw_ms_p50', '<=', 50, 'check 2,000 w vs 50 kw, p50'],
  ['check_2000w_50kw_ms_p50', '<', 100, 'issue 3: same, well under 100 ms'],
  ['recheck_5000w_50kw_ms_p50', '<=', 10, 're-check after one-word edit, p50'],
  ['hover_ms_p95', '<=', 2, 'hover p95'],
  ['completion_ms_p95', '<=', 10, 'completion p95'],
  ['extract_min_mb_per_s', '>=', 2, 'extraction (slowest size)'],
  ['extract_article_5000w_ms_p50', '<', 20, 'issue 2: 5,000-word article well under 20 ms'],
  ['index_mem_mb_per_source_mb', '<=', 60, 'index memory per MB of sources'],
  ['activation_ms_p50', '<=', 100, 'activation'],
  ['bundle_extension_bytes', '<=', 2e6, 'bundle'],
];
const budget = {};
for (const [key, op, limit, label] of BUDGET) {
  const v = R[key];
  const ok = v == null ? null : op === '<=' ? v <= limit : op === '<' ? v < limit : v >= limit;
  budget[`${key}${op === '<' ? '_issue' : ''}`] = { label, op, limit, value: v ?? null, ok };
}

const fmt = (k) => {
  const v = R[k];
  if (v === undefined) return '';
  if (v === null) return 'n/a';
  if (k.endsWith('_bytes')) return `${(v / 1e6).toFixed(3)} MB`;
  const unit = k.match(/_(ms|mb_per_s|mb_per_source_mb|mb|exponent|findings|facts|pct)(?:_p\d+)?$/)?.[1];
  const u = { ms: 'ms', mb_per_s: 'MB/s', mb_per_source_mb: 'MB/MB', mb: 'MB', exponent: '', findings: '', facts: '', pct: '%' }[unit] ?? '';
  const stat = k.match(/_(p\d+)$/)?.[1];
  return `${v}${u ? ' ' + u : ''}${stat ? ` (${stat})` : ''}`;
};
const lines = [];
lines.push(`Grounded benchmark — ${meta.date} — node ${meta.node}, ${meta.cpus} × ${meta.cpu}${opt.quick ? ' — QUICK' : ''}`);
lines.push(`inputs: ${meta.inputs}; commit ${meta.commit}`);
lines.push(`machine: calibration loop ${R.machine_calibration_ms} ms (about 20 on an idle machine), load average ${meta.loadavg_start.join(' ')}`
  + (meta.loadavg_start[0] > meta.cpus ? ` — BUSY: other work shares the ${meta.cpus} CPUs${opt.cpuTime ? '' : ', wall times are inflated (see --cpu-time)'}` : ''));
lines.push(`clock: ${meta.clock}`);
for (const r of rows) {
  if (r.title) { lines.push('', r.title); continue; }
  if (r.matrix) {
    lines.push('  p50 ms (ms per 1,000 draft words)   ' + SOURCES.map(s => `src ${kw(s)}`.padStart(16)).join(''));
    for (const d of DRAFTS) lines.push(`  draft ${String(d).padStart(5)} w`.padEnd(38) + SOURCES.map(s => {
      const v = R[`check_${d}w_${kw(s)}_ms_p50`];
      return (v == null ? 'n/a' : `${v.toFixed(1)} (${(v / d * 1000).toFixed(1)})`).padStart(16);
    }).join(''));
    continue;
  }
  const val = r.keys ? r.keys.map(fmt).filter(Boolean).join('   ') : r.text;
  lines.push(`  ${r.label.padEnd(60)} ${val}`);
}
lines.push('', 'Budget (2-core machine)');
for (const b of Object.values(budget)) {
  const key = Object.keys(budget).find(k => budget[k] === b).replace(/_issue$/, '');
  const v = b.value == null ? 'n/a' : fmt(key).replace(/ \(p\d+\)$/, '');
  const mark = b.ok == null ? '  –  ' : b.ok ? ' ok  ' : ' MISS';
  const limit = key.endsWith('_bytes') ? `${b.limit / 1e6} MB` : b.limit;
  lines.push(`  ${mark} ${b.label.padEnd(48)} ${String(v).padStart(14)} ${b.op} ${limit}`);
}
const byReason = new Map();
for (const [k, reason] of Object.entries(NA)) if (reason) byReason.set(reason, [...(byReason.get(reason) || []), k]);
for (const [reason, keys] of byReason) lines.push(`  n/a: ${reason} (${keys.length} figure${keys.length > 1 ? 's' : ''})`);
if (errors.length) lines.push('', 'Errors:', ...errors.map(e => '  ' + e.split('\n').slice(0, 3).join('\n    ')));
process.stdout.write(lines.join('\n') + '\n');

meta.loadavg_end = os.loadavg().map(x => round(x, 2));
const json = { ...R, budget, meta, errors: errors.map(e => e.split('\n')[0]) };
if (opt.save) {
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const f = join(ROOT, 'bench-results', `bench-${meta.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(f, JSON.stringify(json, null, 2) + '\n');
  log(`bench: wrote ${f}`);
}
if (opt.json) process.stdout.write(JSON.stringify(json) + '\n');
if (sink === 42.5) log('');   // keep results alive
