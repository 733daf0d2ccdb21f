#!/usr/bin/env node
// Fact extraction figures: runs the shared scorer (shared/eval/score-facts.mjs) on PolEval 2018 news and SlavicNER
// and prints its figures as a table. usage: node scripts/eval-facts.mjs [poleval|slavicner ...] [--shared DIR] [--limit N]
// Build first (npm run build): the scorer runs the CLI from package.json's bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); if (i < 0) return dflt; const v = argv[i + 1]; argv.splice(i, 2); return v; };
const shared = resolve(root, opt('--shared', '../shared'));
const limit = opt('--limit');
const sets = argv.length ? argv : ['poleval', 'slavicner'];
const scorer = join(shared, 'eval/score-facts.mjs');
if (!existsSync(scorer)) { console.error(`scorer not found: ${scorer} (use --shared DIR)`); process.exit(2); }
if (!existsSync(join(root, 'out/cli.js'))) { console.error('out/cli.js missing: run npm run build first'); process.exit(2); }

let failed = 0;
for (const set of sets) {
  const r = spawnSync(process.execPath, [scorer, set, '--shared', shared, ...(limit ? ['--limit', limit] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = (r.stdout || '').trim().split('\n').at(-1) ?? '';
  let fig;
  try { fig = JSON.parse(line); } catch { console.log(`${set}: FAILED ${(r.stdout + r.stderr).slice(0, 300)}`); failed++; continue; }
  console.log(`${set} (${fig.docs} docs, ${fig.ms} ms)`);
  for (const [kind, f] of Object.entries(fig)) {
    if (typeof f !== 'object') continue;
    const extra = Object.entries(f).filter(([k]) => !['gold', 'recall', 'precision'].includes(k)).map(([k, v]) => `${k} ${v}`).join('  ');
    console.log(`  ${kind.padEnd(13)} gold ${String(f.gold).padStart(5)}  recall ${f.recall.toFixed(3)}  precision ${f.precision.toFixed(3)}${extra ? '  ' + extra : ''}`);
  }
}
process.exit(failed ? 1 : 0);
