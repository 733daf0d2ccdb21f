// "Grounded: Open Fact Check Report": a readable report of one draft in a webview with a strict Content Security
// Policy (no remote content; one stylesheet from media/, one inline script allowed by nonce that only posts
// "open this place" messages back). Each flagged statement comes with its evidence, and the counts of verified /
// contradicted / not-found facts sum up the draft.
import * as vscode from 'vscode';
import type { SourceIndex } from '../core/check';
import type { Finding } from '../core/types';
import type { DraftState } from './diagnostics';
import { uriOf } from './sources';
import { kindLabel } from './present';
import { openSource } from './commands';

const esc = (s: string) => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text with [start, end) wrapped in <mark> (offsets relative to `text`). */
function marked(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return `${esc(oneLine(text.slice(0, s)))} <mark>${esc(oneLine(text.slice(s, e)))}</mark> ${esc(oneLine(text.slice(e)))}`;
}

export interface ReportCounts { verified: number; contradicted: number; notFound: number; findings: number }

export function reportCounts(state: DraftState): ReportCounts {
  const m = state.result?.matches ?? [];
  return {
    verified: m.filter(x => x.verdict === 'agrees').length,
    contradicted: m.filter(x => x.verdict === 'contradicts').length,
    notFound: m.filter(x => x.verdict === 'not-found').length,
    findings: state.result?.findings.length ?? 0,
  };
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private draft: vscode.Uri | undefined;
  private index: SourceIndex | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  dispose(): void { this.panel?.dispose(); }

  /** Shows (or refreshes) the report of a draft; returns the HTML shown. */
  show(doc: vscode.TextDocument, state: DraftState, index: SourceIndex): string {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('grounded.report', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')], enableFindWidget: true,
      });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((msg: { file?: string; start?: number; end?: number; draft?: boolean }) => {
        if (typeof msg?.start !== 'number' || typeof msg.end !== 'number') return;
        if (msg.draft && this.draft) {
          void vscode.workspace.openTextDocument(this.draft).then(d => vscode.window.showTextDocument(d, {
            viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(d.positionAt(msg.start!), d.positionAt(msg.end!)),
          }));
        } else if (typeof msg.file === 'string' && this.index?.has(msg.file)) {
          void openSource({ file: msg.file, start: msg.start, end: msg.end });
        }
      });
    }
    this.draft = doc.uri;
    this.index = index;
    this.panel.title = vscode.l10n.t('Fact check: {0}', vscode.workspace.asRelativePath(doc.uri));
    const html = this.html(this.panel.webview, doc, state);
    this.panel.webview.html = html;
    this.panel.reveal(undefined, true);
    return html;
  }

  /** Re-renders the open report after its draft was checked again. */
  update(state: DraftState | undefined, index: () => SourceIndex): void {
    if (!this.panel || !state || state.uri.toString() !== this.draft?.toString()) return;
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === state.uri.toString());
    if (doc) { this.index = index(); this.panel.webview.html = this.html(this.panel.webview, doc, state); }
  }

  private html(webview: vscode.Webview, doc: vscode.TextDocument, state: DraftState): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'report.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    const c = reportCounts(state);
    const body: string[] = [];
    body.push(`<h1>${esc(vscode.l10n.t('Fact check: {0}', vscode.workspace.asRelativePath(doc.uri)))}</h1>`);
    const srcNames = state.sources.files.map(f => esc(vscode.workspace.asRelativePath(uriOf(f))));
    body.push(`<p class="sources">${esc(vscode.l10n.t('Sources'))}: ${srcNames.length ? srcNames.join(', ') : `<strong>${esc(vscode.l10n.t('none'))}</strong>`}</p>`);
    if (state.skipped) body.push(`<p class="problem">${esc(state.skipped)}</p>`);
    for (const p of state.sources.problems) body.push(`<p class="problem">${esc(p)}</p>`);
    body.push('<ul class="counts">',
      `<li class="ok"><span class="n">${c.verified}</span> ${esc(vscode.l10n.t('verified'))}</li>`,
      `<li class="bad"><span class="n">${c.contradicted}</span> ${esc(vscode.l10n.t('contradicted'))}</li>`,
      `<li class="unknown"><span class="n">${c.notFound}</span> ${esc(vscode.l10n.t('not found in the sources'))}</li>`,
      `<li class="flags"><span class="n">${c.findings}</span> ${esc(vscode.l10n.t('flagged statements'))}</li>`,
      '</ul>');
    const findings = state.result?.findings ?? [];
    body.push(`<h2>${esc(vscode.l10n.t('Flagged statements'))}</h2>`);
    if (!findings.length) body.push(`<p>${esc(state.sources.files.length ? vscode.l10n.t('No contradictions found.') : vscode.l10n.t('Nothing was checked: this draft has no sources.'))}</p>`);
    for (const f of findings) body.push(this.findingHtml(doc, f));
    const facts = state.result?.matches ?? [];
    if (facts.length) {
      body.push(`<h2>${esc(vscode.l10n.t('Facts of the draft'))}</h2>`, '<table><thead><tr>',
        `<th>${esc(vscode.l10n.t('Kind'))}</th><th>${esc(vscode.l10n.t('In the draft'))}</th><th>${esc(vscode.l10n.t('Verdict'))}</th><th>${esc(vscode.l10n.t('Source'))}</th></tr></thead><tbody>`);
      for (const m of facts) {
        const verdict = m.verdict === 'agrees' ? `✓ ${vscode.l10n.t('agrees')}` : m.verdict === 'contradicts' ? `✗ ${vscode.l10n.t('contradicts')}` : `? ${vscode.l10n.t('not found')}`;
        const src = m.source ? `<a href="#" data-file="${esc(m.source.file)}" data-start="${m.source.fact.start}" data-end="${m.source.fact.end}">${esc(m.source.fact.text)}</a>` : '';
        body.push(`<tr class="${m.verdict}"><td>${esc(kindLabel(m.draftFact.kind))}</td><td><a href="#" data-draft="1" data-start="${m.draftFact.start}" data-end="${m.draftFact.end}">${esc(oneLine(m.draftFact.text))}</a></td><td>${esc(verdict)}</td><td>${src}</td></tr>`);
      }
      body.push('</tbody></table>');
    }
    const script = `const vscode = acquireVsCodeApi();
document.addEventListener('click', e => {
  const a = e.target.closest('a[data-start]');
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ file: a.dataset.file, draft: !!a.dataset.draft, start: Number(a.dataset.start), end: Number(a.dataset.end) });
});`;
    return `<!DOCTYPE html><html lang="${esc(vscode.env.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${css}">
<title>${esc(vscode.l10n.t('Fact check'))}</title></head>
<body>${body.join('\n')}<script nonce="${nonce}">${script}</script></body></html>`;
  }

  private findingHtml(doc: vscode.TextDocument, f: Finding): string {
    const text = doc.getText();
    const line = doc.lineAt(f.range.start.line);
    const lineStart = doc.offsetAt(line.range.start);
    const parts = [`<section class="finding ${esc(f.severity)}">`,
      `<p class="statement"><a href="#" data-draft="1" data-start="${f.start}" data-end="${f.end}">${esc(vscode.l10n.t('Line {0}', f.range.start.line + 1))}</a> ${marked(line.text, f.start - lineStart, Math.min(f.end, lineStart + line.text.length) - lineStart)}</p>`,
      `<p class="message">${f.evidence ? '✗' : '?'} ${esc(f.message)} <code>${esc(f.code)}</code></p>`];
    if (f.expected) parts.push(`<p class="expected">${esc(vscode.l10n.t('Source says'))}: <strong>${esc(f.expected)}</strong> · ${esc(vscode.l10n.t('draft says'))}: ${esc(f.found || text.slice(f.start, f.end))}</p>`);
    if (f.evidence) {
      const ev = f.evidence;
      parts.push(`<blockquote>${marked(ev.text, (ev.factStart ?? ev.start) - ev.start, (ev.factEnd ?? ev.end) - ev.start)}
<footer><a href="#" data-file="${esc(ev.file)}" data-start="${ev.factStart ?? ev.start}" data-end="${ev.factEnd ?? ev.end}">${esc(vscode.workspace.asRelativePath(uriOf(ev.file)))}:${ev.line + 1}</a></footer></blockquote>`);
    }
    parts.push('</section>');
    return parts.join('\n');
  }
}
