// Dates, times and durations (placeholder until the temporal extractor lands).
import type { AnalyzedDocument, Fact } from '../types';
export function extractTemporal(_doc: AnalyzedDocument): Fact[] { return []; }
