// quote-speaker: a quote (or words in quotation marks) that the source attributes to someone else
// („…” – ostrzegł Volker Treier, where the source has Dirk Jandura saying these words).
import type { AnalyzedDocument, Fact } from '../../types';
import type { RawFinding, Rule, RuleContext } from '../rule';
import { speakerOf } from '../../extract/quotes';
import { findQuote, quotedSpans, quoteWords } from '../quotefind';
import { fold } from '../stem';

const ENTITY = new Set(['person', 'organization']);

function speakerAt(doc: AnalyzedDocument, facts: Fact[], si: number, at: number): string | null {
  const q = facts.find(f => f.kind === 'quote' && f.start <= at && at < f.end);
  const s = q?.attributes.speaker;
  if (typeof s === 'string' && s) return s;
  try {
    return speakerOf(doc, si, facts.filter(f => ENTITY.has(f.kind)))?.speaker ?? null;
  } catch {
    return null;
  }
}

const OPEN_Q = /["„“”«»'‘’]/;
const CLOSE_Q = /["”“«»'’]/;

/** The words at [start, end) are a whole quotation of the text: quotation marks right around them. */
export function quotedExactly(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && /\s/.test(text[a])) a--;
  if (a < 0 || !OPEN_Q.test(text[a])) return false;
  let b = end;
  while (b < text.length && /[\s,.!?…;:]/.test(text[b])) b++;
  return b < text.length && CLOSE_Q.test(text[b]);
}

/** Same person: equal names, or one name's surname is the other's ("Horne" / "Emily Horne"). */
export function samePerson(a: string, b: string): boolean {
  const x = fold(a).split(/\s+/);
  const y = fold(b).split(/\s+/);
  if (x.join(' ') === y.join(' ')) return true;
  const lastX = x[x.length - 1];
  const lastY = y[y.length - 1];
  return lastX.slice(0, 5) === lastY.slice(0, 5) && (x.length === 1 || y.length === 1 || x[0].slice(0, 3) === y[0].slice(0, 3));
}

function mentionOf(facts: Fact[], si: number, name: string): Fact | undefined {
  return facts.find(f => f.sentenceIndex === si && ENTITY.has(f.kind) && samePerson(f.canonical || f.lemma || f.value, name));
}

export const quoteSpeaker: Rule = {
  code: 'quote-speaker',
  description: 'A quote is attributed to another speaker than in the source.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const draft = ctx.draft;
    for (let di = 0; di < draft.sentences.length; di++) {
      const spans = quotedSpans(draft, di, ctx.draftFactsBySentence[di] ?? []);
      for (const q of spans) {
        const w = quoteWords(draft, { start: q.start + 1, end: q.end - 1 });
        // A short quote ("He was there", „kontynuowanie dyskusji”) is only taken when the source quotes exactly
        // these words (quotation marks around them there too): a few common words alone prove nothing.
        const short = w.stems.length < 3 || w.content.length < 2;
        if (short && (w.stems.length < 2 || (w.stems.length < 3 && w.content.length < 1))) continue;
        const hit = findQuote(w.stems, ctx.sources, ctx.language);
        if (!hit) continue;
        const src = ctx.sources[hit.source];
        if (short && !quotedExactly(src.document.text, hit.start, hit.end)) continue;
        const dSpeaker = speakerAt(draft, ctx.draftFacts, di, q.start + 1);
        const sSpeaker = speakerAt(src.document, src.facts, hit.sentence, hit.start);
        if (!dSpeaker || !sSpeaker || samePerson(dSpeaker, sSpeaker)) continue;
        // The draft's speaker must be a person the draft names, not a role resolved by guesswork.
        const dm = mentionOf(ctx.draftFacts, di, dSpeaker);
        if (!dm || dm.kind !== 'person') continue;
        // Both speakers must be people the documents name (an agency "said in a statement to CNN" is no speaker).
        const sm = src.facts.find(f => f.kind === 'person' && samePerson(f.canonical || f.lemma || f.value, sSpeaker)
          && Math.abs(f.sentenceIndex - hit.sentence) <= 2);
        if (!sm) continue;
        out.push({
          code: 'quote-speaker', start: dm.start, end: dm.end, found: dm.text, expected: sSpeaker,
          message: { pl: `Źródło przypisuje te słowa innej osobie: ${sSpeaker}`, en: `The source attributes these words to ${sSpeaker}` },
          evidence: { source: hit.source, sentence: sm.sentenceIndex, start: sm.start, end: sm.end },
        });
      }
    }
    return out;
  },
};
