import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * CA certificates the administrator trusts for ký số verification (the root and intermediate CAs of the licensed
 * providers: Ban Cơ yếu Chính phủ, VNPT-CA, Viettel-CA …). A signature is trusted only if its chain ends at an
 * active one. Deactivated rather than deleted, so the audit log and past verifications keep their meaning.
 */
export const trustedCertificates = pgTable('trusted_certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The certificate itself, PEM (base64 of the DER as uploaded). */
  pem: text('pem').notNull(),
  /** SHA-256 of the DER, "AB:CD:…": one row per certificate. */
  fingerprintSha256: text('fingerprint_sha256').notNull().unique(),
  subject: text('subject').notNull(),
  subjectCommonName: text('subject_common_name'),
  issuer: text('issuer').notNull(),
  serialNumber: text('serial_number').notNull(),
  notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
  notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
  active: boolean('active').notNull().default(true),
  createdById: uuid('created_by_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  deactivatedById: uuid('deactivated_by_id').references(() => users.id),
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
});
