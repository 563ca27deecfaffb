import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { classificationSchemes } from '../../../db/schema';
import { validateClassificationScheme, type ClassificationScheme } from '../../../domain/par/classificationScheme';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';

/**
 * Adds or replaces a classification scheme, with its audit row (`classificationScheme.create` or `.update`), in one
 * transaction; the scheme's row is locked first.
 * @throws validation naming `blocks` for each problem of the scheme
 */
export async function saveClassificationScheme(db: Db, ctx: AuditContext, scheme: ClassificationScheme): Promise<void> {
  const problems = validateClassificationScheme(scheme);
  if (problems.length > 0) throw validation(problems.map((message) => ({ path: 'blocks', message: `Các khối xếp loại: ${message}` })));
  const values = { id: scheme.id, name: scheme.name, validFromYear: scheme.validFrom, definition: { source: scheme.source ?? null, blocks: scheme.blocks } };
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(classificationSchemes).where(eq(classificationSchemes.id, scheme.id)).for('update');
    await tx.insert(classificationSchemes).values(values).onConflictDoUpdate({ target: classificationSchemes.id, set: values });
    await writeAudit(tx, ctx, {
      action: before ? 'classificationScheme.update' : 'classificationScheme.create',
      entityType: 'classificationScheme',
      entityId: scheme.id,
      orgUnitId: null,
      before: before ?? null,
      after: values,
    });
  });
}
