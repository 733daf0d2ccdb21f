// The `grounded` command line: the same engine as the extension, for CI and scripts.
import { UsageError } from './args';
import { InputError } from './read';
import { factsCommand, FACTS_USAGE } from './facts';
import { checkCommand, CHECK_USAGE } from './check';
import { fetchCommand, FETCH_USAGE } from './fetch';

const USAGE = `grounded — check drafts against their sources

${FACTS_USAGE}
${CHECK_USAGE}
${FETCH_USAGE}

Sources may be .txt, .md, .html/.htm (the article is extracted), .docx or .pdf (text layer).

Exit codes: 0 ok, 1 contradictions found (check), 2 bad usage or unreadable input.`;

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => { process.stdout.write(s); };
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'facts': return await factsCommand(rest, out);
      case 'check': return await checkCommand(rest, out);
      case 'fetch': return await fetchCommand(rest, out);
      case undefined: case '-h': case '--help': case 'help': out(USAGE + '\n'); return cmd ? 0 : 2;
      default: throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`grounded: ${e.message}\n${cmd === 'facts' ? FACTS_USAGE : cmd === 'check' ? CHECK_USAGE : cmd === 'fetch' ? FETCH_USAGE : 'run "grounded --help" for usage'}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`grounded: ${e.message}\n`); return 2; }
    process.stderr.write(`grounded: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then(code => process.stdout.write('', () => process.exit(code)));
