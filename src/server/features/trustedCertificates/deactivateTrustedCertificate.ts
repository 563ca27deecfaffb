import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { trustedCertificates, users } from '../../../db/schema';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';
import { notFound } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { presentTrustedCertificate } from './trustedCertificateQueries';

/**
 * Stops trusting a CA certificate (e.g. a provider's licence revoked, or a root replaced), with its audit row
 * (`trustedCertificate.deactivate`), in one transaction. The row is kept so the log keeps its meaning; deactivating
 * an inactive one changes nothing and writes nothing.
 * @throws notFound for an unknown id
 */
export async function deactivateTrustedCertificate(db: Db, ctx: AuditContext, { id, userId, asOf }: { id: string; userId: string; asOf: Date }): Promise<TrustedCertificate> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(trustedCertificates).where(eq(trustedCertificates.id, id)).for('update');
    if (!before) throw notFound('Chứng thư số CA');
    let saved = before;
    if (before.active) {
      [saved] = await tx.update(trustedCertificates).set({ active: false, deactivatedAt: asOf, deactivatedById: userId }).where(eq(trustedCertificates.id, id)).returning();
      const audited = { certificateSubject: before.subject, serialNumber: before.serialNumber, fingerprintSha256: before.fingerprintSha256 };
      await writeAudit(tx, ctx, { action: 'trustedCertificate.deactivate', entityType: 'trustedCertificate', entityId: id, orgUnitId: null, before: { ...audited, active: true }, after: { ...audited, active: false } });
    }
    const [creator] = saved.createdById ? await tx.select({ fullName: users.fullName }).from(users).where(eq(users.id, saved.createdById)) : [];
    return presentTrustedCertificate(saved, creator?.fullName ?? null);
  });
}
