// Plain data shared by the whole engine. Offsets are JavaScript string indices (UTF-16 code units)
// into the original file text, so they map 1:1 onto VS Code positions and the CLI's JSON.

export type Lang = 'pl' | 'en';

export interface Span {
  start: number;
  end: number;
}

/** A word, number or punctuation mark. `norm` is lower-cased NFC text without soft hyphens. */
export interface Token extends Span {
  text: string;
  norm: string;
  /** 'word' (letters, may contain inner hyphen/apostrophe), 'num' (digits, may contain . , : separators), 'punct'. */
  type: 'word' | 'num' | 'punct';
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** First token index and one past the last token index in `AnalyzedDocument.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Markdown heading (short title line) rather than body text. */
  heading: boolean;
}

export interface AnalyzedDocument {
  /** Path or URI the text came from (as given by the caller). */
  file: string;
  /** The original text, untouched. */
  text: string;
  /**
   * Same length as `text`; markup that is not prose (front matter, code, HTML comments, link targets,
   * emphasis markers, list/heading markers) is replaced by spaces so offsets stay aligned with `text`.
   */
  prose: string;
  language: Lang;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Parsed front matter (YAML object) when the file starts with one; undefined otherwise. */
  frontMatter?: Record<string, unknown>;
  /** Problems met while reading (malformed front matter, …): for messages, never fatal. */
  warnings: string[];
}

export type FactKind =
  | 'date' | 'time' | 'duration' | 'number' | 'money' | 'percent'
  | 'person' | 'organization' | 'place'
  | 'quote' | 'demand';

export const FACT_KINDS: readonly FactKind[] = [
  'date', 'time', 'duration', 'number', 'money', 'percent', 'person', 'organization', 'place', 'quote', 'demand',
];

export type AttrValue = string | number | boolean | null | string[] | number[];

/**
 * One fact found in a document.
 * `value` is the normalised value as a string (stable, comparable across languages):
 *   date      ISO-like with X for unknown parts: "2021-12-07", "XXXX-12-07", "1997-05", "weekday:4" (Thursday, ISO 1..7),
 *             "rel:+P10D" (relative: ten days later); attributes hold year/month/day/weekday/qualifier/anchor.
 *   time      "15:35" (24 h); attributes.zone ("Europe/Moscow", "America/New_York", "UTC", …) or attributes.place.
 *   duration  ISO 8601 "PT50M", "PT1H30M", "P10D"; attributes.minutes (number), attributes.approx.
 *   number    decimal string "50", "1100000000", "57.5"; attributes.approx ("about"|"more"|"less"|null), attributes.unit.
 *   money     "1100000000 EUR"; attributes.amount, attributes.currency.
 *   percent   "57.5"; attributes.amount.
 *   person / organization / place: the canonical name; see `lemma` and `canonical`.
 *   quote     the quoted words; attributes.speaker (canonical name) when the sentence names one.
 *   demand    the clause text; attributes.head (the introducing phrase), attributes.actor.
 */
export interface Fact extends Span {
  kind: FactKind;
  /** The exact source text: `document.text.slice(start, end)`. */
  text: string;
  value: string;
  /** Base form of this mention (person/organization/place). */
  lemma?: string;
  /** The entity's full name in this document (person/organization/place). */
  canonical?: string;
  attributes: Record<string, AttrValue>;
  /** The enclosing sentence. */
  sentence: Span;
  /** Index into `AnalyzedDocument.sentences`. */
  sentenceIndex: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Evidence {
  file: string;
  start: number;
  end: number;
  /** 0-based line of `start` in the source file. */
  line: number;
  /** The whole source sentence. */
  text: string;
  /** Offsets of the matched fact inside the source file (may equal start/end of the sentence). */
  factStart?: number;
  factEnd?: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Finding {
  file: string;
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: { start: Position; end: Position };
  found: string;
  expected: string;
  evidence: Evidence | null;
  /** Text to put at [start, end) for the "use the source's value" quick fix, when one applies. */
  replacement?: string;
}
