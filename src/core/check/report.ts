// Output formats of a check: JSON (the engine's findings, 0-based UTF-16 positions), SARIF 2.1.0 (code scanning)
// and a readable text report. Pure: texts needed for context come in with the input.
import type { AnalyzedDocument, Finding, Severity } from '../types';
import { lineStarts, positionAt, sentenceAt } from '../document';
import { RULE_INFO, type RuleInfo } from './index';
import { isAbsolutePath, normalizePath, relativePath } from './config';

export type ReportFormat = 'text' | 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export interface ReportInput {
  findings: Finding[];
  /** Analysed drafts (for the draft text under each finding in the text report). */
  drafts?: AnalyzedDocument[];
  /** Source texts by file name (for evidence columns in SARIF). */
  sourceText?: (file: string) => string | undefined;
  /** Number of sources checked against (text summary). */
  sourceCount?: number;
  /** Folder that relative URIs are relative to (SARIF); absolute, '/' separated. */
  baseDir?: string;
  toolVersion?: string;
  rules?: RuleInfo[];
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

export interface JsonFinding {
  file: string;
  code: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  start: number;
  end: number;
  found: string;
  expected: string;
  evidence: { file: string; start: number; end: number; line: number; text: string } | null;
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    file: f.file, code: f.code, severity: f.severity, message: f.message,
    range: { start: { line: f.range.start.line, character: f.range.start.character }, end: { line: f.range.end.line, character: f.range.end.character } },
    start: f.start, end: f.end, found: f.found, expected: f.expected,
    evidence: f.evidence ? { file: f.evidence.file, start: f.evidence.start, end: f.evidence.end, line: f.evidence.line, text: f.evidence.text } : null,
  };
}

export function formatJson(input: ReportInput): string {
  return JSON.stringify({ findings: input.findings.map(toJsonFinding) }, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// SARIF 2.1.0

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A URI for a file: relative (percent-encoded, '/' separated) when it lies under baseDir, else a file:// URI. */
export function fileUri(file: string, baseDir?: string): { uri: string; uriBaseId?: string } {
  const enc = (p: string) => p.split('/').map(s => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/');
  const n = normalizePath(file);
  if (!isAbsolutePath(n)) return baseDir ? { uri: enc(n.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' } : { uri: enc(n) };
  if (baseDir) {
    const rel = relativePath(baseDir, n);
    if (!rel.startsWith('..') && !isAbsolutePath(rel)) return { uri: enc(rel), uriBaseId: '%SRCROOT%' };
  }
  return { uri: 'file://' + (n.startsWith('/') ? '' : '/') + enc(n) };
}

export function formatSarif(input: ReportInput): string {
  const rules = input.rules ?? RULE_INFO;
  const known = new Map(rules.map((r, i) => [r.code, i]));
  const extra: RuleInfo[] = [];
  for (const f of input.findings) {
    if (!known.has(f.code)) { known.set(f.code, rules.length + extra.length); extra.push({ code: f.code, description: f.code, defaultSeverity: f.severity }); }
  }
  const allRules = [...rules, ...extra];
  const region = (text: string | undefined, start: number, end: number, line?: number) => {
    if (text === undefined) return line !== undefined ? { startLine: line + 1 } : undefined;
    const ls = lineStarts(text);
    const a = positionAt(ls, Math.min(start, text.length));
    const b = positionAt(ls, Math.min(Math.max(start, end), text.length));
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const results = input.findings.map(f => {
    const result: Record<string, unknown> = {
      ruleId: f.code,
      ruleIndex: known.get(f.code),
      level: SARIF_LEVEL[f.severity] ?? 'warning',
      message: { text: f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: fileUri(f.file, input.baseDir),
          region: {
            startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
            snippet: { text: f.found },
          },
        },
      }],
      partialFingerprints: { 'groundedFinding/v1': fingerprint(`${f.file}\u0000${f.code}\u0000${f.found}\u0000${f.expected}`) },
    };
    if (f.evidence) {
      const ev = f.evidence;
      const text = input.sourceText?.(ev.file);
      const r = region(text, ev.factStart ?? ev.start, ev.factEnd ?? ev.end, ev.line);
      result.relatedLocations = [{
        id: 1,
        physicalLocation: { artifactLocation: fileUri(ev.file, input.baseDir), ...(r ? { region: { ...r, snippet: { text: ev.text } } } : {}) },
        message: { text: `Source: ${oneLine(ev.text, 300)}` },
      }];
    }
    return result;
  });
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'Grounded',
        ...(input.toolVersion ? { version: input.toolVersion, semanticVersion: input.toolVersion } : {}),
        rules: allRules.map(r => ({
          id: r.code,
          name: r.code.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase()),
          shortDescription: { text: r.description },
          defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] ?? 'warning' },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (input.baseDir) run.originalUriBaseIds = { '%SRCROOT%': { uri: 'file://' + (input.baseDir.startsWith('/') ? '' : '/') + normalizePath(input.baseDir).replace(/\/?$/, '/').split('/').map(s => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/') } };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2) + '\n';
}

/** A short stable hash (FNV-1a, 32 bit, hex) for SARIF fingerprints. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Text

const oneLine = (s: string, max = 240) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The draft sentence holding a finding (or its line when it lies outside every sentence). */
function draftContext(doc: AnalyzedDocument | undefined, f: Finding): string {
  if (!doc) return '';
  const si = sentenceAt(doc, f.start);
  const s = si >= 0 ? doc.sentences[si] : undefined;
  if (s && f.start <= s.end) return oneLine(doc.text.slice(s.start, s.end));
  const ls = lineStarts(doc.text);
  return oneLine(doc.text.slice(ls[f.range.start.line] ?? 0, ls[f.range.start.line + 1] ?? doc.text.length));
}

export function formatText(input: ReportInput): string {
  const docs = new Map((input.drafts ?? []).map(d => [d.file, d]));
  const lines: string[] = [];
  for (const f of input.findings) {
    lines.push(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${oneLine(f.message, 400)}`);
    const ctx = draftContext(docs.get(f.file), f);
    if (ctx) lines.push(`    draft:  ${ctx}`);
    if (f.evidence) lines.push(`    source: ${f.evidence.file}:${f.evidence.line + 1}: ${oneLine(f.evidence.text, 400)}`);
    lines.push('');
  }
  const count = (s: Severity) => input.findings.filter(f => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('information') + count('hint');
  const drafts = input.drafts?.length;
  const where = `${drafts !== undefined ? ` in ${plural(drafts, 'draft')}` : ''}${input.sourceCount !== undefined ? ` (checked against ${plural(input.sourceCount, 'source')})` : ''}`;
  if (errors + warnings === 0) {
    lines.push(`No contradictions found${where}.${notes ? ` ${plural(notes, 'note')}.` : ''}`);
  } else {
    lines.push(`${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${notes ? ` and ${plural(notes, 'note')}` : ''}${where}.`);
  }
  return lines.join('\n') + '\n';
}

export function formatReport(format: ReportFormat, input: ReportInput): string {
  switch (format) {
    case 'json': return formatJson(input);
    case 'sarif': return formatSarif(input);
    default: return formatText(input);
  }
}
