// misquote: words inside quotation marks that the source does not say. An inflected form of the source's words
// is fine („kontynuowaniu dyskusji” for „kontynuowanie dyskusji”), so is a fragment of a longer quote; a quote
// whose words differ from the aligned source statement's ("a widely disputed fact" for "a widely documented
// fact", „drobne nieporozumienie” for „prawdziwy skandal”) is reported.
import type { RawFinding, Rule, RuleContext } from '../rule';
import type { AnalyzedDocument, Lang, Span } from '../../types';
import { findQuote, quotedSpans, quoteWords, type QuoteHit } from '../quotefind';
import { stem, isContentWord } from '../stem';
import { sameWord } from '../wordkeys';
import { alignedOf } from './util';
import { quoteText } from './util';

const MIN_SCORE = 0.4;

/**
 * Content words of a quote that its match in the source does not have: the quote was found with a word or two
 * replaced ("a specific braking issue" for "a specific electrical connection issue"). Inflected forms count as the
 * same word; the match is widened by a few words either side.
 */
function replacedWords(draft: AnalyzedDocument, inner: Span, sdoc: AnalyzedDocument, hit: QuoteHit, lang: Lang): string[] {
  const src: string[] = [];
  const srcStems = new Set<string>();
  const sent = sdoc.sentences[hit.sentence];
  let from = sent ? sent.tokenStart : 0;
  while (from < sdoc.tokens.length && sdoc.tokens[from].end <= hit.start) from++;
  let to = from;
  while (to < sdoc.tokens.length && sdoc.tokens[to].start < hit.end) to++;
  for (let i = Math.max(0, from - 3); i < Math.min(sdoc.tokens.length, to + 3); i++) {
    const t = sdoc.tokens[i];
    if (t.type === 'punct') continue;
    src.push(t.norm);
    srcStems.add(stem(t.norm, lang));
  }
  const out: string[] = [];
  for (const t of draft.tokens) {
    if (t.end <= inner.start) continue;
    if (t.start >= inner.end) break;
    if (t.type === 'punct' || (t.type === 'word' && !isContentWord(t, lang))) continue;
    if (srcStems.has(stem(t.norm, lang))) continue;
    if (t.type === 'word' && src.some(w => sameWord(w, t.norm))) continue;
    out.push(t.text);
  }
  return out;
}

const OPENING = /[„“«"]/;
const CLOSING = /[”"»]/;

/** Offset `at` of a source text lies inside a quotation (an opening mark before it, no closing one between). */
function insideQuotation(text: string, at: number): boolean {
  const from = Math.max(0, at - 600);
  let straight = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') break;
    if (c === '"') straight++;
    else if (c === '„' || c === '«') return straight === 0;
    else if (c === '”' || c === '»') return false;
    else if (c === '“') return straight === 0; // English opening mark (Polish closing marks are ” here)
  }
  return straight % 2 === 1;
}

/**
 * A short quote found in a source quotation with one interior word changed ("a widely disputed fact" for "a
 * widely documented fact"): the other words in order, one word in the place of the changed one.
 */
function withOneWordChanged(stems: string[], ctx: RuleContext, lang: Lang): QuoteHit | null {
  if (stems.length < 3 || stems.length > 8) return null;
  for (let k = 1; k < stems.length - 1; k++) {
    const rest = stems.filter((_, i) => i !== k);
    const hit = findQuote(rest, ctx.sources, lang);
    if (!hit) continue;
    const sdoc = ctx.sources[hit.source].document;
    // Exactly as many words as the quote: one stands where the changed word was.
    let n = 0;
    for (const t of sdoc.tokens) {
      if (t.end <= hit.start) continue;
      if (t.start >= hit.end) break;
      if (t.type !== 'punct' && !(t.type === 'word' && t.norm.length < 2)) n++;
    }
    if (n !== stems.length) continue;
    if (!insideQuotation(sdoc.text, hit.start) || OPENING.test(sdoc.text.slice(hit.start, hit.end)) || CLOSING.test(sdoc.text.slice(hit.start, hit.end))) continue;
    return hit;
  }
  return null;
}

export const misquote: Rule = {
  code: 'misquote',
  description: 'Words inside quotation marks that the aligned source statement does not say.',
  defaultSeverity: 'error',
  check(ctx: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const draft = ctx.draft;
    const lang = ctx.language;
    if (!ctx.sources.some(s => s.document.language === lang)) return out;
    for (let di = 0; di < draft.sentences.length; di++) {
      const spans = quotedSpans(draft, di, ctx.draftFactsBySentence[di] ?? []);
      if (!spans.length) continue;
      const al = alignedOf(ctx, di, MIN_SCORE).filter(a => a.src.document.language === lang);
      for (const q of spans) {
        const inner = { start: q.start + 1, end: q.end - 1 };
        const w = quoteWords(draft, inner);
        // One word, or a title/name in quotation marks: nothing to check the wording of.
        if (w.stems.length < 2 || !w.content.length) continue;
        const raw = draft.text.slice(inner.start, inner.end);
        if (!/\p{Ll}/u.test(raw.replace(/^\P{L}*\p{L}/u, ''))) continue;
        const hit = findQuote(w.stems, ctx.sources, lang) ?? withOneWordChanged(w.stems, ctx, lang);
        if (hit) {
          // Found with a word replaced: the source's words at that place are the evidence.
          const sdoc = ctx.sources[hit.source].document;
          const changed = replacedWords(draft, inner, sdoc, hit, lang);
          if (!changed.length) continue;
          const shown = sdoc.text.slice(hit.start, hit.end);
          const clip = shown.length > 160 ? shown.slice(0, 157) + '…' : shown;
          out.push({
            code: 'misquote', severity: 'error', start: q.start, end: q.end, found: raw, expected: shown,
            message: {
              pl: `Źródło podaje te słowa inaczej (${changed.map(x => `„${x}”`).join(', ')}): ${quoteText(clip, 'pl')}`,
              en: `The source words this quote differently (${changed.map(x => `"${x}"`).join(', ')}): ${quoteText(clip, 'en')}`,
            },
            evidence: { source: hit.source, sentence: hit.sentence, start: hit.start, end: hit.end },
          });
          continue;
        }
        // The quote is not in the sources. Which source statement did the writer render?
        let best: { a: (typeof al)[number]; cover: number } | null = null;
        for (const a of al) {
          const sdoc = a.src.document;
          const sent = sdoc.sentences[a.sentence];
          const stems = new Set<string>();
          for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
            const t = sdoc.tokens[i];
            if (t.type === 'num' || isContentWord(t, lang)) stems.add(stem(t.norm, lang));
          }
          const cover = w.content.filter(x => stems.has(x)).length / w.content.length;
          if (!best || cover > best.cover || (cover === best.cover && a.score > best.a.score)) best = { a, cover };
        }
        if (!best) continue;
        // A sentence that speaks of the same thing, or a quote of the source with words changed.
        if (best.a.score < 0.45 && best.cover < 0.5) continue;
        const sdoc = best.a.src.document;
        const sent = sdoc.sentences[best.a.sentence];
        const srcQuote = (best.a.src.factsBySentence[best.a.sentence] ?? []).find(f => f.kind === 'quote');
        // The source does not quote anyone here: the quoted words are merely not found (the driver reports that).
        if (!srcQuote && !/^\s*[-–—]\s/.test(sdoc.prose.slice(sent.start, sent.end))) continue;
        const ev = srcQuote ?? sent;
        const shown = srcQuote ? srcQuote.value : sdoc.text.slice(sent.start, sent.end);
        const clip = shown.length > 160 ? shown.slice(0, 157) + '…' : shown;
        out.push({
          code: 'misquote', severity: best.cover >= 0.5 && best.a.score >= 0.5 ? 'error' : 'warning',
          start: q.start, end: q.end, found: raw, expected: shown,
          message: {
            pl: `Źródło nie podaje tych słów w cudzysłowie; mówi: ${quoteText(clip, 'pl')}`,
            en: `The source does not say these quoted words; it says: ${quoteText(clip, 'en')}`,
          },
          evidence: { source: best.a.source, sentence: best.a.sentence, start: ev.start, end: ev.end },
        });
      }
    }
    return out;
  },
};
