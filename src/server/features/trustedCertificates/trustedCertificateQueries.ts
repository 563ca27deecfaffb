import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { trustedCertificates, users } from '../../../db/schema';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';

type Row = typeof trustedCertificates.$inferSelect;

export function presentTrustedCertificate(row: Row, createdByName: string | null): TrustedCertificate {
  return {
    id: row.id,
    subject: row.subject,
    subjectCommonName: row.subjectCommonName,
    issuer: row.issuer,
    serialNumber: row.serialNumber,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    fingerprintSha256: row.fingerprintSha256,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    createdByName,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}

/** Every trusted CA certificate, active ones first, newest first (a short list: a few providers' roots). */
export async function listTrustedCertificates(db: DbOrTx): Promise<TrustedCertificate[]> {
  const rows = await db
    .select({ row: trustedCertificates, createdByName: users.fullName })
    .from(trustedCertificates)
    .leftJoin(users, eq(users.id, trustedCertificates.createdById))
    .orderBy(desc(trustedCertificates.active), desc(trustedCertificates.createdAt), trustedCertificates.id);
  return rows.map(({ row, createdByName }) => presentTrustedCertificate(row, createdByName));
}

/** The PEM of each active trusted CA certificate: what signature chains are checked against. */
export async function activeTrustedCertificatePems(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ pem: trustedCertificates.pem }).from(trustedCertificates).where(eq(trustedCertificates.active, true));
  return rows.map((r) => r.pem);
}
