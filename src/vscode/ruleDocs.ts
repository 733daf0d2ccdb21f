// Read-only Markdown pages describing each rule (`grounded-rule:/<code>.md`): the target of a diagnostic's code
// link in the Problems panel and the hover, generated from the engine's RULE_INFO.
import * as vscode from 'vscode';
import { RULE_INFO } from '../core/check';
import { readSettings } from './config';

export const RULE_SCHEME = 'grounded-rule';

export const ruleDocUri = (code: string): vscode.Uri => vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${code}.md` });

export function ruleDoc(code: string): string {
  const info = RULE_INFO.find(r => r.code === code);
  const configured = readSettings().severity[code];
  const lines = [
    `# ${code}`,
    '',
    info ? info.description : vscode.l10n.t('This rule is not known to this version of Grounded.'),
    '',
  ];
  if (info) {
    lines.push(vscode.l10n.t('Default severity: {0}.', info.defaultSeverity));
    if (configured) lines.push('', vscode.l10n.t('Severity in your settings: {0}.', configured));
  }
  lines.push('', `## ${vscode.l10n.t('Turning it off')}`, '',
    vscode.l10n.t('For one statement: the quick fix "Ignore this finding" (kept in .grounded-ignore.json, shared with the CLI).'),
    '',
    vscode.l10n.t('For a line or a file, with a comment in the draft:'),
    '', '```markdown', `<!-- grounded-disable-next-line ${code} -->`, `<!-- grounded-disable-file ${code} -->`, '```', '',
    vscode.l10n.t('Everywhere: set "grounded.severity": {"{0}": "off"} in your settings, or "severities" in grounded.json.', code));
  return lines.join('\n') + '\n';
}

export function registerRuleDocs(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, {
    provideTextDocumentContent: uri => ruleDoc(uri.path.replace(/^\//, '').replace(/\.md$/, '')),
  });
}
