// ESLint flat config. The engine under src/core must stay free of the VS Code API so it runs in the CLI,
// in tests and in any Node tool: importing `vscode` there is an error.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.vscode-test/**', 'scripts/**', 'media/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core and src/cli are pure: no VS Code API here (use src/vscode).' }],
        patterns: [{ group: ['**/vscode/**', '../vscode/*'], message: 'src/core must not depend on the VS Code adapter.' }],
      }],
    },
  },
);
