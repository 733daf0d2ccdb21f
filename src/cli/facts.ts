// `grounded facts FILE... [--format text|json] [--lang pl|en]`
import { analyzeSource, FACT_KINDS, type Fact, type Lang } from '../core';
import { parseArgs, oneOf, UsageError } from './args';
import { readSource } from './read';

export const FACTS_USAGE = 'usage: grounded facts FILE... [--format text|json] [--lang pl|en]';

export async function factsCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const a = parseArgs(argv, ['format', 'lang'], ['help']);
  if (a.flags.has('help')) { out(FACTS_USAGE + '\n'); return 0; }
  if (!a.positional.length) throw new UsageError('no input file given');
  const format = oneOf(a.options.get('format')?.at(-1), ['text', 'json'] as const, 'format', 'text');
  const lang = a.options.get('lang')?.at(-1) as Lang | undefined;
  if (lang !== undefined) oneOf(lang, ['pl', 'en'] as const, 'lang', 'pl');
  const texts: Array<readonly [string, string]> = []; // read all first: fail before printing anything
  for (const f of a.positional) texts.push([f, await readSource(f, w => process.stderr.write(`grounded: ${w}\n`))] as const);
  const sources = texts.map(([file, text]) => {
    const { document, facts } = analyzeSource(file, text, { language: lang });
    return { file, language: document.language, facts };
  });
  if (format === 'json') {
    out(JSON.stringify({
      sources: sources.map(s => ({
        file: s.file, language: s.language,
        facts: s.facts.map(f => ({
          kind: f.kind, text: f.text, start: f.start, end: f.end, value: f.value,
          lemma: f.lemma ?? null, canonical: f.canonical ?? null, attributes: f.attributes, sentence: f.sentence,
        })),
      })),
    }) + '\n');
  } else {
    for (const s of sources) out(renderTable(s.file, s.language, s.facts));
  }
  return 0;
}

function renderTable(file: string, language: string, facts: Fact[]): string {
  const lines = [`${file} (${language}): ${facts.length} facts`];
  for (const kind of FACT_KINDS) {
    const of = facts.filter(f => f.kind === kind);
    if (!of.length) continue;
    lines.push('', `  ${kind} (${of.length})`);
    for (const f of of) {
      const shown = f.text.replace(/\s+/g, ' ');
      const extra = [
        f.value !== shown ? `= ${f.value}` : '',
        f.lemma && f.lemma !== shown ? `lemma: ${f.lemma}` : '',
        f.canonical && f.canonical !== f.lemma ? `entity: ${f.canonical}` : '',
        ...Object.entries(f.attributes).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length)).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`),
      ].filter(Boolean).join('  ');
      lines.push(`    ${String(f.start).padStart(6)}  ${shown.length > 70 ? shown.slice(0, 67) + '…' : shown}${extra ? '   ' + extra : ''}`);
    }
  }
  return lines.join('\n') + '\n\n';
}
