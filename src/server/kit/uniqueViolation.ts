/** True for PostgreSQL's unique_violation (23505); drizzle wraps the driver error in `cause`. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return (e?.cause?.code ?? e?.code) === '23505';
}
