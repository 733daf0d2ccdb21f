// `grounded check DRAFT... --source FILE_OR_GLOB... [--format text|json|sarif] [--lang pl|en] [--strict] [--config FILE]`
// Sources come from --source, from the draft's front matter (`sources:`, relative to the draft) and from the
// config file (`grounded.json` / `.groundedrc.json`, found walking up from the draft; `sources` relative to it).
// Exit codes: 0 no error/warning finding, 1 at least one, 2 bad usage or unreadable input.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve, relative, isAbsolute, dirname, join, sep } from 'node:path';
import {
  checkDraft, SourceIndex, RULE_INFO, type Finding, type Lang, type Severity, type AnalyzedDocument,
} from '../core';
import {
  expandSources, frontMatterSources, parseConfig, findConfigFile, type FileAccess, type GroundedConfig,
} from '../core/check/config';
import { IGNORE_FILE_NAME, parseIgnoreFile, entryAppliesTo, type IgnoreEntry } from '../core/check/suppress';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../core/check/report';
import { parseFrontMatter } from '../core/document';
import { DEFAULT_MAX_BYTES } from '../core/decode';
import { parseArgs, oneOf, UsageError } from './args';
import { readTextFile, readSource, InputError } from './read';
import pkg from '../../package.json';

export const CHECK_USAGE = 'usage: grounded check DRAFT... --source FILE_OR_GLOB... [--format text|json|sarif] [--lang pl|en] [--strict] [--config FILE]';

const CHECK_HELP = `${CHECK_USAGE}

Checks each draft against its sources and reports statements that contradict them, with the source sentence as evidence.
Sources: --source (files or globs such as "sources/**/*.md", relative to the current folder), the draft's front matter
("sources:" list, relative to the draft) and "sources" in grounded.json / .groundedrc.json (found by walking up from the
draft; relative to that file). A draft that is also a source is not checked against itself.
  --format text|json|sarif   output (default text)
  --lang pl|en               the drafts' language (default: detected)
  --strict                   also warn about names, numbers and dates that no source contains
  --config FILE              use this config file instead of searching for one
Findings can be turned off with <!-- grounded-disable-next-line [rule] --> comments and ${IGNORE_FILE_NAME}.
Exit codes: 0 no contradiction, 1 contradictions (errors or warnings) found, 2 bad usage or unreadable input.`;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_LISTED = 200_000;

const slash = (p: string) => sep === '\\' ? p.replace(/\\/g, '/') : p;

/** node:fs for the pure config/glob helpers. */
export const nodeFiles: FileAccess & { readFile(p: string): string | undefined } = {
  isFile(p) { try { return statSync(p).isFile(); } catch { return false; } },
  listFiles(dir) {
    const out: string[] = [];
    const walk = (d: string) => {
      let entries;
      try { entries = readdirSync(d, { withFileTypes: true }); } catch { return; }
      for (const e of entries) {
        if (out.length >= MAX_LISTED) return;
        const p = d === '/' ? `/${e.name}` : `${d}/${e.name}`;
        if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p); } else if (e.isFile()) out.push(p);
        else if (e.isSymbolicLink()) { try { if (statSync(p).isFile()) out.push(p); } catch { /* dangling link */ } }
      }
    };
    walk(slash(dir).replace(/\/$/, '') || '/');
    return out;
  },
  readFile(p) { try { return readTextFile(p); } catch { return undefined; } },
};

/** The folder where the config search stops: the nearest folder with .git, else the file system root. */
function repoRoot(from: string): string | undefined {
  let d = from;
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

interface LoadedConfig { file?: string; config: GroundedConfig }

export async function checkCommand(argv: string[], out: (s: string) => void, err: (s: string) => void = s => { process.stderr.write(s); }): Promise<number> {
  const a = parseArgs(argv, ['source', 'format', 'lang', 'config'], ['strict', 'help']);
  if (a.flags.has('help')) { out(CHECK_HELP + '\n'); return 0; }
  const format = oneOf(a.options.get('format')?.at(-1), REPORT_FORMATS, 'format', 'text') as ReportFormat;
  const langOpt = a.options.get('lang')?.at(-1);
  const lang: Lang | undefined = langOpt === undefined ? undefined : oneOf(langOpt, ['pl', 'en'] as const, 'lang', 'pl');
  if (!a.positional.length) throw new UsageError('no draft given');
  const cwd = process.cwd();
  const display = (abs: string) => {
    const r = relative(cwd, abs);
    return slash(r && !r.startsWith('..') && !isAbsolute(r) ? r : abs);
  };
  const warn = (s: string) => err(`grounded: warning: ${s}\n`);
  const knownRules = RULE_INFO.map(r => r.code);

  // Config: --config FILE, or found per draft.
  const configs = new Map<string, LoadedConfig>();
  const loadConfigFile = (file: string): LoadedConfig => {
    const cached = configs.get(file);
    if (cached) return cached;
    const text = readTextFile(file); // InputError → exit 2
    const { config, errors, warnings } = parseConfig(text, display(file), knownRules);
    for (const w of warnings) warn(w);
    if (errors.length) throw new InputError(errors.join('\n  '));
    const c = { file, config };
    configs.set(file, c);
    return c;
  };
  const explicitConfig = a.options.get('config')?.at(-1);
  const forced = explicitConfig !== undefined ? loadConfigFile(resolve(explicitConfig)) : undefined;
  const configFor = (draftAbs: string): LoadedConfig => {
    if (forced) return forced;
    const file = findConfigFile(slash(draftAbs), p => nodeFiles.isFile(p), repoRoot(dirname(draftAbs)) && slash(repoRoot(dirname(draftAbs))!));
    return file ? loadConfigFile(file) : { config: { sources: [], severities: {} } };
  };

  // Drafts (paths or globs relative to cwd).
  const drafts = expandSources(a.positional, slash(cwd), nodeFiles);
  if (drafts.unmatched.length) {
    const p = drafts.unmatched[0];
    throw new InputError(`${p}: ${existsSync(p) && statSync(p).isDirectory() ? 'is a directory, not a file' : 'no such file'}`);
  }

  // Read every draft first (fail before printing anything), then resolve its sources.
  const cliSources = a.options.get('source') ?? [];
  const cliExpanded = expandSources(cliSources, slash(cwd), nodeFiles);
  for (const p of cliExpanded.unmatched) {
    if (/[*?{[]/.test(p)) warn(`--source ${p} matches no file`);
    else throw new InputError(`${p}: ${existsSync(p) && statSync(p).isDirectory() ? 'is a directory, not a file (use a glob such as "' + p.replace(/\/$/, '') + '/**/*.md")' : 'no such file'}`);
  }
  const explicitSources = new Set(cliSources.filter(p => !/[*?{[]/.test(p)).map(p => slash(resolve(p))));

  const index = new SourceIndex();
  const unreadable = new Set<string>();
  const maxBytesFor = (c: GroundedConfig) => c.maxFileSize ?? DEFAULT_MAX_BYTES;
  // Sources may be .html/.docx/.pdf too: their extracted text is indexed (readSource converts them).
  const loadSource = async (abs: string, maxBytes: number): Promise<boolean> => {
    const name = display(abs);
    if (index.has(name)) return true;
    if (unreadable.has(abs)) return false;
    try {
      index.update(name, await readSource(abs, w => warn(w), maxBytes));
      return true;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (explicitSources.has(abs)) throw e;
      unreadable.add(abs);
      warn(`source skipped: ${e.message}`);
      return false;
    }
  };

  interface Job { abs: string; name: string; text: string; config: LoadedConfig; sources: string[] }
  const jobs: Job[] = [];
  for (const abs of drafts.files) {
    const cfg = configFor(abs);
    jobs.push({ abs, name: display(abs), text: readTextFile(abs, maxBytesFor(cfg.config)), config: cfg, sources: [] });
  }
  for (const job of jobs) {
    const files: string[] = [...cliExpanded.files];
    if (job.config.file && job.config.config.sources.length) {
      const e = expandSources(job.config.config.sources, slash(dirname(job.config.file)), nodeFiles);
      for (const p of e.unmatched) warn(`${display(job.config.file)}: source ${p} matches no file`);
      files.push(...e.files);
    }
    const fm = parseFrontMatter(job.text);
    if (fm.data) {
      const { patterns, errors } = frontMatterSources(fm.data);
      for (const m of errors) warn(`${job.name}: ${m}`);
      const e = expandSources(patterns, slash(dirname(job.abs)), nodeFiles);
      for (const p of e.unmatched) warn(`${job.name}: front matter source ${p} matches no file`);
      files.push(...e.files);
    }
    const self = slash(job.abs);
    const seen = new Set<string>();
    for (const f of files) {
      const abs = slash(resolve(f));
      if (abs === self || seen.has(abs)) continue;
      seen.add(abs);
      if (await loadSource(abs, maxBytesFor(job.config.config))) job.sources.push(display(abs));
    }
    if (!job.sources.length) {
      throw new InputError(`${job.name}: no sources to check against; give --source FILE_OR_GLOB, a "sources:" list in the draft's front matter, or "sources" in grounded.json`);
    }
  }

  // Check.
  const findings: Finding[] = [];
  const documents: AnalyzedDocument[] = [];
  const usedSources = new Set<string>();
  const views = new Map<string, SourceIndex>();
  for (const job of jobs) {
    const cfg = job.config.config;
    // Drafts with the same sources share one view of the index (its cross-source maps are built once).
    const key = [...job.sources].sort().join('\u0000');
    let view = views.get(key);
    if (!view) { view = index.subset(job.sources); views.set(key, view); }
    const result = checkDraft({ file: job.name, text: job.text }, view, {
      strict: a.flags.has('strict') || cfg.strict === true,
      language: lang ?? cfg.language,
      severities: cfg.severities,
      ignore: ignoreEntriesFor(job.abs),
    });
    for (const w of result.warnings) warn(`${job.name}: ${w}`);
    findings.push(...result.findings);
    documents.push(result.document);
    for (const s of job.sources) usedSources.add(s);
  }

  out(formatReport(format, {
    findings, drafts: documents, sourceCount: usedSources.size, baseDir: slash(cwd), toolVersion: pkg.version,
    sourceText: f => index.get(f)?.document.text,
  }));
  return findings.some(f => isProblem(f.severity)) ? 1 : 0;

  function ignoreEntriesFor(draftAbs: string): IgnoreEntry[] {
    // The nearest .grounded-ignore.json walking up from the draft (to the repository root); entry paths are relative to it.
    const root = repoRoot(dirname(draftAbs));
    let d = dirname(draftAbs);
    for (;;) {
      const f = join(d, IGNORE_FILE_NAME);
      if (nodeFiles.isFile(f)) {
        let text: string;
        try { text = readTextFile(f); } catch (e) { warn(`${display(f)}: ${(e as Error).message}`); return []; }
        const { data, errors } = parseIgnoreFile(text);
        for (const m of errors) warn(`${display(f)}: ${m}`);
        const rel = slash(relative(d, draftAbs));
        return data.ignore.filter(e => entryAppliesTo(e, rel)).map(e => ({ code: e.code, found: e.found, context: e.context }));
      }
      if (d === root) return [];
      const up = dirname(d);
      if (up === d) return [];
      d = up;
    }
  }
}

const isProblem = (s: Severity) => s === 'error' || s === 'warning';
