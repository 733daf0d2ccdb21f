// Wiring only: the VS Code adapter lives in src/vscode.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Providers are registered by src/vscode (coming with the extension issue).
}

export function deactivate(): void {}
