// usage: node ana.js poleval|slavicner kind [fp|fn] [N]
const fs = require('fs');
const { analyzeDocument } = require('/work/wt/ner/out/src/core/document.js');
const { extractEntities } = require('/work/wt/ner/out/src/core/extract/entities.js');
const [mode, kind, what = 'fp', N = '60', part = 'all'] = process.argv.slice(2);
let docs;
if (mode === 'poleval') {
  const kindOf = t => t === 'persName' ? 'person' : t === 'orgName' ? 'organization' : (t.startsWith('placeName') || t === 'geogName') ? 'place' : null;
  docs = fs.readFileSync('/work/shared/eval-data/pl-poleval2018-ner-gold/poleval2018_ner_gold.jsonl', 'utf8').trim().split('\n').map(l => JSON.parse(l))
    .filter(d => d.genre === 'Dzienniki' || d.genre === 'Pozostałe periodyki')
    .map(d => ({ text: d.text, gold: d.entities.filter(e => kindOf(e.type) && e.offsets.length === 1).map(e => ({ kind: kindOf(e.type), type: e.type, start: e.offsets[0][0], end: e.offsets[0][1], text: e.text })) }));
} else {
  const kindOf = t => ({ PER: 'person', ORG: 'organization', LOC: 'place' })[t] ?? t;
  docs = fs.readFileSync('/work/shared/eval-data/pl-slavicner-news/docs.jsonl', 'utf8').trim().split('\n').map(l => JSON.parse(l))
    .map(d => ({ text: d.text, gold: d.entities.map(e => ({ kind: kindOf(e.type), type: e.type, start: e.start, end: e.end, lemma: e.lemma, text: e.mention, entity: e.entity_id })) }));
}
const ov = (a, b) => a.start < b.end && b.start < a.end;
const cnt = new Map(); const ex = new Map();
let t = 0;
for (const d of docs) {
  const t0 = performance.now();
  const doc = analyzeDocument('x.txt', d.text);
  const facts = extractEntities(doc);
  t += performance.now() - t0;
  const p = facts.filter(f => f.kind === kind), g = d.gold.filter(x => x.kind === kind);
  if (what === 'fp') for (const f of p) { if (!g.some(x => ov(x, f))) { const other = d.gold.find(x => ov(x, f)); const k = f.text + (other ? ` [${other.type}]` : ''); cnt.set(k, (cnt.get(k) ?? 0) + 1); if (!ex.has(k)) ex.set(k, d.text.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\s+/g, ' ')); } }
  if (what === 'fn') for (const x of g) { if (!p.some(f => ov(x, f))) { const other = facts.find(f => ov(x, f)); const k = x.text + (other ? ` [as ${other.kind}]` : ''); cnt.set(k, (cnt.get(k) ?? 0) + 1); if (!ex.has(k)) ex.set(k, d.text.slice(Math.max(0, x.start - 60), x.end + 40).replace(/\s+/g, ' ')); } }
  if (what === 'lemma') for (const x of g) { const f = p.find(f => f.start === x.start && f.end === x.end); if (f && f.lemma.toLowerCase() !== x.lemma.toLowerCase()) { const k = `${x.text} → ${f.lemma} (gold ${x.lemma})`; cnt.set(k, (cnt.get(k) ?? 0) + 1); } }
  if (what === 'cons') { const by = new Map(); for (const x of g) { const f = p.find(f => ov(x, f)); if (!f) continue; if (!by.has(x.entity)) by.set(x.entity, new Map()); by.get(x.entity).set(f.canonical, x.text); } for (const [e, m] of by) if (m.size > 1) { const k = e + ': ' + [...m].map(([c, tx]) => `${c}<${tx}>`).join(' | '); cnt.set(k, (cnt.get(k) ?? 0) + 1); } }
}
const tot = [...cnt.values()].reduce((a, b) => a + b, 0);
console.log(`total ${tot}, ms ${t.toFixed(0)}`);
for (const [k, v] of [...cnt].sort((a, b) => b[1] - a[1]).slice(0, +N)) console.log(String(v).padStart(4), k, ex.has(k) ? '   …' + ex.get(k) : '');
