import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Uploaded files, content-addressed (SPEC §6): stored once per SHA-256 in the database, so every app node
 * sees them, backups include them, and they commit with the records that use them.
 */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  /** Detected from the content, not the name. */
  mimeType: text('mime_type').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/** A file attached to a record (e.g. the signed scan of a registration form). */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** What the file is, e.g. "signed_registration_scan". */
    kind: text('kind').notNull(),
    fileSha256: text('file_sha256').notNull().references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    /** The unit the record belongs to, for scope. */
    orgUnitId: uuid('org_unit_id').notNull(),
    uploadedById: uuid('uploaded_by_id'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('attachments_entity').on(t.entityType, t.entityId)],
);
