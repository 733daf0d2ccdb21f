// Quotations with their speakers (placeholder until the quote extractor lands).
import type { AnalyzedDocument, Fact } from '../types';
export function extractQuotes(_doc: AnalyzedDocument, _entities: Fact[]): Fact[] { return []; }
