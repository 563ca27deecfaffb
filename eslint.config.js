// @ts-check
import tseslint from 'typescript-eslint';

/**
 * The rule that matters most: src/domain stays pure — no I/O, no framework, no database, no clock —
 * so every rule can be tested as a plain function of its inputs (pass `asOf` in).
 */
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net', 'child_process', 'node:child_process', 'pg', 'fastify', 'drizzle-orm', 'exceljs', 'docx', 'pdfmake', 'react', 'nodemailer'];

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
);
