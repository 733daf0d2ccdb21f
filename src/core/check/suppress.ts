// Turning findings off: comments in the draft and the shared ignore file.
//
// In-text comments (HTML comments, invisible in rendered Markdown; rule lists are optional, comma or space separated,
// and may end with "-- reason"):
//   <!-- grounded-disable-next-line [rule, …] -->   the next line with text (lines holding only comments are skipped)
//   <!-- grounded-disable-line [rule, …] -->        the line the comment is on
//   <!-- grounded-disable [rule, …] -->  …  <!-- grounded-enable [rule, …] -->   a region (to the end when not closed)
//   <!-- grounded-disable-file [rule, …] -->        the whole file
// Comments inside fenced code blocks are not directives.
//
// The ignore file `.grounded-ignore.json` (written by the extension's "Ignore this finding" and read by the CLI):
//   { "version": 1, "ignore": [ { "file": "drafts/a.md", "code": "time-mismatch", "found": "16:35",
//                                 "context": "the draft sentence, whitespace collapsed" } ] }
// An entry matches on code + found + sentence text (not offsets), so it survives edits elsewhere in the file.
import type { AnalyzedDocument, Finding } from '../types';
import { lineStarts, positionAt, sentenceAt } from '../document';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule codes, or null for every rule. */
  rules: string[] | null;
  /** Offsets of the whole comment. */
  start: number;
  end: number;
  /** 0-based line of the comment's start. */
  line: number;
}

const DIRECTIVE_RE = /<!--\s*grounded-(disable-next-line|disable-line|disable-file|disable|enable)(?!\w|-(?!->))([\s\S]*?)-->/g;
const FENCE_RE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm;
const COMMENT_ONLY_LINE_RE = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

function parseRuleList(raw: string): string[] | null {
  const body = raw.split(/\s--\s|\s--$/)[0];
  const rules = body.split(/[\s,]+/).map(r => r.trim()).filter(r => /^[A-Za-z][\w-]*$/.test(r));
  return rules.length ? rules : null;
}

/** All grounded-* comments of a text, in order (none inside fenced code). */
export function parseDirectives(text: string, starts: number[] = lineStarts(text)): Directive[] {
  if (!text.includes('grounded-')) return [];
  const fences: Array<[number, number]> = [];
  FENCE_RE.lastIndex = 0;
  for (let m = FENCE_RE.exec(text); m; m = FENCE_RE.exec(text)) {
    fences.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) FENCE_RE.lastIndex++;
  }
  const out: Directive[] = [];
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(text); m; m = DIRECTIVE_RE.exec(text)) {
    const start = m.index;
    if (fences.some(([a, b]) => start >= a && start < b)) continue;
    out.push({ kind: m[1] as DirectiveKind, rules: parseRuleList(m[2]), start, end: start + m[0].length, line: positionAt(starts, start).line });
  }
  return out;
}

/** Answers "is a finding of this code at this place turned off by a comment?". */
export class Suppressions {
  private readonly fileAll: boolean;
  private readonly fileRules = new Set<string>();
  /** line → rules (null = all) */
  private readonly lines = new Map<number, Array<string[] | null>>();
  private readonly regions: Directive[];

  constructor(readonly directives: Directive[], text: string, starts: number[] = lineStarts(text)) {
    let fileAll = false;
    for (const d of directives) {
      if (d.kind === 'disable-file') {
        if (d.rules) for (const r of d.rules) this.fileRules.add(r); else fileAll = true;
      } else if (d.kind === 'disable-line') {
        this.addLine(d.line, d.rules);
      } else if (d.kind === 'disable-next-line') {
        const target = nextTextLine(text, starts, positionAt(starts, d.end).line + 1);
        if (target >= 0) this.addLine(target, d.rules);
      }
    }
    this.fileAll = fileAll;
    this.regions = directives.filter(d => d.kind === 'disable' || d.kind === 'enable');
  }

  private addLine(line: number, rules: string[] | null): void {
    const l = this.lines.get(line);
    if (l) l.push(rules); else this.lines.set(line, [rules]);
  }

  get empty(): boolean {
    return !this.fileAll && !this.fileRules.size && !this.lines.size && !this.regions.length;
  }

  /** `offset`: the finding's start; `line`: its 0-based line. */
  isSuppressed(code: string, offset: number, line: number): boolean {
    if (this.fileAll || this.fileRules.has(code)) return true;
    const l = this.lines.get(line);
    if (l && l.some(rules => rules === null || rules.includes(code))) return true;
    if (!this.regions.length) return false;
    // Replay the region comments that come before the finding.
    let all = false;
    const except = new Set<string>();
    const disabled = new Set<string>();
    for (const d of this.regions) {
      if (d.start >= offset) break;
      if (d.kind === 'disable') {
        if (d.rules === null) { all = true; except.clear(); } else for (const r of d.rules) { disabled.add(r); except.delete(r); }
      } else if (d.rules === null) {
        all = false; except.clear(); disabled.clear();
      } else {
        for (const r of d.rules) { disabled.delete(r); if (all) except.add(r); }
      }
    }
    return (all && !except.has(code)) || disabled.has(code);
  }
}

function nextTextLine(text: string, starts: number[], from: number): number {
  for (let line = from; line < starts.length; line++) {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    const s = text.slice(starts[line], end);
    if (/\S/.test(s) && !COMMENT_ONLY_LINE_RE.test(s)) return line;
  }
  return -1;
}

export function buildSuppressions(text: string, starts: number[] = lineStarts(text)): Suppressions {
  return new Suppressions(parseDirectives(text, starts), text, starts);
}

// ---------------------------------------------------------------------------------------------------------------
// The ignore file

export const IGNORE_FILE_NAME = '.grounded-ignore.json';
export const IGNORE_FILE_VERSION = 1;

export interface IgnoreEntry {
  /** Workspace-relative path of the draft ('/' separators). Optional: an entry without a file applies to every draft. */
  file?: string;
  code: string;
  found: string;
  /** The draft sentence that holds the finding (see `normalizeContext`). */
  context: string;
}

export interface IgnoreFileData {
  version: number;
  ignore: IgnoreEntry[];
}

/** Sentence text as stored in `context`: NFC, invisible characters dropped, whitespace collapsed, trimmed. */
export function normalizeContext(s: string): string {
  return s.normalize('NFC').replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

const normalizePathKey = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/{2,}/g, '/');

/** Parses and validates an ignore file. Never throws: problems come back as messages and bad entries are skipped. */
export function parseIgnoreFile(text: string): { data: IgnoreFileData; errors: string[] } {
  const errors: string[] = [];
  const data: IgnoreFileData = { version: IGNORE_FILE_VERSION, ignore: [] };
  if (!text.trim()) return { data, errors };
  let raw: unknown;
  try { raw = JSON.parse(text.replace(/^\uFEFF/, '')); } catch (e) {
    return { data, errors: [`${IGNORE_FILE_NAME} is not valid JSON: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { data, errors: [`${IGNORE_FILE_NAME} must hold a JSON object {"version": 1, "ignore": [...]}`] };
  const obj = raw as Record<string, unknown>;
  if (obj.version !== undefined && obj.version !== IGNORE_FILE_VERSION) {
    errors.push(`${IGNORE_FILE_NAME}: unsupported version ${JSON.stringify(obj.version)} (expected ${IGNORE_FILE_VERSION})`);
    if (typeof obj.version === 'number' && obj.version > IGNORE_FILE_VERSION) return { data, errors };
  }
  if (obj.ignore === undefined) return { data, errors };
  if (!Array.isArray(obj.ignore)) return { data, errors: [...errors, `${IGNORE_FILE_NAME}: "ignore" must be a list`] };
  obj.ignore.forEach((e, i) => {
    if (!e || typeof e !== 'object' || Array.isArray(e)) { errors.push(`${IGNORE_FILE_NAME}: entry ${i + 1} is not an object`); return; }
    const r = e as Record<string, unknown>;
    const bad = (['code', 'found', 'context'] as const).filter(k => typeof r[k] !== 'string');
    if (r.file !== undefined && typeof r.file !== 'string') bad.push('file' as never);
    if (bad.length) { errors.push(`${IGNORE_FILE_NAME}: entry ${i + 1}: ${bad.map(k => `"${k}"`).join(', ')} must be text`); return; }
    data.ignore.push({
      ...(typeof r.file === 'string' ? { file: normalizePathKey(r.file) } : {}),
      code: r.code as string, found: r.found as string, context: r.context as string,
    });
  });
  return { data, errors };
}

/** The ignore file's text: stable two-space JSON with a final newline. */
export function serializeIgnoreFile(data: IgnoreFileData): string {
  return JSON.stringify({
    version: IGNORE_FILE_VERSION,
    ignore: data.ignore.map(e => ({ ...(e.file !== undefined ? { file: e.file } : {}), code: e.code, found: e.found, context: e.context })),
  }, null, 2) + '\n';
}

const sameEntry = (a: IgnoreEntry, b: IgnoreEntry) =>
  (a.file ?? '') === (b.file ?? '') && a.code === b.code && normalizeContext(a.found) === normalizeContext(b.found)
  && normalizeContext(a.context) === normalizeContext(b.context);

export type IgnoreEdit = { ok: true; text: string } | { ok: false; error: string };

/** Only a file that parsed cleanly is rewritten: an unreadable one is left alone (the user's data). */
function editIgnoreFile(text: string | undefined, edit: (d: IgnoreFileData) => void): IgnoreEdit {
  const { data, errors } = parseIgnoreFile(text ?? '');
  if (errors.length) return { ok: false, error: `${errors[0]}; fix or remove the file first` };
  edit(data);
  return { ok: true, text: serializeIgnoreFile(data) };
}

/** Adds an entry to an ignore file's text (undefined or empty: a new file); no duplicates. */
export function addIgnoreEntry(text: string | undefined, entry: IgnoreEntry): IgnoreEdit {
  const e: IgnoreEntry = { ...(entry.file !== undefined ? { file: normalizePathKey(entry.file) } : {}), code: entry.code, found: entry.found, context: normalizeContext(entry.context) };
  return editIgnoreFile(text, d => { if (!d.ignore.some(x => sameEntry(x, e))) d.ignore.push(e); });
}

/** Removes matching entries. */
export function removeIgnoreEntry(text: string, entry: IgnoreEntry): IgnoreEdit {
  return editIgnoreFile(text, d => { d.ignore = d.ignore.filter(x => !sameEntry(x, entry)); });
}

/** The normalised text of the draft sentence holding `offset` (what `context` stores). */
export function sentenceContext(document: AnalyzedDocument, offset: number): string {
  const si = sentenceAt(document, offset);
  const s = si >= 0 ? document.sentences[si] : undefined;
  if (!s || offset > s.end) {
    // Outside any sentence: the line.
    const starts = lineStarts(document.text);
    const line = positionAt(starts, offset).line;
    return normalizeContext(document.prose.slice(starts[line], starts[line + 1] ?? document.text.length));
  }
  return normalizeContext(document.prose.slice(s.start, s.end));
}

/** The entry that ignores `finding` (for the extension's quick fix and for tests). `file`: workspace-relative path. */
export function ignoreEntryFor(finding: Pick<Finding, 'code' | 'found' | 'start'>, document: AnalyzedDocument, file?: string): IgnoreEntry {
  return { ...(file !== undefined ? { file: normalizePathKey(file) } : {}), code: finding.code, found: finding.found, context: sentenceContext(document, finding.start) };
}

/** True when the entry's file names this draft: equal, or the draft path ends with "/" + the entry's path. */
export function entryAppliesTo(entry: IgnoreEntry, draftFile: string): boolean {
  if (entry.file === undefined || entry.file === '') return true;
  const d = normalizePathKey(draftFile);
  const f = normalizePathKey(entry.file);
  return d === f || d.endsWith('/' + f);
}

/** A matcher for one draft: is this finding ignored? */
export function ignoreMatcher(entries: readonly IgnoreEntry[], document: AnalyzedDocument): (f: Pick<Finding, 'code' | 'found' | 'start'>) => boolean {
  const mine = entries.filter(e => entryAppliesTo(e, document.file));
  if (!mine.length) return () => false;
  const keys = new Set(mine.map(e => `${e.code}\u0000${normalizeContext(e.found)}\u0000${normalizeContext(e.context)}`));
  return f => keys.has(`${f.code}\u0000${normalizeContext(f.found)}\u0000${sentenceContext(document, f.start)}`);
}
