// @ts-check
import tseslint from 'typescript-eslint';

/**
 * The rule that matters most: src/domain stays pure — no I/O, no framework, no database, no clock —
 * so every rule can be tested as a plain function of its inputs (pass `asOf` in).
 */
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net', 'child_process', 'node:child_process', 'pg', 'fastify', 'drizzle-orm', 'exceljs', 'docx', 'pdfmake', 'react', 'nodemailer'];

/**
 * Server boundaries (ARCHITECTURE.md): kit imports no feature; a feature imports only features listed before it
 * here (downward), so there is no cycle; wiring (app.ts, main.ts) may import everything.
 * A new feature is added to this list where it belongs.
 */
export const FEATURE_ORDER = [
  'orgUnits', 'holidayCalendars', 'people', 'trustedCertificates', 'notifications', 'audit', 'auth', 'users',
  'campaigns', 'registrations', 'consolidations', 'initiatives', 'par', 'ruleSets', 'eligibility',
  'campaignInputs', 'unitMeritCriteria', 'nominations', 'dossiers', 'appraisal', 'council', 'awards',
  'publicNotices', 'feedback', 'backgroundJobs', 'reports', 'evaluationReports', 'dashboard', 'home',
];

const featureBoundaries = FEATURE_ORDER.map((feature, i) => {
  const above = FEATURE_ORDER.slice(i + 1);
  return {
    files: [`src/server/features/${feature}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(above.length > 0
              ? [{ group: above.flatMap((f) => [`../${f}`, `../${f}/*`, `**/features/${f}`, `**/features/${f}/*`]), message: `Feature "${feature}" may import only features below it (FEATURE_ORDER in eslint.config.js): no sideways or upward import.` }]
              : []),
            { group: ['**/web/**'], message: 'Server code does not import the web app.' },
          ],
        },
      ],
    },
  };
});

const kitBoundary = {
  files: ['src/server/kit/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '../features/*'], message: 'src/server/kit imports no feature: move the shared piece into kit.' }] }],
  },
};

/**
 * Web and contract boundaries (ARCHITECTURE.md): the web reaches server-side code only through the response contracts
 * in src/shared/contracts, and only as types (`import type`, so zod schemas stay out of the bundle); src/shared and
 * src/domain it may import. A contract imports zod, src/domain and src/shared only: no server, database, web or I/O.
 */
const OUTER_LAYERS_FOR_WEB = ['**/server/**', '**/db/**', '**/documents/**', '**/cli/**'];
const webAndContractBoundaries = [
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: OUTER_LAYERS_FOR_WEB, message: 'src/web imports server-side code only from src/shared/contracts (import type): the response shapes live there.' }] },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/shared/contracts/**', '**/shared/contracts'], allowTypeImports: true, message: 'The web imports contracts as types only (import type … z.infer), so zod schemas stay out of the bundle.' }] },
      ],
    },
  },
  {
    files: ['src/shared/contracts/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'A contract is zod shapes only: no I/O or framework imports.' })),
          patterns: [
            { group: ['@electric-sql/*', '@fastify/*', 'drizzle-orm/*', 'node:*'], message: 'A contract is zod shapes only: no I/O or framework imports.' },
            { group: ['**/server/**', '**/db/**', '**/web/**', '**/documents/**', '**/cli/**'], message: 'src/shared/contracts imports only zod, src/domain and src/shared: no server, database or web code.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**'] },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'src/domain must stay pure: no I/O or framework imports.' })),
          patterns: [
            { group: ['@electric-sql/*', '@fastify/*', 'drizzle-orm/*', 'node:*'], message: 'src/domain must stay pure: no I/O or framework imports.' },
            { group: ['**/db/**', '**/server/**', '**/web/**', '**/documents/**', '**/cli/**'], message: 'src/domain must not depend on outer layers.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in src/domain: pass asOf in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in src/domain: pass asOf in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in src/domain.' },
      ],
    },
  },
  { files: ['src/server/**/*.ts'], languageOptions: { parser: tseslint.parser } },
  kitBoundary,
  ...featureBoundaries,
  ...webAndContractBoundaries,
);
