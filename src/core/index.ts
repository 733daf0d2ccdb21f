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
