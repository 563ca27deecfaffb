import type { Db, Tx } from '../../db/client';

/**
 * Runs `work` in a transaction that commits, or — on a dry run — rolls back after the work is done, so a dry run
 * counts exactly what a real import would change without saving any of it.
 */
export async function transactionOrDryRun(db: Db, dryRun: boolean, work: (tx: Tx) => Promise<void>): Promise<void> {
  const rollback = new Error('dry run');
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      if (dryRun) throw rollback;
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
}
