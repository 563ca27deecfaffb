import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The boundary rules of eslint.config.js (ARCHITECTURE.md), checked on small sources placed where they would live:
// the same configuration `npm test` lints src with must refuse each bad import and accept the good ones.
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('server boundaries', () => {
  it.each([
    ['kit importing a feature', 'src/server/kit/x.ts', "import { a } from '../features/par/saveParScore';"],
    ['an upward import between features', 'src/server/features/orgUnits/x.ts', "import { a } from '../eligibility/campaignEligibility';"],
    ['a sideways import at the same level (par → campaignInputs)', 'src/server/features/par/x.ts', "import { a } from '../campaignInputs/saveRating';"],
    ['an upward import by absolute-looking path', 'src/server/features/campaigns/x.ts', "import { a } from '../../features/registrations/saveRegistration';"],
    ['the web importing server code', 'src/web/features/par/x.ts', "import { a } from '../../../server/features/par/schema';"],
    ['the domain importing the server', 'src/domain/par/x.ts', "import { a } from '../../server/kit/audit';"],
  ])('refuses %s', async (_name, file, source) => {
    expect(await boundaryErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['a downward import between features', 'src/server/features/eligibility/x.ts', "import { a } from '../par/saveParScore';"],
    ['a feature importing kit and wiring', 'src/server/features/par/x.ts', "import { a } from '../../kit/audit';\nimport { b } from '../../errors';"],
    ['a feature importing the domain', 'src/server/features/par/x.ts', "import { a } from '../../../domain/eligibility/evaluateEligibility';"],
    ['the wiring importing features', 'src/server/app.ts', "import { a } from './features/reports/reportRoutes';"],
  ])('accepts %s', async (_name, file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});

describe('web and contract boundaries', () => {
  // Both import rules: the core one (outer layers) and the TypeScript one (contracts as types only).
  async function importErrors(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
  }

  it.each([
    ['the web importing the database', 'src/web/app/x.ts', "import { a } from '../../db/client';"],
    ['the web importing a contract as a value (zod would enter the bundle)', 'src/web/features/par/x.tsx', "import { ParResultListResponse } from '../../../shared/contracts/par';"],
    ['a contract importing the server', 'src/shared/contracts/x.ts', "import { a } from '../../server/kit/audit';"],
    ['a contract importing the database', 'src/shared/contracts/x.ts', "import { a } from '../../db/schema';"],
    ['a contract importing the web', 'src/shared/contracts/x.ts', "import type { a } from '../../web/app/api/client';"],
  ])('refuses %s', async (_name, file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['the web importing a contract type', 'src/web/features/par/x.tsx', "import type { ParResultList } from '../../../shared/contracts/par';"],
    ['the web importing shared code and the domain', 'src/web/app/x.ts', "import { fieldLabel } from '../../shared/fieldLabels';\nimport { ROLES } from '../../domain/access/roles';"],
    ['a contract importing zod, the domain and another contract', 'src/shared/contracts/x.ts', "import { z } from 'zod';\nimport { ROLES } from '../../domain/access/roles';\nimport { pageOf } from './page';"],
  ])('accepts %s', async (_name, file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
