// `grounded fetch URL [-o FILE] [--timeout SECONDS] [--max-size MB] [--force]`: downloads a page (the only
// network access Grounded makes), extracts its article and writes it as a Markdown source with front matter.
import { existsSync, writeFileSync } from 'node:fs';
import { fetchSource } from '../node/fetch';
import { parseArgs, UsageError } from './args';
import { InputError } from './read';

export const FETCH_USAGE = 'usage: grounded fetch URL [-o FILE] [--timeout SECONDS] [--max-size MB] [--force]';

function positive(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number (got "${v}")`);
  return n;
}

export async function fetchCommand(argv: string[], out: (s: string) => void, err: (s: string) => void = s => { process.stderr.write(s); }): Promise<number> {
  const a = parseArgs(argv, ['output', 'timeout', 'max-size'], ['help', 'force']);
  if (a.flags.has('help')) { out(FETCH_USAGE + '\n'); return 0; }
  if (a.positional.length !== 1) throw new UsageError(a.positional.length ? 'give one address' : 'no address given');
  const output = a.options.get('output')?.at(-1);
  const timeout = positive(a.options.get('timeout')?.at(-1), 'timeout');
  const maxSize = positive(a.options.get('max-size')?.at(-1), 'max-size');
  if (output && existsSync(output) && !a.flags.has('force')) throw new InputError(`${output}: already exists (use --force to replace it)`);
  const r = await fetchSource(a.positional[0], {
    timeoutMs: timeout !== undefined ? timeout * 1000 : undefined,
    maxBytes: maxSize !== undefined ? Math.round(maxSize * 1048576) : undefined,
  });
  if ('error' in r) throw new InputError(`${a.positional[0]}: ${r.error}`);
  for (const w of r.source.warnings) err(`grounded: ${r.page.url}: ${w}\n`);
  if (!output) { out(r.markdown); return 0; }
  try {
    writeFileSync(output, r.markdown, { flag: a.flags.has('force') ? 'w' : 'wx' });
  } catch (e) {
    throw new InputError(`${output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const words = r.source.text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
  err(`grounded: saved "${r.source.title ?? r.page.url}" (${r.source.format}, ${words} words) to ${output}\n`);
  return 0;
}
