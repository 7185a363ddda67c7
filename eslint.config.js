import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure stages must not reach the outside world: no toolkit, no file system, no network.
const pureRestriction = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@actions/*', '@octokit/*'], message: 'pure stages do not talk to GitHub' },
        {
          group: [
            'node:fs',
            'fs',
            'node:fs/*',
            'fs/*',
            'node:child_process',
            'node:http',
            'node:https',
            'node:net',
          ],
          message: 'pure stages do no I/O',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/parse/**', 'src/stats/**', 'src/analyze/**', 'src/report/**'], rules: pureRestriction },
  {
    // An argument spread of a long array overflows the stack ("Maximum call stack size exceeded" at
    // ~120,000 elements): untrusted inputs can be that long, so src/ never spreads into Math.min/max.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
          message:
            'no argument spread of an array: use a loop or reduce (unbounded inputs overflow the stack)',
        },
      ],
    },
  },
  // Type-aware rules, on src/ only (where they matter, and to keep `npm run lint` fast): a switch over
  // a union handles every member, and no promise is left unawaited.
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
