import type { Db } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { AuditContext } from '../../kit/audit';
import { saveParTaskConfirmation, type ParTaskConfirmationChange } from './saveParTaskConfirmation';

/**
 * The head of a person's unit confirms (or withdraws, with `excellent: null`) that the person carried out the assigned
 * CCHC tasks excellently in the year (III.1.b, second bullet), with the priority flag, and its audit row, in one
 * transaction. The route has loaded the person and checked that their unit is in the actor's scope.
 */
export async function confirmParTasks(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { year: number; person: { id: string; orgUnitId: string }; excellent: boolean | null; directlyDoesParWork: boolean; asOf: Date },
): Promise<ParTaskConfirmationChange> {
  return db.transaction((tx) =>
    saveParTaskConfirmation(tx, ctx, {
      year: input.year,
      personId: input.person.id,
      orgUnitId: input.person.orgUnitId,
      excellent: input.excellent,
      directlyDoesParWork: input.directlyDoesParWork,
      confirmedById: actor.userId,
      asOf: input.asOf,
    }),
  );
}
