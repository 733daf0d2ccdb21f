// Numbers, money and percentages (placeholder until the number extractor lands).
import type { AnalyzedDocument, Fact, Span } from '../types';
export function extractNumbers(_doc: AnalyzedDocument, _taken: Span[]): Fact[] { return []; }
