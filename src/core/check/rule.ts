// The contract between the checker's driver (check/index.ts) and its rules (check/rules/*.ts).
// A rule looks at aligned (draft sentence, source sentence) pairs and their typed facts and reports
// contradictions with evidence. It never reads files and never formats positions: the driver does.
import type { AnalyzedDocument, Fact, Lang, Severity } from '../types';

/** One analysed source, as the checker sees it. */
export interface IndexedSource {
  file: string;
  document: AnalyzedDocument;
  facts: Fact[];
  /** Facts grouped by sentence index (facts of sentence i: factsBySentence[i]). */
  factsBySentence: Fact[][];
}

/** A source sentence that speaks of the same thing as a draft sentence. */
export interface AlignedSentence {
  source: number;          // index into RuleContext.sources
  sentence: number;        // sentence index in that source's document
  score: number;           // 0..1, higher = more certainly the same statement
}

export interface RuleContext {
  draft: AnalyzedDocument;
  draftFacts: Fact[];
  draftFactsBySentence: Fact[][];
  sources: IndexedSource[];
  /** For each draft sentence index: aligned source sentences, best first (possibly empty). */
  alignment: AlignedSentence[][];
  language: Lang;
  strict: boolean;
}

/** Localised message: the driver picks the draft's language. */
export interface Message {
  en: string;
  pl: string;
}

export interface RawFinding {
  code: string;
  /** Overrides the rule's default severity (e.g. a probable rather than clear contradiction → 'warning'). */
  severity?: Severity;
  /** Draft range. */
  start: number;
  end: number;
  found: string;
  expected: string;
  message: Message;
  /** The source fact (or span) that contradicts the draft; null only for not-found information. */
  evidence: { source: number; sentence: number; start: number; end: number } | null;
  /** Replacement text for the "use the source's value" quick fix. */
  replacement?: string;
}

export interface Rule {
  /** Stable kebab-case code, e.g. "time-mismatch". */
  code: string;
  /** One-line description (English) for docs, SARIF and the settings UI. */
  description: string;
  defaultSeverity: Severity;
  check(ctx: RuleContext): RawFinding[];
}

/** How a draft fact relates to the sources (for hover cards and the report). */
export interface FactMatch {
  draftFact: Fact;
  verdict: 'agrees' | 'contradicts' | 'not-found';
  /** Best matching source fact, when one exists. */
  source?: { file: string; fact: Fact; sentenceText: string; line: number };
  /** Number of other source mentions of the same value/entity. */
  otherMentions: number;
}
