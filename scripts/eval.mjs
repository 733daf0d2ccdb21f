#!/usr/bin/env node
// `npm run eval`: the project's measurements, one step after another. Each step is a script run from the project root;
// add steps to STEPS. Options: --shared DIR (default ../shared relative to the project root), --limit N, --only NAME.
// A step's `script` is relative to the project root, or to the shared folder when `shared: true`; `limit: false` steps
// do not take --limit. Build first (npm run build): the scorers run the CLI from package.json's bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const shared = resolve(root, opt('--shared', '../shared'));
const limit = opt('--limit');
const only = opt('--only');

export const STEPS = [
  { name: 'facts-poleval', script: 'scripts/eval-facts.mjs', args: ['poleval'] },
  { name: 'facts-slavicner', script: 'scripts/eval-facts.mjs', args: ['slavicner'] },
  // The contradiction checker: labelled dev statements, the seed sample, SummEdits (strict) and false alarms on
  // independent write-ups of the same event.
  { name: 'check-pl-news-dev', shared: true, script: 'eval/score.mjs', args: sh => [join(sh, 'eval/dev/pl-news-dev.jsonl')], limit: false },
  { name: 'check-en-news-dev', shared: true, script: 'eval/score.mjs', args: sh => [join(sh, 'eval/dev/en-news-dev.jsonl')], limit: false },
  { name: 'check-seed-dev', shared: true, script: 'eval/score.mjs', args: sh => [join(sh, 'eval/dev/seed-dev.tsv'), join(sh, 'samples/biden-putin-call.pl.txt')], limit: false },
  { name: 'check-summedits-strict', shared: true, script: 'eval/score-summedits.mjs', args: ['--', '--strict'], limit: false },
  { name: 'check-same-event', shared: true, script: 'eval/score-same-event.mjs', args: [], limit: false },
];

if (!existsSync(join(shared, 'eval'))) {
  console.error(`shared data not found at ${shared} (use --shared DIR)`);
  process.exit(2);
}
let failed = 0;
for (const step of STEPS) {
  if (only && step.name !== only) continue;
  const stepArgs = typeof step.args === 'function' ? step.args(shared) : step.args;
  // --shared goes before the step's own arguments (some scorers pass everything after "--" on to the CLI).
  const args = [join(step.shared ? shared : root, step.script), '--shared', shared, ...(limit && step.limit !== false ? ['--limit', limit] : []), ...stepArgs];
  console.log(`== ${step.name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
