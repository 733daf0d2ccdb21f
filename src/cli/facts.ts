// `grounded facts FILE... [--format text|json] [--lang pl|en]`: every fact of each file, as a table or as JSON.
// All files are read and decoded before anything is printed, so a bad input prints one line on stderr and nothing else.
import { analyzeSource, FACT_KINDS, type Fact, type Lang } from '../core';
import { parseArgs, oneOf, UsageError } from './args';
import { InputError, readSource } from './read';

export const FACTS_USAGE = 'usage: grounded facts FILE... [--format text|json] [--lang pl|en]';

export interface FactsJson {
  sources: Array<{
    file: string;
    language: Lang;
    facts: Array<Pick<Fact, 'kind' | 'text' | 'start' | 'end' | 'value' | 'attributes' | 'sentence'> & { lemma: string | null; canonical: string | null }>;
  }>;
}

export async function factsCommand(argv: string[], out: (s: string) => void, err: (s: string) => void = s => { process.stderr.write(s); }): Promise<number> {
  let format: 'text' | 'json';
  let lang: Lang | undefined;
  let files: string[];
  try {
    const a = parseArgs(argv, ['format', 'lang'], ['help']);
    if (a.flags.has('help')) { out(FACTS_USAGE + '\n'); return 0; }
    format = oneOf(a.options.get('format')?.at(-1), ['text', 'json'] as const, 'format', 'text');
    const l = a.options.get('lang')?.at(-1);
    lang = l === undefined ? undefined : oneOf(l, ['pl', 'en'] as const, 'lang', 'pl');
    files = a.positional;
    if (!files.length) throw new UsageError('no input file given');
  } catch (e) {
    if (e instanceof UsageError) { err(`grounded facts: ${e.message} (${FACTS_USAGE})\n`); return 2; }
    throw e;
  }
  const texts: Array<readonly [string, string]> = [];
  try {
    // Read all first: fail before printing anything. .html/.docx/.pdf give their extracted text.
    for (const f of files) texts.push([f, await readSource(f, w => err(`grounded facts: ${w}\n`))] as const);
  } catch (e) {
    if (e instanceof InputError) { err(`grounded facts: ${e.message}\n`); return 2; }
    throw e;
  }
  const sources = texts.map(([file, text]) => {
    const { document, facts } = analyzeSource(file, text, { language: lang });
    return { file, language: document.language, facts };
  });
  if (format === 'json') out(JSON.stringify(toJson(sources)) + '\n');
  else out(sources.map(s => renderTable(s.file, s.language, s.facts)).join(''));
  return 0;
}

export function toJson(sources: Array<{ file: string; language: Lang; facts: Fact[] }>): FactsJson {
  return {
    sources: sources.map(s => ({
      file: s.file, language: s.language,
      facts: s.facts.map(f => ({
        kind: f.kind, text: f.text, start: f.start, end: f.end, value: f.value,
        lemma: f.lemma ?? null, canonical: f.canonical ?? null, attributes: f.attributes,
        sentence: { start: f.sentence.start, end: f.sentence.end },
      })),
    })),
  };
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/** A plain-text table: one section per kind, one line per fact (offset, text as written, then what it means). */
export function renderTable(file: string, language: string, facts: Fact[]): string {
  const lines = [`${file} (${language}): ${facts.length} fact${facts.length === 1 ? '' : 's'}`];
  for (const kind of FACT_KINDS) {
    const of = facts.filter(f => f.kind === kind);
    if (!of.length) continue;
    lines.push('', `  ${kind} (${of.length})`);
    const shownWidth = Math.min(60, Math.max(...of.map(f => oneLine(f.text, 60).length)));
    for (const f of of) {
      const shown = oneLine(f.text, 60);
      const extra = [
        f.value !== shown && f.value !== oneLine(f.text, 1e9) && kind !== 'quote' && kind !== 'demand' ? `= ${oneLine(f.value, 60)}` : '',
        f.lemma && f.lemma !== shown ? `lemma: ${f.lemma}` : '',
        f.canonical && f.canonical !== f.lemma ? `entity: ${f.canonical}` : '',
        ...Object.entries(f.attributes)
          .filter(([, v]) => v !== null && v !== '' && v !== false && !(Array.isArray(v) && !v.length))
          .map(([k, v]) => v === true ? k : `${k}: ${Array.isArray(v) ? v.join(', ') : oneLine(String(v), 60)}`),
      ].filter(Boolean).join('  ');
      lines.push(`    ${String(f.start).padStart(6)}  ${shown.padEnd(shownWidth)}${extra ? '  ' + extra : ''}`.trimEnd());
    }
  }
  return lines.join('\n') + '\n\n';
}
