// People, organisations and places (placeholder until the entity extractor lands).
import type { AnalyzedDocument, Fact } from '../types';
export function extractEntities(_doc: AnalyzedDocument): Fact[] { return []; }
