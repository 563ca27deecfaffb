import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/awards/awardSnapshot';

/** SHA-256 (hex) of the canonical JSON of a snapshot (src/domain/awards/awardSnapshot.ts). */
export function snapshotSha256(snapshot: unknown): string {
  return createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}
