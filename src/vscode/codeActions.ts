// Quick fixes for Grounded's diagnostics, from the finding each diagnostic carries:
//   "Replace with the source's value" (value mismatches), "Open source at evidence", "Ignore this finding"
//   (the workspace ignore file), "Disable rule <code> for this line / file" (an in-text comment).
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { frontMatterEnd } from '../core/document';
import { DIAGNOSTIC_SOURCE, type DiagnosticsManager } from './diagnostics';
import { COMMANDS } from './commandIds';

export class GroundedCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: DiagnosticsManager) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.diagnostics.state(doc.uri);
    if (!state?.result) return [];
    let diags = context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    // The editor's markers can lag behind a check that has just finished: fall back to our own diagnostics there.
    if (!diags.length) diags = [...state.findingOf.keys()].filter(d => d.range.intersection(range) !== undefined);
    const actions: vscode.CodeAction[] = [];
    for (const diag of diags) {
      const finding = state.findingOf.get(diag) ?? findingAt(state.findingOf, diag);
      if (finding) actions.push(...this.actionsFor(doc, diag, finding));
    }
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, diag: vscode.Diagnostic, f: Finding): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const fix = (title: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [diag];
      out.push(a);
      return a;
    };
    if (f.replacement !== undefined && f.replacement !== f.found) {
      const a = fix(vscode.l10n.t('Replace with the source\'s value: "{0}"', f.replacement));
      a.edit = new vscode.WorkspaceEdit();
      a.edit.replace(doc.uri, diag.range, f.replacement);
      a.isPreferred = true;
    }
    if (f.evidence) {
      fix(vscode.l10n.t('Open source at evidence')).command = {
        command: COMMANDS.openSource, title: '', arguments: [{ file: f.evidence.file, start: f.evidence.factStart ?? f.evidence.start, end: f.evidence.factEnd ?? f.evidence.end }],
      };
    }
    fix(vscode.l10n.t('Ignore this finding')).command = {
      command: COMMANDS.ignoreFinding, title: '', arguments: [doc.uri, f.code, f.start, f.found],
    };
    const line = doc.lineAt(diag.range.start.line);
    const lineFix = fix(vscode.l10n.t('Disable rule {0} for this line', f.code));
    lineFix.edit = new vscode.WorkspaceEdit();
    lineFix.edit.insert(doc.uri, line.range.end, `${line.text.trim() ? ' ' : ''}<!-- grounded-disable-line ${f.code} -->`);
    const fileFix = fix(vscode.l10n.t('Disable rule {0} for this file', f.code));
    fileFix.edit = new vscode.WorkspaceEdit();
    const text = doc.getText();
    const at = frontMatterEnd(text);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const needsBreak = at > 0 && !/\r?\n$/.test(text.slice(0, at));
    fileFix.edit.insert(doc.uri, doc.positionAt(at), `${needsBreak ? eol : ''}<!-- grounded-disable-file ${f.code} -->${eol}`);
    return out;
  }
}

/** The finding behind a diagnostic VS Code handed back as a copy (same range, code and message). */
function findingAt(map: Map<vscode.Diagnostic, Finding>, diag: vscode.Diagnostic): Finding | undefined {
  const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
  for (const [d, f] of map) {
    if (d.range.isEqual(diag.range) && d.message === diag.message && String(code) === f.code) return f;
  }
  return undefined;
}

export function registerCodeActions(selector: vscode.DocumentSelector, diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new GroundedCodeActions(diagnostics), {
    providedCodeActionKinds: GroundedCodeActions.kinds,
  });
}
