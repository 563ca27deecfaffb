import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { trustedCertificates, users } from '../../../db/schema';
import { describeCertificate } from '../../../documents/signatures/describeCertificate';
import { CertificateParseError, parseCertificate, type ParsedCertificate } from '../../../documents/signatures/parseCertificate';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';
import { AppError, validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { presentTrustedCertificate } from './trustedCertificateQueries';

export type AddTrustedCertificateInput = { bytes: Uint8Array; userId: string; asOf: Date };

/**
 * Adds a CA certificate (PEM or DER) to the trusted list, with its audit row (`trustedCertificate.add`), in one
 * transaction. Only a CA certificate (basicConstraints cA) is accepted: trusting a signer's own certificate would make
 * anyone holding a copy of that one file look trusted. A deactivated certificate uploaded again is reactivated.
 * @throws validation on `file` when it is not a certificate or not a CA's; conflict when it is already trusted
 */
export async function addTrustedCertificate(db: Db, ctx: AuditContext, { bytes, userId, asOf }: AddTrustedCertificateInput): Promise<TrustedCertificate> {
  let parsed: ParsedCertificate;
  try {
    parsed = parseCertificate(bytes);
  } catch (error) {
    if (error instanceof CertificateParseError) throw validation([{ path: 'file', message: `Tệp chứng thư: ${error.message}` }]);
    throw error;
  }
  const described = await describeCertificate(parsed);
  if (!described.isCertificateAuthority) {
    throw validation([{ path: 'file', message: `Tệp chứng thư: "${described.subjectCommonName ?? described.subject}" không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA) — chỉ chứng thư CA (basicConstraints cA) mới được làm gốc tin cậy.` }]);
  }
  const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(parsed.der).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END CERTIFICATE-----\n`;
  const audited = {
    certificateSubject: described.subject,
    certificateIssuer: described.issuer,
    serialNumber: described.serialNumber,
    validFrom: described.notBefore,
    validTo: described.notAfter,
    fingerprintSha256: described.fingerprintSha256,
  };
  const alreadyTrusted = () => new AppError('CONFLICT', 'Chứng thư này đã có trong danh sách tin cậy.', [{ path: 'file', message: `Tệp chứng thư: đã có trong danh sách (dấu vân tay ${described.fingerprintSha256})` }]);
  try {
    return await insertOrReactivate();
  } catch (error) {
    // Two administrators adding the same certificate at once: the unique fingerprint refuses the second.
    if (isUniqueViolation(error)) throw alreadyTrusted();
    throw error;
  }

  function insertOrReactivate() {
    return db.transaction(async (tx) => {
      const [existing] = await tx.select().from(trustedCertificates).where(eq(trustedCertificates.fingerprintSha256, described.fingerprintSha256)).for('update');
      if (existing?.active) throw alreadyTrusted();
      const [saved] = existing
        ? await tx.update(trustedCertificates).set({ active: true, deactivatedAt: null, deactivatedById: null }).where(eq(trustedCertificates.id, existing.id)).returning()
        : await tx
            .insert(trustedCertificates)
            .values({
              pem,
              fingerprintSha256: described.fingerprintSha256,
              subject: described.subject,
              subjectCommonName: described.subjectCommonName,
              issuer: described.issuer,
              serialNumber: described.serialNumber,
              notBefore: described.notBefore,
              notAfter: described.notAfter,
              createdById: userId,
              createdAt: asOf,
            })
            .returning();
      await writeAudit(tx, ctx, {
        action: 'trustedCertificate.add',
        entityType: 'trustedCertificate',
        entityId: saved.id,
        orgUnitId: null,
        before: existing ? { ...audited, active: false } : null,
        after: { ...audited, active: true },
      });
      const [creator] = saved.createdById ? await tx.select({ fullName: users.fullName }).from(users).where(eq(users.id, saved.createdById)) : [];
      return presentTrustedCertificate(saved, creator?.fullName ?? null);
    });
  }
}
