import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Portal links go through next-intl's locale-aware Link (i18n/navigation.ts).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Use Link from @/i18n/navigation so links keep the locale.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Admin components live in Payload's admin, which has no portal locale in its paths; the portal's
    // Link itself and the header's NavLink (given hrefs that already carry the locale) wrap next/link.
    files: ['components/admin/**/*.tsx', 'i18n/navigation.tsx', 'components/NavLink.client.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests read loosely typed JSON from the API on purpose.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.e2e/**',
    'node_modules/**',
    'next-env.d.ts',
    'payload-types.ts',
    'app/(payload)/**',
    'migrations/**',
    'test-results/**',
    'playwright-report/**',
  ]),
])
