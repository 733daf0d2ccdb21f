// Minimal argument parsing for the CLI: positional arguments and --flag / --flag value options.

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** `valued` names options that take a value (repeatable); every other --name is a boolean flag. */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (valued.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`option --${name} needs a value`);
        options.set(name, [...(options.get(name) ?? []), v]);
        // `--source a b c`: later non-option words belong to --source too.
        if (name === 'source' && eq < 0) {
          while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.get(name)!.push(argv[++i]);
        }
      } else if (booleans.includes(name)) {
        flags.add(name);
      } else {
        throw new UsageError(`unknown option ${a}`);
      }
    } else if (a.startsWith('-') && a.length > 1) {
      if (a === '-h') flags.add('help');
      else if (a === '-o' && valued.includes('output')) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError('option -o needs a value');
        options.set('output', [v]);
      } else throw new UsageError(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  return { positional, options, flags };
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, dflt: T): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
