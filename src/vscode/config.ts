// The extension's settings (`grounded.*`), read in one place. Every other file asks `readSettings(scope)`;
// `onSettingsChanged` tells them when to read again. Defaults here mirror package.json `contributes.configuration`
// (a unit test keeps the two equal).
import * as vscode from 'vscode';

import { DEFAULTS, type SeveritySetting, type Settings } from './defaults';

export { DEFAULTS, type SeveritySetting, type Settings };

const SEVERITIES = new Set<SeveritySetting>(['off', 'hint', 'information', 'warning', 'error']);

const strings = (v: unknown, dflt: string[]): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim()) : dflt;

/** Reads and validates the settings for a document (or the window); bad values fall back to the defaults. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('grounded', scope);
  const num = (key: string, dflt: number, min: number, max: number) => {
    const v = c.get<unknown>(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : dflt;
  };
  const bool = (key: string, dflt: boolean) => {
    const v = c.get<unknown>(key);
    return typeof v === 'boolean' ? v : dflt;
  };
  const severity: Record<string, SeveritySetting> = {};
  const rawSeverity = c.get<unknown>('severity');
  if (rawSeverity && typeof rawSeverity === 'object' && !Array.isArray(rawSeverity)) {
    for (const [code, v] of Object.entries(rawSeverity as Record<string, unknown>)) {
      const s = typeof v === 'string' ? (v.toLowerCase() === 'info' ? 'information' : v.toLowerCase()) : '';
      if (SEVERITIES.has(s as SeveritySetting)) severity[code] = s as SeveritySetting;
    }
  }
  const trigger = c.get<unknown>('completion.trigger');
  return {
    languages: strings(c.get('languages'), DEFAULTS.languages),
    sources: strings(c.get('sources'), DEFAULTS.sources),
    checkOnType: bool('check.onType', DEFAULTS.checkOnType),
    checkDelay: num('check.delay', DEFAULTS.checkDelay, 0, 10000),
    strict: bool('check.strict', DEFAULTS.strict),
    severity,
    maxFileSize: num('maxFileSize', DEFAULTS.maxFileSize, 1024, 1024 * 1024 * 1024),
    completionTrigger: typeof trigger === 'string' ? [...trigger][0] ?? '' : DEFAULTS.completionTrigger,
    completionEnabled: bool('completion.enabled', DEFAULTS.completionEnabled),
    hoverEnabled: bool('hover.enabled', DEFAULTS.hoverEnabled),
  };
}

/** Fires `listener` when any `grounded.*` setting changes. */
export function onSettingsChanged(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('grounded')) listener(e); });
}

/** Human size: "1.2 MB", "800 KB". */
export function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
