import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { dossiers } from '../../../db/schema';
import { nominationStage, transition, type NominationEvent } from '../../../domain/nominations/nominationLifecycle';
import { AppError } from '../../errors';
import type { DossierRow } from './dossierQueries';

/** The events that move a dossier (withdrawal moves the nomination, not its dossier). */
export type DossierEvent = Exclude<NominationEvent, 'withdraw'>;

/**
 * Moves a dossier by one event of the nomination lifecycle (`transition`, src/domain/nominations/nominationLifecycle.ts)
 * with a guarded update: `update dossiers set status = <to> … where id = $1 and status = <from> returning *`. The
 * lifecycle refuses a move from the wrong stage with its Vietnamese message and clause; when another transaction
 * moved the dossier first (the update finds no row in the expected status), the refusal is the lifecycle's message
 * for the stage it is now in. Call it inside the transaction that writes the move's audit row.
 * @throws AppError CONFLICT when the move is not allowed or someone else moved the dossier first
 */
export async function moveDossier(tx: DbOrTx, before: DossierRow, event: DossierEvent, set: Partial<Omit<DossierRow, 'id' | 'status'>>): Promise<DossierRow> {
  const move = transition(nominationStage({ nominationStatus: 'proposed', dossierStatus: before.status }), event);
  if (!move.allowed) throw new AppError('CONFLICT', move.message);
  const to = move.to as DossierRow['status'];
  const [after] = await tx
    .update(dossiers)
    .set({ ...set, status: to })
    .where(and(eq(dossiers.id, before.id), eq(dossiers.status, before.status)))
    .returning();
  if (after) return after;
  const [now] = await tx.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.id, before.id));
  const again = transition(nominationStage({ nominationStatus: 'proposed', dossierStatus: now?.status ?? before.status }), event);
  throw new AppError('CONFLICT', again.allowed ? 'Hồ sơ vừa được người khác thay đổi; hãy tải lại trang.' : again.message);
}
