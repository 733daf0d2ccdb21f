#!/usr/bin/env node
// `npm run eval`: the project's measurements, one step after another. Each step is a script run from the project root;
// add steps to STEPS. Options: --shared DIR (default ../shared relative to the project root), --limit N, --only NAME.
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
];

if (!existsSync(join(shared, 'eval'))) {
  console.error(`shared data not found at ${shared} (use --shared DIR)`);
  process.exit(2);
}
let failed = 0;
for (const step of STEPS) {
  if (only && step.name !== only) continue;
  const args = [join(root, step.script), ...step.args, '--shared', shared, ...(limit ? ['--limit', limit] : [])];
  console.log(`== ${step.name}`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
