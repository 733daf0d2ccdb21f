// Workspace configuration (`grounded.json` or `.groundedrc.json`), draft front matter `sources:`, and globs.
// Pure: file access comes in as functions, so the CLI (node:fs) and the extension (workspace.fs) share this code.
// Paths are handled with '/' separators (backslashes are turned into '/').
//
// grounded.json:
//   { "sources": ["sources/**/*.md", "ref/report.txt"],     // globs, relative to the config file's folder
//     "severities": { "time-mismatch": "off" | "hint" | "information" | "warning" | "error" },
//     "strict": false, "language": "pl" | "en", "maxFileSize": 20971520 }
import type { Lang, Severity } from '../types';

export const CONFIG_FILE_NAMES = ['grounded.json', '.groundedrc.json'] as const;

export interface GroundedConfig {
  sources: string[];
  severities: Record<string, Severity | 'off'>;
  strict?: boolean;
  language?: Lang;
  /** Largest file (bytes) read as a source or draft. */
  maxFileSize?: number;
}

export interface ConfigProblem {
  file: string;
  message: string;
}

const SEVERITY_VALUES = ['off', 'hint', 'information', 'warning', 'error'] as const;
const KNOWN_KEYS = new Set(['sources', 'severities', 'strict', 'language', 'maxFileSize', '$schema']);

const typeName = (v: unknown) => v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? `"${v}"` : String(v);

/**
 * Parses and validates a config file's text. Never throws: problems come back as messages (one per problem) and
 * the valid parts are kept. `knownRules`: codes for an "unknown rule" message (optional).
 */
export function parseConfig(text: string, file = 'grounded.json', knownRules?: readonly string[]): { config: GroundedConfig; errors: string[]; warnings: string[] } {
  const config: GroundedConfig = { sources: [], severities: {} };
  const errors: string[] = [];
  const warnings: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config, errors: [`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`], warnings };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { config, errors: [`${file}: must hold a JSON object, not ${typeName(raw)}`], warnings };
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KNOWN_KEYS.has(k)) warnings.push(`${file}: unknown setting "${k}" (known: sources, severities, strict, language, maxFileSize)`);
  if (o.sources !== undefined) {
    const list = typeof o.sources === 'string' ? [o.sources] : o.sources;
    if (!Array.isArray(list)) errors.push(`${file}: "sources" must be a list of paths or globs, not ${typeName(o.sources)}`);
    else {
      list.forEach((s, i) => {
        if (typeof s === 'string' && s.trim()) config.sources.push(s.trim());
        else errors.push(`${file}: "sources" entry ${i + 1} must be a non-empty path or glob, not ${typeName(s)}`);
      });
    }
  }
  if (o.severities !== undefined) {
    if (!o.severities || typeof o.severities !== 'object' || Array.isArray(o.severities)) errors.push(`${file}: "severities" must be an object {"rule": "off|hint|information|warning|error"}`);
    else {
      for (const [rule, sev] of Object.entries(o.severities as Record<string, unknown>)) {
        const v = typeof sev === 'string' ? sev.toLowerCase() : sev;
        const norm = v === 'info' ? 'information' : v;
        if (typeof norm !== 'string' || !(SEVERITY_VALUES as readonly string[]).includes(norm)) {
          errors.push(`${file}: severity of "${rule}" must be one of ${SEVERITY_VALUES.join(', ')}, not ${typeName(sev)}`);
          continue;
        }
        if (knownRules && !knownRules.includes(rule)) warnings.push(`${file}: unknown rule "${rule}" in "severities"`);
        config.severities[rule] = norm as Severity | 'off';
      }
    }
  }
  if (o.strict !== undefined) {
    if (typeof o.strict === 'boolean') config.strict = o.strict;
    else errors.push(`${file}: "strict" must be true or false, not ${typeName(o.strict)}`);
  }
  if (o.language !== undefined) {
    if (o.language === 'pl' || o.language === 'en') config.language = o.language;
    else errors.push(`${file}: "language" must be "pl" or "en", not ${typeName(o.language)}`);
  }
  if (o.maxFileSize !== undefined) {
    if (typeof o.maxFileSize === 'number' && Number.isFinite(o.maxFileSize) && o.maxFileSize > 0) config.maxFileSize = Math.floor(o.maxFileSize);
    else errors.push(`${file}: "maxFileSize" must be a positive number of bytes, not ${typeName(o.maxFileSize)}`);
  }
  return { config, errors, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// Paths ('/' separated; absolute paths start with '/' or a drive letter "C:/")

export function toSlash(p: string): string {
  return p.replace(/\\/g, '/');
}

export function isAbsolutePath(p: string): boolean {
  return /^(?:\/|[A-Za-z]:\/)/.test(toSlash(p));
}

/** Resolves "." and ".." and duplicate slashes. */
export function normalizePath(p: string): string {
  const s = toSlash(p);
  const root = /^[A-Za-z]:\//.exec(s)?.[0] ?? (s.startsWith('/') ? '/' : '');
  const parts: string[] = [];
  for (const seg of s.slice(root.length).split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!root) parts.push('..');
    } else parts.push(seg);
  }
  const out = root + parts.join('/');
  return out || (root ? root : '.');
}

export function joinPath(base: string, rel: string): string {
  return isAbsolutePath(rel) ? normalizePath(rel) : normalizePath(`${toSlash(base)}/${toSlash(rel)}`);
}

export function dirnamePath(p: string): string {
  const s = normalizePath(p);
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  if (/^[A-Za-z]:$/.test(s.slice(0, i))) return s.slice(0, i + 1);
  return s.slice(0, i);
}

/** `to` relative to `from` (both absolute, or both relative to the same folder). */
export function relativePath(from: string, to: string): string {
  const a = normalizePath(from).split('/').filter(x => x && x !== '.');
  const b = normalizePath(to).split('/').filter(x => x && x !== '.');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rel = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return rel || '.';
}

// ---------------------------------------------------------------------------------------------------------------
// Globs: `**` (any folders, also none), `*` (any characters but '/'), `?` (one character but '/'),
// `{a,b}` (alternatives, may nest), `[abc]` / `[a-z]` / `[!a]` (one character of a set).

export function isGlob(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}

const RE_SPECIAL = /[.+^$()|\\\]]/;

export function globToRegExp(glob: string): RegExp {
  const g = toSlash(glob);
  let i = 0;
  const parse = (inBrace: boolean): string => {
    let out = '';
    while (i < g.length) {
      const c = g[i];
      if (inBrace && (c === ',' || c === '}')) return out;
      if (c === '*') {
        if (g[i + 1] === '*') {
          const atSegStart = i === 0 || g[i - 1] === '/';
          let j = i + 2;
          while (g[j] === '*') j++;
          if (atSegStart && g[j] === '/') { out += '(?:[^/]*/)*'; i = j + 1; continue; }
          if (atSegStart && j === g.length) { out += '.*'; i = j; continue; }
          out += '[^/]*'; i = j; continue;
        }
        out += '[^/]*'; i++; continue;
      }
      if (c === '?') { out += '[^/]'; i++; continue; }
      if (c === '[') {
        const close = g.indexOf(']', i + 2);
        if (close > 0 && !g.slice(i + 1, close).includes('/')) {
          let body = g.slice(i + 1, close);
          const neg = body[0] === '!' || body[0] === '^';
          if (neg) body = body.slice(1);
          out += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, m => '\\' + m)}]`;
          i = close + 1;
          continue;
        }
        out += '\\['; i++; continue;
      }
      if (c === '{') {
        const save = i;
        i++;
        const alts: string[] = [];
        let closed = false;
        while (i < g.length) {
          alts.push(parse(true));
          if (g[i] === ',') { i++; continue; }
          if (g[i] === '}') { i++; closed = true; break; }
        }
        if (closed) { out += `(?:${alts.join('|')})`; continue; }
        i = save + 1; out += '\\{'; continue;
      }
      out += RE_SPECIAL.test(c) ? '\\' + c : c === '}' || c === ',' ? (c === '}' ? '\\}' : ',') : c;
      i++;
    }
    return out;
  };
  return new RegExp(`^${parse(false)}$`);
}

/** The folder part of a glob before its first wildcard segment ("sources/**\/*.md" → "sources"). */
export function globBase(glob: string): string {
  const segs = toSlash(glob).split('/');
  const fixed: string[] = [];
  for (const s of segs) { if (isGlob(s)) break; fixed.push(s); }
  if (fixed.length === segs.length) fixed.pop();
  const base = fixed.join('/');
  return base || (toSlash(glob).startsWith('/') ? '/' : '.');
}

export interface FileAccess {
  /** True when a regular file exists at the path. */
  isFile(path: string): boolean;
  /** Every file under a folder, recursively, as full paths ('/' separated, starting with `dir`); [] when missing. */
  listFiles(dir: string): string[];
}

export interface Expanded {
  /** Matched files (normalised paths), in pattern order, without duplicates. */
  files: string[];
  /** Patterns that matched nothing (and literal paths that do not exist). */
  unmatched: string[];
}

/** Expands paths and globs relative to `baseDir`. */
export function expandSources(patterns: readonly string[], baseDir: string, fs: FileAccess): Expanded {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const add = (f: string) => { const n = normalizePath(f); if (!seen.has(n)) { seen.add(n); files.push(n); } };
  for (const p of patterns) {
    const full = joinPath(baseDir, p);
    if (!isGlob(p)) {
      if (fs.isFile(full)) add(full); else unmatched.push(p);
      continue;
    }
    // Match the pattern against paths relative to baseDir, so special characters in baseDir itself do not matter.
    const pat = normalizePath(p);
    const abs = isAbsolutePath(pat);
    const re = globToRegExp(pat);
    const hits = fs.listFiles(abs ? globBase(pat) : joinPath(baseDir, globBase(pat))).map(normalizePath)
      .filter(f => re.test(abs ? f : relativePath(baseDir, f))).sort();
    if (!hits.length) unmatched.push(p);
    for (const h of hits) add(h);
  }
  return { files, unmatched };
}

/** `sources:` of a draft's front matter: a list or a single string of paths/globs (relative to the draft). */
export function frontMatterSources(frontMatter: Record<string, unknown> | undefined): { patterns: string[]; errors: string[] } {
  if (!frontMatter) return { patterns: [], errors: [] };
  const v = frontMatter.sources ?? frontMatter.source;
  if (v === undefined || v === null) return { patterns: [], errors: [] };
  if (typeof v === 'string') return v.trim() ? { patterns: [v.trim()], errors: [] } : { patterns: [], errors: ['front matter "sources" is empty'] };
  if (!Array.isArray(v)) return { patterns: [], errors: [`front matter "sources" must be a list of paths, not ${typeName(v)}`] };
  const patterns: string[] = [];
  const errors: string[] = [];
  v.forEach((s, i) => {
    if (typeof s === 'string' && s.trim()) patterns.push(s.trim());
    else errors.push(`front matter "sources" entry ${i + 1} must be a path, not ${typeName(s)}`);
  });
  return { patterns, errors };
}

/**
 * The config file that applies to a draft: the first `grounded.json` / `.groundedrc.json` found walking up from
 * the draft's folder, stopping after `root` (the workspace or repository root; the file system root when absent).
 */
export function findConfigFile(draftPath: string, isFile: (p: string) => boolean, root?: string): string | undefined {
  let dir = dirnamePath(normalizePath(draftPath));
  const stop = root !== undefined ? normalizePath(root) : undefined;
  for (let n = 0; n < 256; n++) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = joinPath(dir, name);
      if (isFile(p)) return p;
    }
    if (stop !== undefined && dir === stop) return undefined;
    const up = dirnamePath(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** Reads, parses and validates the config file that applies to a draft; `readFile` returns undefined when unreadable. */
export function loadConfigFor(
  draftPath: string, fs: { isFile(p: string): boolean; readFile(p: string): string | undefined }, root?: string, knownRules?: readonly string[],
): { file?: string; config: GroundedConfig; errors: string[]; warnings: string[] } {
  const file = findConfigFile(draftPath, fs.isFile, root);
  if (!file) return { config: { sources: [], severities: {} }, errors: [], warnings: [] };
  const text = fs.readFile(file);
  if (text === undefined) return { file, config: { sources: [], severities: {} }, errors: [`${file}: cannot be read`], warnings: [] };
  return { file, ...parseConfig(text, file, knownRules) };
}
