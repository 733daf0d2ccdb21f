// Sentence alignment: which source sentences speak of the same thing as each draft sentence.
// (placeholder until the alignment lands: no alignment, so no rule fires)
import type { AnalyzedDocument, Fact } from '../types';
import type { AlignedSentence, IndexedSource } from './rule';

export function alignDraft(draft: AnalyzedDocument, _draftFactsBySentence: Fact[][], _sources: IndexedSource[]): AlignedSentence[][] {
  return draft.sentences.map(() => []);
}
