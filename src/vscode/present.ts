// How facts and findings are shown (hover cards, completion documentation, the report, the facts tree):
// localised kind names, Markdown escaping, a source sentence with the matched span in bold, a link that opens a
// source file at a place.
import * as vscode from 'vscode';
import type { Fact, FactKind } from '../core/types';
import { COMMANDS } from './commandIds';

export function kindLabel(kind: FactKind): string {
  switch (kind) {
    case 'date': return vscode.l10n.t('Date');
    case 'time': return vscode.l10n.t('Time');
    case 'duration': return vscode.l10n.t('Duration');
    case 'number': return vscode.l10n.t('Number');
    case 'money': return vscode.l10n.t('Amount of money');
    case 'percent': return vscode.l10n.t('Percentage');
    case 'person': return vscode.l10n.t('Person');
    case 'organization': return vscode.l10n.t('Organization');
    case 'place': return vscode.l10n.t('Place');
    case 'quote': return vscode.l10n.t('Quote');
    case 'demand': return vscode.l10n.t('Demand');
    default: return kind;
  }
}

/** Codicon per kind (tree view, QuickPick). */
export function kindIcon(kind: FactKind): string {
  const icons: Record<FactKind, string> = {
    date: 'calendar', time: 'clock', duration: 'watch', number: 'symbol-number', money: 'credit-card', percent: 'graph',
    person: 'person', organization: 'organization', place: 'location', quote: 'quote', demand: 'megaphone',
  };
  return icons[kind] ?? 'symbol-misc';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Characters that could start Markdown or HTML syntax inside a line of our cards. */
const MD_SPECIAL = /[\\`*_{}[\]<>#|~$]/g;

/** Escapes Markdown (and HTML) in plain text. */
export function md(text: string): string {
  return oneLine(text).replace(MD_SPECIAL, c => `\\${c}`);
}

/** A source sentence with [start, end) in bold (offsets in the file's text). */
export function sentenceWithBold(text: string, sentence: { start: number; end: number }, start: number, end: number): string {
  const esc = (t: string) => t.replace(/\s+/g, ' ').replace(MD_SPECIAL, c => `\\${c}`);
  const s = Math.max(sentence.start, Math.min(start, sentence.end));
  const e = Math.max(s, Math.min(end, sentence.end));
  const bold = esc(text.slice(s, e)).trim();
  return `${esc(text.slice(sentence.start, s))}${bold ? `**${bold}**` : ''}${esc(text.slice(e, sentence.end))}`.trim();
}

/** The value to show for a fact: its normalised value when it says more than the text. */
export function factValue(f: Fact): string {
  return f.value && oneLine(f.value) !== oneLine(f.text) ? f.value : '';
}

/** A command link (for trusted MarkdownStrings) that opens `file` with [start, end) selected. */
export function openLink(label: string, file: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([{ file, start, end }]));
  return `[${md(label)}](command:${COMMANDS.openSource}?${args})`;
}

/** A MarkdownString that may run only the "open source" command. */
export function trustedMarkdown(): vscode.MarkdownString {
  const m = new vscode.MarkdownString('', true);
  m.isTrusted = { enabledCommands: [COMMANDS.openSource] };
  m.supportHtml = false;
  return m;
}

/** Quotation marks of a language: „…” (Polish), “…” (English). */
export function quoteMarks(lang: string): [string, string] {
  return lang === 'pl' ? ['„', '”'] : ['“', '”'];
}

/** Person role / quote speaker when the engine found one. */
export function attr(f: Fact, name: string): string | undefined {
  const v = f.attributes?.[name];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v) && v.length) return v.join(', ');
  return undefined;
}
