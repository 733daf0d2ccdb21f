// The `grounded` command line: the same engine as the extension, for CI and scripts.
import { UsageError } from './args';
import { InputError } from './read';
import { factsCommand, FACTS_USAGE } from './facts';
import { checkCommand, CHECK_USAGE } from './check';

const USAGE = `grounded — check drafts against their sources

${FACTS_USAGE}
${CHECK_USAGE}

Exit codes: 0 ok, 1 contradictions found (check), 2 bad usage or unreadable input.`;

export function main(argv: string[]): number {
  const out = (s: string) => { process.stdout.write(s); };
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'facts': return factsCommand(rest, out);
      case 'check': return checkCommand(rest, out);
      case undefined: case '-h': case '--help': case 'help': out(USAGE + '\n'); return cmd ? 0 : 2;
      default: throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`grounded: ${e.message}\n${cmd === 'facts' ? FACTS_USAGE : cmd === 'check' ? CHECK_USAGE : 'run "grounded --help" for usage'}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`grounded: ${e.message}\n`); return 2; }
    process.stderr.write(`grounded: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}

const code = main(process.argv.slice(2));
process.stdout.write('', () => process.exit(code));
