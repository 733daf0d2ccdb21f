// The settings' shape and defaults, without the VS Code API (so unit tests can compare them with package.json).
import type { Severity } from '../core/types';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** Language ids checked as drafts (and offered hover/completion). */
  languages: string[];
  /** Globs (workspace-relative) of the default sources, used when neither front matter nor a config file names any. */
  sources: string[];
  /** Re-check while typing (debounced). */
  checkOnType: boolean;
  /** Delay after the last keystroke before re-checking, in milliseconds. */
  checkDelay: number;
  /** Also flag draft facts that no source contains. */
  strict: boolean;
  /** Severity per rule code. */
  severity: Record<string, SeveritySetting>;
  /** Largest draft or source checked, in bytes. */
  maxFileSize: number;
  /** Character that opens the list of all source facts ('' turns it off). */
  completionTrigger: string;
  completionEnabled: boolean;
  hoverEnabled: boolean;
}

export const DEFAULTS: Settings = {
  languages: ['markdown', 'plaintext'],
  sources: ['sources/**/*.{md,txt}', '**/*.source.{md,txt}'],
  checkOnType: true,
  checkDelay: 400,
  strict: false,
  severity: {},
  maxFileSize: 1048576,
  completionTrigger: '@',
  completionEnabled: true,
  hoverEnabled: true,
};
