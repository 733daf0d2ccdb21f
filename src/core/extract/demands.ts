// Demand / proposal / condition clauses (placeholder until the demand extractor lands).
import type { AnalyzedDocument, Fact } from '../types';
export function extractDemands(_doc: AnalyzedDocument, _entities: Fact[]): Fact[] { return []; }
