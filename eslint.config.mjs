import tseslint from 'typescript-eslint';
import layering from './eslint-rules/layering.mjs';
import { noGluedBilingual, noLiteralUiText } from './eslint-rules/ui-text.mjs';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { local: { rules: { layering, 'no-literal-ui-text': noLiteralUiText, 'no-glued-bilingual': noGluedBilingual } } },
    rules: {
      'local/layering': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    rules: { 'local/no-literal-ui-text': 'error' },
  },
  {
    // The catalogues hold each language in its own half; nothing else glues the two.
    files: ['main/**/*.ts', 'shared/**/*.ts'],
    ignores: ['shared/error-messages/**'],
    rules: { 'local/no-glued-bilingual': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
