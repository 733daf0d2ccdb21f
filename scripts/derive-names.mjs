#!/usr/bin/env node
// Derives data/pl/names.json from the Polish Hunspell dictionary (npm package `dictionary-pl`, SJP.pl / OpenOffice
// Polish dictionary, GPL/LGPL/MPL/CC-SA). Only capitalised entries (proper names) and the suffix rules their flags use
// are kept; the engine expands them to an inflected-form → lemma table on first use (src/core/morph/names.ts).
// usage: node scripts/derive-names.mjs DIR_WITH_index.aff_AND_index.dic [out.json]
//   (get the package with: npm pack dictionary-pl && tar xzf dictionary-pl-*.tgz → package/)
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
const out = process.argv[3] ?? 'data/pl/names.json';
if (!dir) { console.error('usage: derive-names.mjs DICT_DIR [out.json]'); process.exit(2); }
const aff = readFileSync(`${dir}/index.aff`, 'utf8').split('\n');
const dic = readFileSync(`${dir}/index.dic`, 'utf8').split('\n').slice(1).map(l => l.trim()).filter(Boolean);

const rules = {};
for (let i = 0; i < aff.length; i++) {
  const p = aff[i].trim().split(/\s+/);
  if (p[0] !== 'SFX' || p.length !== 4) continue;
  const n = Number(p[3]);
  rules[p[1]] = [];
  for (let j = 1; j <= n; j++) {
    const q = aff[i + j].trim().split(/\s+/);
    rules[p[1]].push([q[2] === '0' ? '' : q[2], q[3] === '0' ? '' : q[3].split('/')[0], q[4] ?? '.']);
  }
  i += n;
}

// Proper names: capitalised, letters (and inner hyphen/apostrophe/space) only; no acronym inflections like "PKF-ie".
const entries = dic.map(l => { const k = l.indexOf('/'); return k < 0 ? [l, ''] : [l.slice(0, k), l.slice(k + 1)]; })
  .filter(([w]) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !/^\p{Lu}{2,}-/u.test(w) && !/^\p{Lu}+$/u.test(w));
const re = new Map();
const generated = new Set();
for (const [w, f] of entries) {
  for (const c of f) for (const [strip, add, cond] of rules[c] ?? []) {
    const key = `${cond}$`;
    if (!re.has(key)) re.set(key, new RegExp(key, 'u'));
    if (!re.get(key).test(w) || (strip && !w.endsWith(strip))) continue;
    generated.add(w.slice(0, w.length - strip.length) + add);
  }
}
const groups = {};
for (const [w, f] of entries) {
  if (!f && generated.has(w)) continue; // an inflected form listed on its own
  const flags = [...new Set(f)].filter(c => rules[c]).sort().join('');
  (groups[flags] ??= []).push(w);
}
const used = new Set(Object.keys(groups).join(''));
const keptRules = {};
for (const c of [...used].sort()) keptRules[c] = rules[c].map(r => r.join(',')).join(';');
const data = {
  source: 'dictionary-pl (SJP.pl Polish Hunspell dictionary; GPL/LGPL/MPL/CC-SA): capitalised entries and their suffix rules',
  rules: keptRules,
  groups: Object.fromEntries(Object.entries(groups).sort().map(([k, v]) => [k, v.sort().join(' ')])),
};
writeFileSync(out, JSON.stringify(data));
console.log(`${out}: ${entries.length} names, ${Object.keys(groups).length} flag groups, ${(JSON.stringify(data).length / 1024).toFixed(0)} KiB`);
