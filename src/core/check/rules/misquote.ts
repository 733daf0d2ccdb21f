// misquote: words inside quotation marks that the source does not say. An inflected form of the source's words
// is fine („kontynuowaniu dyskusji” for „kontynuowanie dyskusji”), so is a fragment of a longer quote; a quote
// whose words differ from the aligned source statement's ("a widely disputed fact" for "a widely documented
// fact", „drobne nieporozumienie” for „prawdziwy skandal”) is reported.
import type { RawFinding, Rule, RuleContext } from '../rule';
import { findQuote, quotedSpans, quoteWords } from '../quotefind';
import { stem, isContentWord } from '../stem';
import { alignedOf } from './util';
import { quoteText } from './util';

const MIN_SCORE = 0.4;

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
        if (findQuote(w.stems, ctx.sources, lang)) continue;
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
