// Hover cards. In a draft: a flagged span shows its finding with the evidence; a fact shows its kind, the source
// sentence with the matched span in bold, a link to the source file and line, other mentions, the person's role or
// the quote's speaker, and the verdict for this spot (✓ agrees / ✗ contradicts, with the expected value).
// In a source file: the same card for the source's own fact.
import * as vscode from 'vscode';
import type { Fact, Finding } from '../core/types';
import type { FactMatch } from '../core/check/rule';
import type { SourceIndex } from '../core/check';
import { isEntity, type IndexedSourceEntry } from '../core/check/sources';
import { lineStarts, positionAt } from '../core/document';
import { readSettings } from './config';
import type { DiagnosticsManager } from './diagnostics';
import { pathOf, uriOf, type SourceManager } from './sources';
import { sourceOfExtractedUri } from './formats';
import { attr, factValue, kindLabel, md, openLink, sentenceWithBold, trustedMarkdown } from './present';

/** The innermost span containing the offset (ends inclusive, so the cursor right after a word still counts). */
function innermost<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const it of items) {
    if (it.start <= offset && offset <= it.end && (!best || it.end - it.start < best.end - best.start)) best = it;
  }
  return best;
}

const lineCache = new WeakMap<object, number[]>();
function lineOf(entry: IndexedSourceEntry, offset: number): number {
  let starts = lineCache.get(entry.document);
  if (!starts) { starts = lineStarts(entry.text); lineCache.set(entry.document, starts); }
  return positionAt(starts, offset).line;
}

export class GroundedHover implements vscode.HoverProvider {
  constructor(private readonly sources: SourceManager, private readonly diagnostics: DiagnosticsManager) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!readSettings(doc.uri).hoverEnabled) return undefined;
    const offset = doc.offsetAt(pos);
    if (this.diagnostics.isDraft(doc)) {
      const state = await this.diagnostics.fresh(doc);
      if (token.isCancellationRequested || !state?.result || state.version !== doc.version) return undefined;
      const index = this.sources.indexFor(state.sources.files);
      const finding = innermost(state.result.findings, offset);
      const fact = innermost(state.result.facts, offset);
      if (!finding && !fact) return undefined;
      const m = trustedMarkdown();
      if (finding) this.findingCard(m, finding);
      if (fact) {
        if (finding) m.appendMarkdown('\n\n---\n\n');
        // Under a finding with evidence, the fact card gives the verdict only (the evidence is shown just above).
        this.draftFactCard(m, fact, state.result.matches.find(x => x.draftFact === fact), index, !!finding?.evidence);
      }
      const span = finding && fact ? { start: Math.min(finding.start, fact.start), end: Math.max(finding.end, fact.end) } : (finding ?? fact)!;
      return new vscode.Hover(m, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
    }
    // A source file, or the read-only view of a converted source's text (PDF, .docx, web page).
    const extracted = sourceOfExtractedUri(doc.uri);
    if (!extracted && (doc.uri.scheme !== 'file' || !this.sources.isSource(doc.uri))) return undefined;
    await this.sources.ready;
    const path = extracted ?? pathOf(doc.uri);
    const [entry] = this.sources.load([path]);
    if (!entry || token.isCancellationRequested || entry.text !== doc.getText()) return undefined;
    const fact = innermost(entry.facts, offset);
    if (!fact) return undefined;
    const m = trustedMarkdown();
    this.sourceFactCard(m, entry, fact, this.sources.index);
    return new vscode.Hover(m, new vscode.Range(doc.positionAt(fact.start), doc.positionAt(fact.end)));
  }

  private findingCard(m: vscode.MarkdownString, f: Finding): void {
    m.appendMarkdown(`**${f.evidence ? '✗' : '?'} ${md(f.message)}**\n\n`);
    if (f.evidence) {
      const ev = f.evidence;
      m.appendMarkdown(`> ${sentenceWithBold(ev.text, { start: 0, end: ev.text.length }, (ev.factStart ?? ev.start) - ev.start, (ev.factEnd ?? ev.end) - ev.start)}\n\n`);
      m.appendMarkdown(`${openLink(`${vscode.workspace.asRelativePath(uriOf(ev.file))}:${ev.line + 1}`, ev.file, ev.factStart ?? ev.start, ev.factEnd ?? ev.end)} · `);
    }
    m.appendMarkdown(`Grounded \`${f.code}\``);
  }

  private draftFactCard(m: vscode.MarkdownString, fact: Fact, match: FactMatch | undefined, index: SourceIndex, verdictOnly = false): void {
    const value = factValue(fact);
    m.appendMarkdown(`**${kindLabel(fact.kind)}** · ${md(fact.text)}${value ? ` · \`${value.replace(/`/g, '')}\`` : ''}\n\n`);
    const src = match?.source;
    if (match?.verdict === 'agrees') m.appendMarkdown(`✓ ${vscode.l10n.t('Agrees with the source')}\n\n`);
    else if (match?.verdict === 'contradicts') {
      m.appendMarkdown(`✗ ${vscode.l10n.t('Contradicts the source')}${src ? ` — ${vscode.l10n.t('expected')} **${md(src.fact.text)}**` : ''}\n\n`);
    } else m.appendMarkdown(`? ${vscode.l10n.t('Not found in the sources')}\n\n`);
    if (!src || verdictOnly) return;
    const entry = index.get(src.file);
    if (entry) this.sourceDetails(m, entry, src.fact, index);
  }

  private sourceFactCard(m: vscode.MarkdownString, entry: IndexedSourceEntry, fact: Fact, index: SourceIndex): void {
    const value = factValue(fact);
    m.appendMarkdown(`**${kindLabel(fact.kind)}** · ${md(fact.canonical && fact.canonical !== fact.text ? fact.canonical : fact.text)}${value ? ` · \`${value.replace(/`/g, '')}\`` : ''}\n\n`);
    this.sourceDetails(m, entry, fact, index);
  }

  /** Sentence with the fact in bold, file:line link, role/speaker, other mentions. */
  private sourceDetails(m: vscode.MarkdownString, entry: IndexedSourceEntry, fact: Fact, index: SourceIndex): void {
    m.appendMarkdown(`> ${sentenceWithBold(entry.text, fact.sentence, fact.start, fact.end)}\n\n`);
    m.appendMarkdown(`${openLink(`${vscode.workspace.asRelativePath(uriOf(entry.file))}:${lineOf(entry, fact.start) + 1}`, entry.file, fact.start, fact.end)}\n\n`);
    const role = fact.kind === 'person' ? attr(fact, 'role') : undefined;
    if (role) m.appendMarkdown(`${vscode.l10n.t('Role')}: ${md(role)}\n\n`);
    const speaker = fact.kind === 'quote' || fact.kind === 'demand' ? attr(fact, 'speaker') ?? attr(fact, 'actor') : undefined;
    if (speaker) m.appendMarkdown(`${fact.kind === 'quote' ? vscode.l10n.t('Speaker') : vscode.l10n.t('Demanded by')}: ${md(speaker)}\n\n`);
    const others = otherMentions(index, entry.file, fact);
    if (others.files > 0) m.appendMarkdown(vscode.l10n.t('Also in {0} other source(s).', others.files));
    else if (others.here > 0) m.appendMarkdown(vscode.l10n.t('Mentioned {0} more time(s) in this source.', others.here));
  }
}

/** Other mentions of the same value (or entity) in the sources: distinct other files, and more mentions here. */
export function otherMentions(index: SourceIndex, file: string, fact: Fact): { files: number; here: number } {
  const refs = isEntity(fact.kind)
    ? index.factsWithLemma(fact.canonical ?? fact.lemma ?? fact.value)
    : index.factsWithValue(fact.value, fact.kind);
  const files = new Set<string>();
  let here = 0;
  for (const r of refs) {
    if (r.source.file !== file) files.add(r.source.file);
    else if (r.fact.start !== fact.start) here++;
  }
  return { files: files.size, here };
}

export function registerHover(selector: vscode.DocumentSelector, sources: SourceManager, diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new GroundedHover(sources, diagnostics));
}
