import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'var/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    // The elements' page runs compiled services without a compiler: a value imported from the full
    // '@efa-forms/core' brings its side effects (ajv as run-time compiler, English) into every bundle
    // a portal builds from the npm packages. Types are erased; runtime.ts is the door that wants them.
    files: ['packages/elements/src/**/*.ts'],
    ignores: [
      'packages/elements/src/runtime.ts',
      'packages/elements/src/**/*.test.ts',
      'packages/elements/src/test-support/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@efa-forms/core',
              message:
                "Import values from '@efa-forms/core/engine': the full core brings ajv and English into the page.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
