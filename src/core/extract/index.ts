// All facts of a document, in text order. Each extractor owns one family of kinds.
import type { AnalyzedDocument, Fact } from '../types';
import { extractTemporal } from './temporal';
import { extractNumbers } from './numbers';
import { extractEntities } from './entities';
import { extractQuotes } from './quotes';
import { extractDemands } from './demands';

export function extractFacts(doc: AnalyzedDocument): Fact[] {
  const temporal = extractTemporal(doc);
  const numbers = extractNumbers(doc, temporal);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  const demands = extractDemands(doc, entities);
  return [...temporal, ...numbers, ...entities, ...quotes, ...demands]
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
