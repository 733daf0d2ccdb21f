// The engine's public API (pure TypeScript, no VS Code): read a text, analyse it, extract its facts.
// Used by the CLI, the VS Code adapter and any Node tool (`require('grounded/out/src/core')`).
import type { AnalyzedDocument, Fact, Lang } from './types';
import { analyzeDocument, type AnalyzeOptions } from './document';
import { extractFacts } from './extract';

export * from './types';
export { analyzeDocument, lineStarts, positionAt, sentenceAt, parseFrontMatter } from './document';
export type { AnalyzeOptions } from './document';
export { decodeText, DEFAULT_MAX_BYTES } from './decode';
export { detectLanguage } from './language';
export { extractFacts } from './extract';

export interface AnalyzedSource {
  document: AnalyzedDocument;
  facts: Fact[];
}

/** Analyse one text and extract its facts. */
export function analyzeSource(file: string, text: string, options: AnalyzeOptions & { language?: Lang } = {}): AnalyzedSource {
  const document = analyzeDocument(file, text, options);
  return { document, facts: extractFacts(document) };
}

// The contradiction checker (see docs/api.md).
export { checkDraft, RULE_INFO, NOT_IN_SOURCES, SEVERITIES } from './check';
export type { CheckOptions, CheckResult, RuleInfo } from './check';
export { DraftChecker } from './check/incremental';
export type { DraftCheckResult } from './check/incremental';
export { SourceIndex, IndexedSourceEntry, stemOf, foldWord, sameWord, nameKey } from './check/sources';
export type { SourceFactRef, SourceSentenceRef, SourceIndexOptions } from './check/sources';
export type { Rule, RuleContext, RawFinding, FactMatch, IndexedSource, AlignedSentence, Message } from './check/rule';
export {
  parseDirectives, buildSuppressions, Suppressions, IGNORE_FILE_NAME, IGNORE_FILE_VERSION, parseIgnoreFile, serializeIgnoreFile,
  addIgnoreEntry, removeIgnoreEntry, ignoreEntryFor, ignoreMatcher, entryAppliesTo, normalizeContext, sentenceContext,
} from './check/suppress';
export type { Directive, DirectiveKind, IgnoreEntry, IgnoreFileData, IgnoreEdit } from './check/suppress';
export {
  CONFIG_FILE_NAMES, parseConfig, findConfigFile, loadConfigFor, frontMatterSources, expandSources, globToRegExp, globBase, isGlob,
  normalizePath, joinPath, dirnamePath, relativePath, isAbsolutePath,
} from './check/config';
export type { GroundedConfig, FileAccess, Expanded } from './check/config';
export { formatReport, formatJson, formatSarif, formatText, toJsonFinding, REPORT_FORMATS } from './check/report';
export type { ReportFormat, ReportInput, JsonFinding } from './check/report';
