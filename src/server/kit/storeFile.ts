import { createHash } from 'node:crypto';
import type { DbOrTx } from '../../db/client';
import { storedFiles } from '../../db/schema';

/**
 * Stores a file's bytes once, by their SHA-256 (the same bytes uploaded twice are one row), in the caller's
 * transaction. @returns the SHA-256 that attachments, versions and jobs refer to
 */
export async function storeFile(db: DbOrTx, bytes: Buffer, mimeType: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db.insert(storedFiles).values({ sha256, size: bytes.length, mimeType, data: bytes }).onConflictDoNothing();
  return sha256;
}
