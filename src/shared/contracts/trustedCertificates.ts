import { z } from 'zod';

/**
 * The answers of the ký số API: the administrator's trusted CA certificates (/api/trusted-certificates…) and the
 * verification of a signed PDF (/api/signatures/verify). The server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

/** A CA certificate the administrator trusts; signatures are trusted when their chain ends at an active one. */
export const TrustedCertificateSchema = z.object({
  id: z.string(),
  /** The whole subject name, "C=VN, O=…, CN=…". */
  subject: z.string(),
  subjectCommonName: z.string().nullable(),
  issuer: z.string(),
  /** Upper-case hex. */
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  /** SHA-256 of the certificate, "AB:CD:…", to compare with the provider's published value. */
  fingerprintSha256: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
});
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>;

export const TrustedCertificateListResponse = z.object({ items: z.array(TrustedCertificateSchema) });
export type TrustedCertificateList = z.infer<typeof TrustedCertificateListResponse>;

export const SIGNATURE_STATUSES = ['valid', 'invalid', 'untrusted'] as const;

/** One signature of a PDF and the result of each check (null: not made because an earlier step failed). */
export const SignatureVerificationSchema = z.object({
  index: z.number(),
  subFilter: z.string().nullable(),
  signerName: z.string().nullable(),
  signerOrganization: z.string().nullable(),
  issuerName: z.string().nullable(),
  certificateSerialNumber: z.string().nullable(),
  certificateValidFrom: z.string().nullable(),
  certificateValidTo: z.string().nullable(),
  /** The CMS signingTime attribute (as the signer's computer claimed it). */
  signingTime: z.string().nullable(),
  /** The instant the certificate's validity was judged at: the signing time, else the verification time. */
  checkedAt: z.string(),
  status: z.enum(SIGNATURE_STATUSES),
  /** "Hợp lệ", "Không hợp lệ", "Không xác định được chuỗi tin cậy". */
  statusLabel: z.string(),
  checks: z.object({
    digestMatches: z.boolean().nullable(),
    signatureVerified: z.boolean().nullable(),
    chainTrusted: z.boolean().nullable(),
    certificateValidAtSigningTime: z.boolean().nullable(),
    unchangedAfterSigning: z.boolean(),
  }),
  /** Why it is not valid, in Vietnamese; empty when valid. */
  reasons: z.array(z.string()),
  notes: z.array(z.string()),
  summary: z.string(),
});
export type SignatureVerification = z.infer<typeof SignatureVerificationSchema>;

/** The signatures of one PDF: "Chưa ký số" (none) or "Đã ký số" with each signature's result. */
export const PdfSignatureReportSchema = z.object({
  status: z.enum(['unsigned', 'signed']),
  statusLabel: z.string(),
  allValid: z.boolean(),
  summary: z.string(),
  signatures: z.array(SignatureVerificationSchema),
  verifiedAt: z.string(),
  /** How many trusted CA certificates the chains were checked against. */
  trustedCertificateCount: z.number(),
});
export type PdfSignatureReport = z.infer<typeof PdfSignatureReportSchema>;
